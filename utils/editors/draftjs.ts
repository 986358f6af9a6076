import { editableRoot, findRoot } from './dom';
import { insertThroughPage, pastePlain } from './paste';
import type { EditorStrategy } from './types';

/**
 * Draft.js (still in many React helpdesks): a synthetic paste of plain text, which Draft turns into
 * blocks, one per line, as one change on the undo stack its EditorState keeps.
 */
export const draftJsStrategy: EditorStrategy = {
  id: 'draftjs',
  detect(element) {
    const contents = findRoot(element, '[data-contents="true"]');
    return findRoot(element, '.public-DraftEditor-content') ?? (contents && editableRoot(contents));
  },
  insert: (root, request) => insertThroughPage(root, request, pastePlain(request.text)),
};
