/**
 * Where the messages are: the element whose children are "the same thing, repeated" and look most
 * like messages. Every element of every root is a candidate; a cheap score (run length, ARIA, class
 * words, not navigation) keeps the best few, which are then read item by item (times, avatars, ids,
 * role words, text) and weighed by where they sit relative to the reply editor.
 */
import { classTokens, signature, stripHash, words } from './classes';
import { geometrySide, hiddenByMarkup, isRendered, parentOf, type ScannedRoot } from './dom';
import type { ItemFeatures } from './item';
import { MESSAGE_WORDS, NOT_MESSAGE_TEXT, NOT_THREAD_WORDS } from './words';

export interface Thread {
  /** The element the messages are children (or, with `wrapper`, grandchildren) of. */
  container: Element;
  /** Signature of the message elements. */
  item: string;
  /** Signature of per-day (or per-group) wrappers between container and messages, if any. */
  wrapper?: string;
  /** 0…1: how sure we are this is a conversation. */
  confidence: number;
}

export type Features = (element: Element) => ItemFeatures;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Never a message: skipped as children of a candidate. */
const NOT_ITEMS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BR', 'HR', 'LINK', 'META']);
/** Never a thread: skipped as candidates (table rows hold cells, not messages; a tbody may hold messages). */
const NOT_CONTAINERS = new Set([
  'HEAD',
  'SCRIPT',
  'STYLE',
  'SELECT',
  'DATALIST',
  'NOSCRIPT',
  'TEMPLATE',
  'TR',
  'THEAD',
  'TFOOT',
  'COLGROUP',
  'OPTGROUP',
  'DL',
  'svg',
]);
const MESSAGE = new Set(MESSAGE_WORDS);
const NOT_THREAD = new Set(NOT_THREAD_WORDS);
const CHROME =
  'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="complementary"], [role="menu"], [role="menubar"], [role="listbox"], [role="tablist"], [role="tree"], [role="grid"], [role="toolbar"]';
const INTERACTIVE_ROLES = new Set(['option', 'tab', 'menuitem', 'treeitem', 'row', 'gridcell', 'button', 'link']);
const SHORTLIST = 8;
const SAMPLE = 10;

interface Candidate {
  container: Element;
  item: string;
  items: Element[];
  wrapper?: string;
  pre: number;
  score: number;
  confidence: number;
}

function classWordSet(element: Element): Set<string> {
  const out = new Set<string>();
  for (const token of classTokens(element)) for (const word of words(stripHash(token))) out.add(word);
  return out;
}

function isAriaThread(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role === 'log' || role === 'feed') return true;
  const live = element.getAttribute('aria-live');
  return live === 'polite' || live === 'assertive';
}

/** Hidden by its own markup (inactive tabs kept in the DOM); ancestors are checked per candidate. */
function hiddenItem(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    /(?:^|;)\s*display\s*:\s*none/i.test(element.getAttribute('style') ?? '')
  );
}

/**
 * The best run of same-signature children: [signature, elements]. `visibleOnly` leaves out children
 * hidden by their own markup (checked for the shortlist only: it costs attribute reads per child).
 */
function bestRun(container: Element, minimum: number, visibleOnly = true): [string, Element[]] | undefined {
  const sigs: string[] = [];
  const elements: Element[] = [];
  for (let child = container.firstElementChild; child; child = child.nextElementSibling) {
    if (NOT_ITEMS.has(child.tagName) || (visibleOnly && hiddenItem(child))) continue;
    sigs.push(signature(child));
    elements.push(child);
  }
  if (elements.length < minimum) return undefined;
  // Most elements have a handful of children of different kinds: count without a map.
  let bestSig = '';
  let bestCount = 0;
  const counts = new Map<string, number>();
  for (const sig of sigs) {
    const count = (counts.get(sig) ?? 0) + 1;
    counts.set(sig, count);
    if (count > bestCount) {
      bestCount = count;
      bestSig = sig;
    }
  }
  if (bestCount < minimum) return undefined;
  return [bestSig, bestCount === elements.length ? elements : elements.filter((_, i) => sigs[i] === bestSig)];
}

function preScore(container: Element, sig: string, items: Element[]): number {
  const n = items.length;
  let score = Math.log2(n + 1) * 2 * (0.5 + n / container.children.length / 2);
  if (isAriaThread(container)) score += 6;
  const first = items[0]!;
  if (first.tagName === 'ARTICLE' || first.hasAttribute('aria-posinset') || first.getAttribute('role') === 'article') score += 2;
  const containerWords = classWordSet(container);
  const itemWords = new Set(
    sig
      .split('.')
      .slice(1)
      .flatMap((token) => words(token)),
  );
  if ([...containerWords, ...itemWords].some((word) => MESSAGE.has(word))) score += 3;
  if ([...containerWords, ...itemWords].some((word) => NOT_THREAD.has(word))) score -= 8;
  if (first.tagName === 'A' || first.tagName === 'BUTTON' || first.tagName === 'OPTION') score -= 8;
  if (INTERACTIVE_ROLES.has(first.getAttribute('role') ?? '')) score -= 8;
  if (first.tagName === 'P' || /^H[1-6]$/.test(first.tagName)) score -= 3;
  if (container.closest(CHROME)) score -= 8;
  return score;
}

