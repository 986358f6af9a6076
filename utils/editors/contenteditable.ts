import { editableRoot, escapeHtml, expectInsertion, moveCaretBack, placeSelection, squash, textOf, verify } from './dom';
import type { EditorStrategy } from './types';

/** Whether line breaks typed at `range` are kept as "\n" characters (white-space: pre, pre-wrap, …). */
function keepsNewlines(range: Range): boolean {
  const node = range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const style = element && element.ownerDocument.defaultView?.getComputedStyle(element);
  return !!style && /^(pre|break-spaces)/.test(style.whiteSpace);
}

/** One line of text as HTML whose spaces survive HTML's whitespace collapsing. */
function lineHtml(line: string): string {
  return escapeHtml(line)
    .replace(/\t/g, '\u00a0\u00a0\u00a0\u00a0')
    .replace(/ {2}/g, ' \u00a0')
    .replace(/^ /, '\u00a0')
    .replace(/ $/, '\u00a0');
}

/**
 * The browser's editing commands, each of which is ONE undo step. One line, or any text where the
 * editor keeps "\n" (pre-wrap): insertText. Several lines elsewhere: insertHTML with <br>s (Firefox's
 * insertText would put in a "\n" that renders as a space; line-by-line commands would be several
 * undo steps there). Line by line only when both are refused.
 */
function execInsert(doc: Document, range: Range, text: string): boolean {
  if (!/\r?\n/.test(text) || keepsNewlines(range)) {
    if (doc.execCommand('insertText', false, text)) return true;
  } else if (doc.execCommand('insertHTML', false, text.split(/\r?\n/).map(lineHtml).join('<br>'))) {
    return true;
  }
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (index > 0 && !doc.execCommand('insertLineBreak') && !doc.execCommand('insertParagraph')) return false;
    if (line && !doc.execCommand('insertText', false, line)) return false;
  }
  return true;
}

/** Last resort when execCommand is refused: text nodes and <br>, then an input event. Not undoable. */
function domInsert(root: HTMLElement, range: Range, text: string): void {
  const doc = root.ownerDocument;
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split(/\r?\n/).forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const view = doc.defaultView;
  if (view) root.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/**
 * Plain `contenteditable` (and the fallback for rich editors when their own path is unavailable):
 * the browser's editing commands, which land in its undo stack and fire the input events editors
 * observe.
 */
export const contentEditableStrategy: EditorStrategy = {
  id: 'contenteditable',
  detect: editableRoot,
  async insert(root, { text, selection, cursor }) {
    const range = placeSelection(root, selection, { reapply: true });
    if (!range) return 'declined';
    const expected = expectInsertion(root, range, text);
    let ran: boolean;
    try {
      ran = execInsert(root.ownerDocument, range, text);
    } catch {
      ran = false;
    }
    if (ran) {
      const outcome = await verify(root, expected, 300);
      if (outcome === 'inserted') moveCaretBack(root, text, cursor);
      if (outcome !== 'declined') return outcome;
    }
    if (squash(textOf(root)) !== expected.untouched) return 'failed';
    domInsert(root, range, text);
    moveCaretBack(root, text, cursor);
    return 'inserted';
  },
};
