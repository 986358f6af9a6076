import { escapeHtml, findRoot } from './dom';
import { insertThroughPage, pastePlain } from './paste';
import type { EditorStrategy, InsertRequest, Outcome } from './types';

/**
 * Plain text as CKEditor 5 reads pasted plain text: a blank line starts a paragraph, a single line
 * break is a soft break (<br>), and spaces the HTML processor would collapse become &nbsp;.
 */
export function ckeditorHtml(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n\n/)
    .map(
      (paragraph) =>
        `<p>${escapeHtml(paragraph)
          .replace(/\n/g, '<br>')
          .replace(/\t/g, '&nbsp;&nbsp;&nbsp;&nbsp;')
          .replace(/^ /, '&nbsp;')
          .replace(/ $/, '&nbsp;')
          .replace(/ {2}/g, ' &nbsp;')}</p>`,
    )
    .join('');
}

/** CKEditor 5 through its model API, in the page world: one model batch, one undo step. */
export function insertWithCkeditorApi(root: HTMLElement, request: InsertRequest): Promise<Outcome> {
  return insertThroughPage(root, request, { op: 'ckeditor5', html: ckeditorHtml(request.text) });
}

/**
 * CKEditor 5 (Zendesk and many in-house tools): a synthetic paste of plain text through its
 * clipboard pipeline, which makes one model batch of it — one undo step. When nothing came of the
 * paste (an integration with its own paste handling swallowed it), its model API in the page world.
 */
export const ckeditor5Strategy: EditorStrategy = {
  id: 'ckeditor5',
  detect: (element) => findRoot(element, '.ck-editor__editable'),
  async insert(root, request) {
    const pasted = await insertThroughPage(root, request, pastePlain(request.text));
    return pasted === 'declined' ? insertWithCkeditorApi(root, request) : pasted;
  },
};