/** Whether most items are one link each (an inbox or a menu, not a conversation). */
function linkRatio(items: readonly Element[]): number {
  let links = 0;
  for (const item of items) {
    const text = item.textContent?.trim().length ?? 0;
    const link = item.tagName === 'A' ? item : item.querySelector('a[href]');
    if (link && text > 0 && (link.textContent?.trim().length ?? 0) >= text * 0.7) links++;
  }
  return links / items.length;
}

function sample<T>(list: readonly T[]): T[] {
  // The latest messages matter most and are what changes: sample from the end.
  return list.length <= SAMPLE ? [...list] : list.slice(-SAMPLE);
}

/**
 * Items grouped in wrappers (a wrapper per day, with a date label): the messages are the
 * wrappers' children. Detected when the wrappers' children share a signature and either carry
 * date labels or mix both sides within one wrapper.
 */
function nestedRun(items: readonly Element[], features: Features): [string, Element[]] | undefined {
  const counts = new Map<string, number>();
  let withRun = 0;
  for (const item of items) {
    const run = bestRun(item, 1);
    if (!run) continue;
    withRun++;
    counts.set(run[0], (counts.get(run[0]) ?? 0) + run[1].length);
  }
  if (withRun < items.length * 0.6) return undefined;
  const [sig, total] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (!sig || total <= items.length) return undefined;
  const inner: Element[] = [];
  let labelled = false;
  let mixed = false;
  for (const item of items) {
    const own: Element[] = [];
    for (const child of item.children) {
      if (signature(child) === sig) own.push(child);
      else if (NOT_MESSAGE_TEXT.some((pattern) => pattern.test(child.textContent?.trim() ?? ''))) labelled = true;
    }
    if (!mixed && own.length >= 2) {
      const seen = new Set<string>();
      for (const child of own) {
        const item = features(child);
        const mark = item.side ?? item.signals[0]?.role;
        if (mark) seen.add(mark);
      }
      mixed = seen.size >= 2;
    }
    inner.push(...own);
  }
  return labelled || mixed ? [sig, inner] : undefined;
}

/** The element of the top document that holds `element`: itself, its shadow host or its frame. */
function inTopDocument(element: Element): Element {
  let current = element;
  for (let hops = 0; hops < 16; hops++) {
    const root = current.getRootNode();
    if (root.nodeType === 11) {
      current = (root as ShadowRoot).host;
      continue;
    }
    const frame = (root as Document).defaultView?.frameElement;
    if (!frame) break;
    current = frame;
  }
  return current;
}

/** How well the candidate sits "above the reply editor": 0 (unrelated) … 6 (right above it). */
function composerFit(container: Element, composer: Element | null): number {
  if (!composer) return 0;
  if (container.contains(composer)) return -4;
  const sameTree = container.getRootNode() === composer.getRootNode();
  const first = sameTree ? container : inTopDocument(container);
  const second = sameTree ? composer : inTopDocument(composer);
  if (first === second) return 2;
  const position = first.compareDocumentPosition(second);
  if (!(position & 4)) return -2; // the editor comes before the messages: unusual for a thread
  // Distance: how far up from the container until an ancestor also holds the editor.
  let up = 0;
  for (let current: Element | null = first; current && !current.contains(second); current = current.parentElement) up++;
  return Math.max(0, 6 - Math.max(0, up - 1));
}

function scrollFit(container: Element, layout: boolean): number {
  let current: Element | null = container;
  for (let level = 0; current && level < 3; level++, current = parentOf(current)) {
    const tokens = classTokens(current).join(' ');
    if (/overflow-(?:y-)?(?:auto|scroll)|scroll/i.test(tokens)) return 2;
    if (layout) {
      const view = current.ownerDocument.defaultView;
      const overflow = view?.getComputedStyle(current).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && current.scrollHeight > current.clientHeight) return 3;
    }
  }
  return 0;
}

function ratio(list: readonly ItemFeatures[], test: (item: ItemFeatures) => boolean): number {
  return list.length ? list.filter(test).length / list.length : 0;
}

