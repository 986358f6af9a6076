import { findRoot } from './dom';
import { insertThroughPage, pastePlain } from './paste';
import type { EditorStrategy } from './types';

/**
 * Quill 1 keeps a hidden `.ql-clipboard` container for the browser's native paste to land in and
 * reads it a tick later; a synthetic paste leaves it empty, and Quill 1 would then only delete the
 * selection. Quill 2 dropped that container and reads the event's clipboardData.
 */
function isQuill1(root: HTMLElement): boolean {
  return root.closest('.ql-container')?.querySelector(':scope > .ql-clipboard') != null;
}

/**
 * Quill 1 and 2 (Qiyu and other Chinese helpdesks). Quill 1: its API in the page world (the page
 * hangs the instance on the container as `__quill`). Quill 2: a synthetic paste, which its clipboard
 * module turns into one delta; its API when the page exposes the Quill class.
 */
export const quillStrategy: EditorStrategy = {
  id: 'quill',
  detect: (element) => findRoot(element, '.ql-editor'),
  async insert(root, request) {
    const api = () => insertThroughPage(root, request, { op: 'quill', text: request.text, cursor: request.cursor });
    if (isQuill1(root)) return api();
    const pasted = await insertThroughPage(root, request, pastePlain(request.text));
    return pasted === 'declined' ? api() : pasted;
  },
};
