import { findRoot } from './dom';
import { insertThroughPage, pastePlain } from './paste';
import type { EditorStrategy } from './types';

/**
 * Lexical (Meta's successor to Draft.js): a synthetic paste of plain text, which its rich-text
 * plugin inserts one paragraph per line as one history entry.
 */
export const lexicalStrategy: EditorStrategy = {
  id: 'lexical',
  detect: (element) => findRoot(element, '[data-lexical-editor="true"]'),
  insert: (root, request) => insertThroughPage(root, request, pastePlain(request.text)),
};