function detail(candidate: Candidate, features: Features, composer: Element | null, layout: boolean): void {
  const sampled = sample(candidate.items).map(features);
  const messages = sampled.filter((item) => !item.notMessage);
  const textRatio = messages.length / sampled.length;
  const time = ratio(messages, (item) => item.hasTime);
  const signals = ratio(messages, (item) => item.signals.length > 0);
  let sides = ratio(messages, (item) => item.side !== undefined);
  let twoSided = new Set(messages.map((item) => item.side).filter((side) => side === 'left' || side === 'right')).size === 2;
  if (layout && sides === 0) {
    // Markup that says nothing about sides: where the messages sit on screen does.
    const seen = sample(candidate.items).map((element) => geometrySide(element, candidate.container));
    sides = seen.filter(Boolean).length / (seen.length || 1);
    twoSided = seen.includes('left') && seen.includes('right');
  }
  const avatars = ratio(messages, (item) => item.hasAvatar);
  const ids = ratio(messages, (item) => item.hasId);
  const avgLength = messages.reduce((sum, item) => sum + Math.min(item.text.length, 600), 0) / (messages.length || 1);
  const links = linkRatio(sample(candidate.items));
  const fit = composerFit(candidate.container, composer);
  const aria = isAriaThread(candidate.container);
  const words = [
    ...classWordSet(candidate.container),
    ...candidate.item
      .split('.')
      .slice(1)
      .flatMap((t) => t.split(/[-_]+/)),
  ];
  const messageWords = words.some((word) => MESSAGE.has(word.toLowerCase()));

  let score = candidate.pre + 4 * time + 5 * signals + 2 * sides + 2 * avatars + 2 * ids + 3 * textRatio + fit;
  score += scrollFit(candidate.container, layout);
  if (avgLength < 4) score -= 4;
  else if (avgLength >= 12) score += 1;
  score -= 10 * links;
  score *= 0.25 + 0.75 * textRatio;
  candidate.score = score;

  let confidence = 0;
  if (aria) confidence += 0.35;
  confidence += 0.25 * time + 0.3 * signals + 0.15 * sides + 0.1 * avatars + 0.1 * ids;
  if (twoSided) confidence += 0.1;
  if (messageWords) confidence += 0.15;
  if (fit >= 3) confidence += 0.2;
  if (messages.length >= 3) confidence += 0.05;
  if (textRatio < 0.5) confidence *= 0.5;
  confidence *= 1 - links;
  if (candidate.container.closest(CHROME)) confidence *= 0.5;
  candidate.confidence = Math.min(1, confidence);
}

/** The conversation thread among all roots, or undefined when nothing looks like one. */
export function findThread(
  scanned: readonly ScannedRoot[],
  composer: Element | null,
  features: Features,
  layout: boolean,
): Thread | undefined {
  const shortlist: Candidate[] = [];
  const consider = (candidate: Candidate) => {
    if (shortlist.length < SHORTLIST) shortlist.push(candidate);
    else {
      let worst = 0;
      for (let i = 1; i < shortlist.length; i++) if (shortlist[i]!.pre < shortlist[worst]!.pre) worst = i;
      if (candidate.pre <= shortlist[worst]!.pre) return;
      shortlist[worst] = candidate;
    }
  };
  for (const { elements } of scanned) {
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i]!;
      const children = element.childElementCount;
      if (children === 0 || NOT_CONTAINERS.has(element.tagName) || element.namespaceURI !== HTML_NS) continue;
      const aria = isAriaThread(element);
      if (children < 2 && !aria) continue;
      const run = bestRun(element, aria ? 1 : 2, false);
      if (!run) continue;
      consider({
        container: element,
        item: run[0],
        items: run[1],
        pre: preScore(element, run[0], run[1]),
        score: 0,
        confidence: 0,
      });
    }
  }

  let best: Candidate | undefined;
  for (const candidate of shortlist) {
    if (hiddenByMarkup(candidate.container) || !isRendered(candidate.container, layout)) continue;
    const visible = bestRun(candidate.container, isAriaThread(candidate.container) ? 1 : 2);
    if (!visible) continue;
    [candidate.item, candidate.items] = visible;
    const nested = nestedRun(candidate.items, features);
    if (nested) {
      candidate.wrapper = candidate.item;
      candidate.item = nested[0];
      candidate.items = nested[1];
    }
    detail(candidate, features, composer, layout);
    if (!best || candidate.score > best.score) best = candidate;
  }
  if (!best || best.confidence <= 0) return undefined;
  return {
    container: best.container,
    item: best.item,
    ...(best.wrapper && { wrapper: best.wrapper }),
    confidence: best.confidence,
  };
}

/**
 * The thread's message elements in order: the run itself, plus interleaved elements of another
 * kind that explicitly say they are system lines or notes ("Anna joined", "Assigned to Sam").
 */
export function threadItems(thread: Thread, features: Features): Element[] {
  const out: Element[] = [];
  const take = (parent: Element) => {
    for (const child of parent.children) {
      if (hiddenItem(child)) continue;
      if (signature(child) === thread.item) out.push(child);
      else if (!NOT_ITEMS.has(child.tagName) && isExtraMessage(child, features)) out.push(child);
    }
  };
  if (thread.wrapper) {
    for (const child of thread.container.children) if (signature(child) === thread.wrapper) take(child);
  } else take(thread.container);
  return out;
}

function isExtraMessage(element: Element, features: Features): boolean {
  if (!element.textContent?.trim()) return false;
  const item = features(element);
  if (item.notMessage) return false;
  return item.signals.length > 0 || (item.side === 'center' && item.text.split(/\s+/).length >= 2);
}
