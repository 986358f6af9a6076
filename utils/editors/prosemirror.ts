import { escapeHtml, findRoot } from './dom';
import { insertThroughPage } from './paste';
import type { EditorStrategy } from './types';

/**
 * The text as ProseMirror's own clipboard HTML: one <p> per line, and `data-pm-slice="1 1 []"` on
 * the first, which tells ProseMirror the paragraphs are open at both ends (the first line joins the
 * caret's paragraph, the last joins the text after it) and to keep whitespace as it is. From plain
 * text alone ProseMirror would merge runs of blank lines.
 */
export function proseMirrorHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line, index) => `<p${index === 0 ? ' data-pm-slice="1 1 []"' : ''}>${escapeHtml(line)}</p>`)
    .join('');
}

/**
 * ProseMirror and everything built on it (TipTap, Remirror, …; Chatwoot, Zammad's new UI, Intercom,
 * HubSpot): a synthetic paste, which ProseMirror turns into one transaction — one undo step.
 */
export const proseMirrorStrategy: EditorStrategy = {
  id: 'prosemirror',
  detect: (element) => findRoot(element, '.ProseMirror'),
  insert: (root, request) =>
    insertThroughPage(root, request, { op: 'paste', text: request.text, html: proseMirrorHtml(request.text) }),
};
