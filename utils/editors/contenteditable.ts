import type { EditorStrategy, SavedSelection } from './types';

function editableRoot(element: HTMLElement): HTMLElement | null {
  if (element.isContentEditable) {
    let root: HTMLElement = element;
    while (root.parentElement?.isContentEditable) root = root.parentElement;
    return root;
  }
  return null;
}

function placeSelection(root: HTMLElement, saved: SavedSelection | undefined): Selection | null {
  const doc = root.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return null;
  let range: Range;
  if (saved?.kind === 'range' && root.contains(saved.range.startContainer) && root.contains(saved.range.endContainer)) {
    range = saved.range.cloneRange();
  } else {
    range = doc.createRange();
    range.selectNodeContents(root);
    range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

/** Inserts line by line so editors get real paragraphs / line breaks instead of a raw "\n". */
function execInsert(doc: Document, text: string): boolean {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0 && !doc.execCommand('insertLineBreak') && !doc.execCommand('insertParagraph')) return false;
    if (line && !doc.execCommand('insertText', false, line)) return false;
  }
  return true;
}

function normalised(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Plain `contenteditable` editors (and the fallback for rich editors that accept native input). */
export const contentEditableStrategy: EditorStrategy = {
  id: 'contenteditable',
  applies: (element) => editableRoot(element) !== null,
  insert(element, text, saved) {
    const root = editableRoot(element);
    if (!root) return false;
    const doc = root.ownerDocument;
    const before = root.textContent ?? '';
    root.focus({ preventScroll: true });
    const selection = placeSelection(root, saved);
    if (!selection) return false;
    const lastLine = normalised(text.split('\n').findLast((line) => line.trim()) ?? '');
    try {
      if (execInsert(doc, text) && normalised(root.textContent ?? '').includes(lastLine)) return true;
    } catch {
      // fall through to the DOM fallback
    }
    if ((root.textContent ?? '') !== before) return false;
    // DOM fallback: text nodes and <br>, then an input event for the page's listeners.
    const range = selection.getRangeAt(0);
    range.deleteContents();
    const fragment = doc.createDocumentFragment();
    text.split('\n').forEach((line, index) => {
      if (index > 0) fragment.append(doc.createElement('br'));
      fragment.append(doc.createTextNode(line));
    });
    const last = fragment.lastChild;
    range.insertNode(fragment);
    if (last) {
      range.setStartAfter(last);
      range.collapse(true);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    const view = doc.defaultView;
    if (view) root.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return true;
  },
};
