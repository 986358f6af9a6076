/**
 * The draft as the coach lints it, and the way back from its offsets to the editor.
 *
 * Text fields: the value, offsets as they are. Contenteditable: the text nodes in order, with a
 * "\n" for each <br> and between blocks — the text the agent sees and the editors' own models hand
 * out (ProseMirror's `textBetween(…, '\n', '\n')`, CKEditor's paragraphs). Offsets are UTF-16 code
 * units, like `lintDraft`'s. DOM in, values out: no globals.
 */
import { isTextField } from '../editors/textarea';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

/** A text node and where its first character sits in the draft. */
export interface Segment {
  node: Text;
  start: number;
}

export type DraftMap =
  { kind: 'field'; element: TextField; text: string } | { kind: 'rich'; element: HTMLElement; text: string; segments: Segment[] };

const BLOCK =
  /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DETAILS|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL)$/;
const SKIPPED = /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/;
const ELEMENT = 1;
const TEXT = 3;

const isBlock = (node: Node | null): boolean => node?.nodeType === ELEMENT && BLOCK.test(node.nodeName);

/** Source formatting between blocks ("\n    " between two <p>s): no text the agent typed. */
function formatting(node: Text): boolean {
  return /^\s*\n\s*$/.test(node.data) && (isBlock(node.previousSibling) || isBlock(node.nextSibling));
}

/** A non-editable island inside the editor (a mention chip, a widget): not the agent's text. */
function island(element: Element, root: HTMLElement): boolean {
  return element !== root && element.getAttribute('contenteditable') === 'false';
}

function readRich(root: HTMLElement): DraftMap {
  const segments: Segment[] = [];
  let text = '';
  // A block boundary is a line break only between two pieces of text, never at either end, and
  // never on top of a <br> that already ended the line (a trailing <br> draws no empty line).
  let pendingBreak = false;
  const materialise = () => {
    if (pendingBreak && text && !text.endsWith('\n')) text += '\n';
    pendingBreak = false;
  };
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT) {
        const node = child as Text;
        if (!node.length || formatting(node)) continue;
        materialise();
        segments.push({ node, start: text.length });
        text += node.data;
      } else if (child.nodeType === ELEMENT) {
        const element = child as Element;
        if (SKIPPED.test(element.nodeName) || island(element, root)) continue;
        if (element.nodeName === 'BR') {
          materialise();
          text += '\n';
        } else if (BLOCK.test(element.nodeName)) {
          pendingBreak = true;
          walk(element);
          pendingBreak = true;
        } else walk(element);
      }
    }
  };
  walk(root);
  return { kind: 'rich', element: root, text, segments };
}

/** The draft in a text field or a contenteditable root. */
export function readDraft(element: HTMLElement): DraftMap {
  if (isTextField(element)) return { kind: 'field', element, text: element.value };
  return readRich(element);
}

/** Whether the draft still reads the same (cheap for text fields, a walk for rich editors). */
export function currentText(element: HTMLElement): string {
  return isTextField(element) ? element.value : readRich(element).text;
}

/**
 * The DOM point at draft offset `offset`: 'forward' gives the point before the character at
 * `offset` (a range's start), 'backward' the point after the character before it (a range's end).
 * Offsets on a synthetic "\n" land at the nearest text in that direction.
 */
export function pointAt(
  map: Extract<DraftMap, { kind: 'rich' }>,
  offset: number,
  bias: 'forward' | 'backward',
): [Text, number] | null {
  const { segments } = map;
  if (!segments.length) return null;
  if (bias === 'forward') {
    for (const { node, start } of segments) if (offset < start + node.length) return [node, Math.max(0, offset - start)];
    const last = segments.at(-1)!;
    return [last.node, last.node.length];
  }
  for (let i = segments.length - 1; i >= 0; i--) {
    const { node, start } = segments[i]!;
    if (offset > start) return [node, Math.min(node.length, offset - start)];
  }
  return [segments[0]!.node, 0];
}

/** A DOM range over draft offsets [start, end) of a rich editor. */
export function rangeFor(map: Extract<DraftMap, { kind: 'rich' }>, start: number, end: number): Range | null {
  const from = pointAt(map, start, 'forward');
  const to = pointAt(map, end, 'backward');
  if (!from || !to || !from[0].isConnected || !to[0].isConnected) return null;
  const range = map.element.ownerDocument.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  if (range.collapsed && end > start) return null;
  return range;
}

const FOLLOWING = 4;

/** The draft offset of a DOM point (a selection's focus), or null when it is outside the editor. */
export function offsetAt(map: Extract<DraftMap, { kind: 'rich' }>, container: Node, offset: number): number | null {
  if (!map.element.contains(container)) return null;
  if (container.nodeType === TEXT) {
    const segment = map.segments.find((candidate) => candidate.node === container);
    if (segment) return segment.start + Math.min(offset, segment.node.length);
  }
  // An element point (or text we don't count): the first counted text at or after it.
  const reference = container.nodeType === TEXT ? container : (container.childNodes[offset] ?? null);
  for (const { node, start } of map.segments) {
    const after = reference
      ? reference === node || reference.contains(node) || (reference.compareDocumentPosition(node) & FOLLOWING) !== 0
      : !container.contains(node) && (container.compareDocumentPosition(node) & FOLLOWING) !== 0;
    if (after) return start;
  }
  return map.text.length;
}

/** Where the caret is in the draft, as [start, end] offsets, when the editor has the selection. */
export function selectionIn(map: DraftMap): [number, number] | null {
  const doc = map.element.ownerDocument;
  if (map.kind === 'field') {
    if (doc.activeElement !== map.element) return null;
    const { selectionStart, selectionEnd } = map.element;
    return selectionStart === null || selectionEnd === null ? null : [selectionStart, selectionEnd];
  }
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = offsetAt(map, range.startContainer, range.startOffset);
  const end = offsetAt(map, range.endContainer, range.endOffset);
  return start === null || end === null ? null : [start, Math.max(start, end)];
}

/** Text compared after an edit: editors write typed spaces as no-break spaces and add zero-width fillers. */
export function comparable(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
}
