/**
 * Where draft offsets are on screen, in viewport (client) coordinates, without touching the editor's
 * DOM. Contenteditable: a DOM Range per text node (line boxes only, never whole blocks). Text
 * fields: a hidden mirror element in our own shadow root, styled like the field, its scroll applied.
 */
import type { DraftMap, TextField } from './text';
import { rangeFor } from './text';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const rectOf = (rect: { left: number; top: number; right: number; bottom: number }): Rect => ({
  left: rect.left,
  top: rect.top,
  right: rect.right,
  bottom: rect.bottom,
});

export function intersect(a: Rect, b: Rect): Rect | null {
  const rect = {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
  return rect.right > rect.left && rect.bottom > rect.top ? rect : null;
}

export function contains(rect: Rect, x: number, y: number, slack = 0): boolean {
  return x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack;
}

/** An element's padding box (inside borders and scrollbars), where its text can show. */
function clientBox(element: Element): Rect {
  const rect = element.getBoundingClientRect();
  const left = rect.left + element.clientLeft;
  const top = rect.top + element.clientTop;
  // An element without layout boxes for clientWidth (inline) falls back to its border box.
  const width = element.clientWidth || rect.width;
  const height = element.clientHeight || rect.height;
  return { left, top, right: left + width, bottom: top + height };
}

/**
 * The part of `element` the agent can see: its padding box, clipped by every scrolling or clipping
 * ancestor and the viewport. Null when none of it shows (hidden, scrolled away).
 */
export function visibleBox(element: HTMLElement): Rect | null {
  const view = element.ownerDocument.defaultView;
  if (!view || !element.isConnected) return null;
  let box: Rect | null = clientBox(element);
  for (let parent = element.parentElement; parent && box; parent = parent.parentElement) {
    const style = view.getComputedStyle(parent);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') box = intersect(box, clientBox(parent));
  }
  const viewport = { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight };
  return box && intersect(box, viewport);
}

/** Line boxes of draft offsets [start, end) in a contenteditable editor. */
function richRects(map: Extract<DraftMap, { kind: 'rich' }>, start: number, end: number): Rect[] {
  const rects: Rect[] = [];
  const doc = map.element.ownerDocument;
  for (const { node, start: at } of map.segments) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + node.length);
    if (from >= to) continue;
    if (!node.isConnected) return [];
    const range = doc.createRange();
    range.setStart(node, from - at);
    range.setEnd(node, to - at);
    for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) rects.push(rectOf(rect));
  }
  return rects;
}

/** The text styles a mirror copies so that it wraps and measures exactly like the field. */
const MIRRORED = [
  'direction',
  'font-family',
  'font-size',
  'font-size-adjust',
  'font-stretch',
  'font-style',
  'font-variant',
  'font-weight',
  'font-feature-settings',
  'font-kerning',
  'font-variation-settings',
  'letter-spacing',
  'line-height',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'tab-size',
  'text-align',
  'text-indent',
  'text-rendering',
  'text-transform',
  'white-space',
  'word-break',
  'word-spacing',
  'overflow-wrap',
  'line-break',
] as const;

/**
 * Measures text in fields: a hidden copy of the field's text, laid out like the field, whose
 * ranges give rects that are then moved to where the field shows its text.
 */
export class FieldMirror {
  private readonly element: HTMLDivElement;

  constructor(container: ShadowRoot | HTMLElement) {
    const doc = container.ownerDocument;
    this.element = doc.createElement('div');
    this.element.setAttribute('aria-hidden', 'true');
    this.element.className = 'mirror';
    container.append(this.element);
  }

  /** Rects of each span in `field`'s text, in client coordinates (unclipped). */
  measure(field: TextField, text: string, spans: readonly [number, number][]): Rect[][] {
    const view = field.ownerDocument.defaultView;
    if (!view) return spans.map(() => []);
    const style = view.getComputedStyle(field);
    const mirror = this.element;
    const css = mirror.style;
    for (const name of MIRRORED) css.setProperty(name, style.getPropertyValue(name));
    // A single-line input never wraps; a textarea keeps its own wrapping (pre-wrap unless wrap=off).
    if (field.tagName === 'INPUT') css.setProperty('white-space', 'pre');
    css.setProperty('box-sizing', 'border-box');
    css.setProperty('width', `${field.clientWidth}px`);
    css.setProperty('border', '0');
    const lang = field.closest('[lang]')?.getAttribute('lang');
    if (lang) mirror.setAttribute('lang', lang);
    else mirror.removeAttribute('lang');
    // A trailing zero-width space gives a final empty line its height, as the field does.
    mirror.textContent = `${text}\u200b`;
    const node = mirror.firstChild as Text | null;
    if (!node) return spans.map(() => []);

    const own = mirror.getBoundingClientRect();
    const box = field.getBoundingClientRect();
    const dx = box.left + field.clientLeft - field.scrollLeft - own.left;
    const dy = box.top + field.clientTop - field.scrollTop - own.top;
    const range = field.ownerDocument.createRange();
    const rects = spans.map(([start, end]) => {
      if (end <= start || end > text.length) return [];
      range.setStart(node, start);
      range.setEnd(node, end);
      return [...range.getClientRects()]
        .filter((rect) => rect.width > 0 && rect.height > 0)
        .map((rect) => ({ left: rect.left + dx, top: rect.top + dy, right: rect.right + dx, bottom: rect.bottom + dy }));
    });
    mirror.textContent = '';
    return rects;
  }

  remove(): void {
    this.element.remove();
  }
}

/** Rects of each span of the draft, clipped to what shows of the editor. */
export function spanRects(map: DraftMap, spans: readonly [number, number][], mirror: FieldMirror, clip: Rect): Rect[][] {
  const raw =
    map.kind === 'field'
      ? mirror.measure(map.element, map.text, spans)
      : spans.map(([start, end]) => (rangeFor(map, start, end) ? richRects(map, start, end) : []));
  return raw.map((rects) => rects.map((rect) => intersect(rect, clip)).filter((rect): rect is Rect => rect !== null));
}
