import type { SavedSelection } from './types';

/** NodeFilter.SHOW_TEXT and FILTER_ACCEPT/REJECT, spelled out: no globals in this folder. */
const SHOW_TEXT = 4;
const ACCEPT = 1;
const REJECT = 2;

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** Text compared without whitespace or zero-width characters: editors differ in both. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '').replace(ZERO_WIDTH, '');
}

/** The nearest `selector` match at, above, or (for a wrapper) inside `element`. */
export function findRoot(element: HTMLElement, selector: string): HTMLElement | null {
  return element.closest<HTMLElement>(selector) ?? element.querySelector<HTMLElement>(selector);
}

/** The outermost contenteditable element around `element` (a rich editor's root), or null. */
export function editableRoot(element: HTMLElement): HTMLElement | null {
  if (!element.isContentEditable) return null;
  let root: HTMLElement = element;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/**
 * The text nodes that make up what the agent sees as the editor's text: non-editable islands inside
 * it (placeholders, widgets) don't count.
 */
export function textNodes(root: HTMLElement): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT, {
    acceptNode(node) {
      const island = node.parentElement?.closest('[contenteditable="false"]');
      return island && island !== root && root.contains(island) ? REJECT : ACCEPT;
    },
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

export function textOf(root: HTMLElement): string {
  return textNodes(root)
    .map((node) => node.data)
    .join('');
}

/** The editor text that lies inside `range`. */
export function textIn(root: HTMLElement, range: Range): string {
  let text = '';
  for (const node of textNodes(root)) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    text += node.data.slice(start, end);
  }
  return text;
}

/** Character offsets of `range` in the editor's text. */
export function offsetsOf(root: HTMLElement, range: Range): { start: number; end: number } {
  const before = root.ownerDocument.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = textIn(root, before).length;
  return { start, end: start + textIn(root, range).length };
}

function pointAt(nodes: Text[], offset: number): [Text, number] | null {
  let seen = 0;
  for (const node of nodes) {
    if (offset <= seen + node.length) return [node, offset - seen];
    seen += node.length;
  }
  return null;
}

/** A range over the editor text from `start` to `end` (character offsets), if the text is that long. */
export function rangeAt(root: HTMLElement, start: number, end: number): Range | null {
  const nodes = textNodes(root);
  const from = pointAt(nodes, start);
  const to = pointAt(nodes, end);
  if (!from || !to) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  return range;
}

/** A collapsed range at the end of the editor's text. */
export function endOf(root: HTMLElement): Range {
  const range = root.ownerDocument.createRange();
  const last = textNodes(root).at(-1);
  if (last) range.setStart(last, last.length);
  else range.selectNodeContents(root);
  range.collapse(false);
  return range;
}

function within(root: HTMLElement, range: Range): boolean {
  return range.startContainer.isConnected && root.contains(range.startContainer) && root.contains(range.endContainer);
}

/** The saved selection as a range in `root`: the same nodes if they are still there, else the same offsets. */
export function restoreRange(root: HTMLElement, saved: SavedSelection | undefined): Range | null {
  if (saved?.kind !== 'range') return null;
  if (within(root, saved.range)) return saved.range.cloneRange();
  if (saved.start === undefined || saved.end === undefined) return null;
  return rangeAt(root, saved.start, saved.end);
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/**
 * Focuses the editor and puts the document selection where the agent left it (else where it is, if
 * in the editor; else at the end of the text). Rich editors track the selection, so by default it is
 * only touched when it differs; `reapply` sets it even then — for the browser's own undo stack,
 * where a selection change is what separates the agent's typing from the insertion.
 */
export function placeSelection(root: HTMLElement, saved: SavedSelection | undefined, { reapply = false } = {}): Range | null {
  const doc = root.ownerDocument;
  const active = doc.activeElement;
  if (active !== root && !(active && root.contains(active))) root.focus({ preventScroll: true });
  const selection = doc.getSelection();
  if (!selection) return null;
  const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const wanted = restoreRange(root, saved) ?? (current && within(root, current) ? current.cloneRange() : endOf(root));
  if (reapply || !current || !sameRange(current, wanted)) {
    selection.removeAllRanges();
    selection.addRange(wanted);
  }
  return selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
}

/** Waits `ms` on the editor's own window (lets it handle selectionchange, re-render, …). */
export function pause(node: Node, ms = 0): Promise<void> {
  const view = (node.ownerDocument ?? (node as Document)).defaultView;
  return new Promise((resolve) => (view ? view.setTimeout(resolve, ms) : resolve()));
}

/** The editor's text on either side of `range`, to check an insertion against afterwards. */
export interface Expectation {
  before: string;
  after: string;
  text: string;
  untouched: string;
}

export function expectInsertion(root: HTMLElement, range: Range, text: string): Expectation {
  const { start, end } = offsetsOf(root, range);
  const all = textOf(root);
  return { before: squash(all.slice(0, start)), after: squash(all.slice(end)), text: squash(text), untouched: squash(all) };
}

/**
 * Waits (up to `timeoutMs`) for the editor to show the inserted text between what was before and
 * after the caret. Editors that render asynchronously (React-based ones) need a few ticks.
 */
export async function verify(
  root: HTMLElement,
  expected: Expectation,
  timeoutMs = 400,
): Promise<'inserted' | 'declined' | 'failed'> {
  const want = expected.before + expected.text + expected.after;
  const deadline = Date.now() + timeoutMs;
  let now = squash(textOf(root));
  while (now !== want && Date.now() < deadline) {
    await pause(root, 15);
    now = squash(textOf(root));
  }
  if (now === want) return 'inserted';
  if (now === expected.untouched) return 'declined';
  // The editor changed the text in its own way (trimmed a space, merged a line): accept what holds
  // the whole inserted text, report anything else.
  return now.includes(expected.text) ? 'inserted' : 'failed';
}

/**
 * Puts the caret `cursor` characters into the text just inserted (it sits after it now) by moving
 * it back like arrow keys do, so every editor's own selection tracking follows.
 */
export function moveCaretBack(root: HTMLElement, text: string, cursor: number | undefined): void {
  if (cursor === undefined || cursor >= text.length) return;
  const selection = root.ownerDocument.getSelection();
  if (!selection || typeof selection.modify !== 'function') return;
  const tail = text.slice(Math.max(0, cursor)).replace(/\r\n/g, '\n');
  const steps = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(tail)].length;
  selection.collapseToEnd();
  for (let step = 0; step < steps; step++) selection.modify('move', 'backward', 'character');
}

/** Lines as HTML paragraphs with text escaped (for editors that take pasted HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
