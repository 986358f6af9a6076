import { findRoot } from './dom';
import { insertThroughPage } from './paste';
import type { EditorStrategy } from './types';

/**
 * Slate (slate-react): a `beforeinput` of type insertFromPaste carrying the text, which slate-react
 * hands to `insertData` (one block per line; one slate-history batch). Not a paste event: slate-react
 * reads the DOM selection lazily (throttled to 100 ms) and only beforeinput makes it catch up first,
 * so a paste right after the agent moved the caret would land where the caret was a moment before.
 */
export const slateStrategy: EditorStrategy = {
  id: 'slate',
  detect: (element) => findRoot(element, '[data-slate-editor="true"]'),
  insert: (root, request) =>
    insertThroughPage(root, request, { op: 'beforeinput', inputType: 'insertFromPaste', text: request.text }),
};
