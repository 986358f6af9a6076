/** DOM helpers for the generic reader: trees to search, visibility, the reply editor. */
import { classTokens, words } from './classes';
import { COMPOSER_CJK, COMPOSER_WORDS, SEARCH_WORDS, type Side } from './words';

export type Root = Document | ShadowRoot;

/** How deep to follow shadow roots and frames inside each other. */
const MAX_ROOT_DEPTH = 4;
const MAX_ROOTS = 64;

/** A tree to search and its elements (one querySelectorAll, shared by every step of a read). */
export interface ScannedRoot {
  root: Root;
  elements: ArrayLike<Element>;
}

/**
 * The document, every open shadow root and every same-origin frame's document in it (frames whose
 * document we may not touch are skipped), each with its elements. Elements are listed once.
 */
export function scanRoots(doc: Document): ScannedRoot[] {
  const out: ScannedRoot[] = [];
  const visit = (root: Root, depth: number) => {
    if (out.length >= MAX_ROOTS) return;
    const elements = root.querySelectorAll('*');
    out.push({ root, elements });
    if (depth >= MAX_ROOT_DEPTH) return;
    for (const element of elements) {
      const shadow = element.shadowRoot;
      // Deskmate's own UI (palette, draft-coach overlay) sits in shadow roots on <deskmate-*> hosts.
      if (shadow && !element.tagName.startsWith('DESKMATE-')) visit(shadow, depth + 1);
      if (element.tagName === 'IFRAME' || element.tagName === 'FRAME') {
        const inner = frameDocument(element);
        if (inner?.documentElement) visit(inner, depth + 1);
      }
    }
  };
  visit(doc, 0);
  return out;
}

/** The trees scanRoots() finds. */
export function collectRoots(doc: Document): Root[] {
  return scanRoots(doc).map(({ root }) => root);
}

function frameDocument(frame: Element): Document | null {
  try {
    // Cross-origin frames give null (or throw in some engines): not ours to read.
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/** The parent element, stepping out of shadow roots to their host. */
export function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === 1 ? (parent as Element) : null;
}

/**
 * Whether the element is hidden by markup (hidden, aria-hidden, inline display/visibility, closed
 * details, template). Layout-free so it works under jsdom; in a browser, CSS-hidden elements are
 * caught by isRendered().
 */
export function hiddenByMarkup(element: Element, stopAt?: Element | null): boolean {
  let current: Element | null = element;
  while (current && current !== stopAt) {
    if (
      current.hasAttribute('hidden') ||
      current.getAttribute('aria-hidden') === 'true' ||
      current.tagName === 'TEMPLATE' ||
      /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(current.getAttribute('style') ?? '')
    )
      return true;
    current = parentOf(current);
  }
  return false;
}

/** Whether the page has real layout (a browser), as opposed to jsdom/happy-dom. */
export function hasLayout(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view || !(view.innerWidth > 0)) return false;
  const body = doc.body;
  if (!body) return false;
  const rect = body.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0;
}

/** Rendered: not hidden by markup and, where there is layout, not hidden by CSS either. */
export function isRendered(element: Element, layout: boolean): boolean {
  if (hiddenByMarkup(element)) return false;
  if (!layout) return true;
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(element, { visibilityProperty: true });
  return element.getClientRects().length > 0;
}

/** document.activeElement, looking through open shadow roots and same-origin frames. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let depth = 0; active && depth < 8; depth++) {
    const inner: Element | null | undefined =
      active.shadowRoot?.activeElement ?? (active.tagName === 'IFRAME' ? frameDocument(active)?.activeElement : undefined);
    if (!inner || inner === active) break;
    active = inner;
  }
  return active;
}

const EDITABLE =
  'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"], input[type="text"], input:not([type])';

function isEditableCandidate(element: Element): boolean {
  if (element.hasAttribute('disabled') || element.hasAttribute('readonly')) return false;
  if (element.getAttribute('aria-readonly') === 'true' || element.getAttribute('aria-disabled') === 'true') return false;
  // Only the outermost editable: ProseMirror and friends nest contenteditable inside each other.
  const parent = parentOf(element);
  const outer = parent?.closest('[contenteditable]:not([contenteditable="false"])');
  return !outer;
}

function labelOf(element: Element): string {
  return [
    element.getAttribute('placeholder'),
    element.getAttribute('aria-label'),
    element.getAttribute('data-placeholder'),
    element.getAttribute('name'),
    element.getAttribute('title'),
    element.getAttribute('class'),
    element.id,
  ]
    .filter(Boolean)
    .join(' ');
}

function inChrome(element: Element): boolean {
  return element.closest('nav, header, [role="search"], [role="navigation"], [role="banner"], [role="searchbox"]') !== null;
}

/**
 * The reply editor: the focused editable if there is one, else the visible editable that looks
 * most like a reply box (reply/message words, a textarea or rich editor, not a search field).
 */
export function findReplyEditor(roots: readonly Root[], doc: Document, layout: boolean): HTMLElement | null {
  const active = deepActiveElement(doc);
  let best: { element: HTMLElement; score: number } | undefined;
  let order = 0;
  for (const root of roots) {
    for (const element of root.querySelectorAll<HTMLElement>(EDITABLE)) {
      order++;
      if (!isEditableCandidate(element)) continue;
      const label = labelOf(element);
      const isInput = element.tagName === 'INPUT';
      if (SEARCH_WORDS.test(label) || (element.getAttribute('type') ?? '') === 'search') continue;
      const labelWords = new Set(words(label));
      const replyish = COMPOSER_WORDS.some((word) => labelWords.has(word)) || COMPOSER_CJK.test(label);
      if (isInput && !replyish) continue;
      if (!isRendered(element, layout)) continue;
      let score = order / 1000; // later on the page is likelier the composer
      if (element === active || element.contains(active)) score += 100;
      if (replyish) score += 10;
      if (!isInput) score += 5;
      if (inChrome(element)) score -= 20;
      if (element.closest('form')) score += 1;
      if (classTokens(element).some((token) => /prosemirror|ql-editor|ck-editor|tiptap|lexical|slate|draft/i.test(token)))
        score += 3;
      if (!best || score > best.score) best = { element, score };
    }
  }
  return best && best.score > 0 ? best.element : null;
}

/** The text an editor holds now (its value, or its rendered text). */
export function editorText(element: Element): string {
  if (element.tagName === 'TEXTAREA' || element.tagName === 'INPUT') return (element as HTMLTextAreaElement).value;
  return element.textContent ?? '';
}

/**
 * Attaches `<template shadowrootmode="open">` as real shadow roots. Browsers do this while parsing;
 * jsdom and happy-dom don't, so a saved page with declarative shadow DOM reads the same in the CLI.
 */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode], template[shadowroot]')) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode') ?? template.getAttribute('shadowroot');
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    try {
      const shadow = host.attachShadow({ mode });
      shadow.append(template.content.cloneNode(true));
      template.remove();
      attachDeclarativeShadowRoots(shadow);
    } catch {
      // Elements that can't host a shadow root keep the template as it is.
    }
  }
}

/** Which side a message sits on by layout, for pages whose markup says nothing about it. */
export function geometrySide(element: Element, container: Element): Side | undefined {
  const box = container.getBoundingClientRect();
  if (box.width <= 0) return undefined;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  const rect = range.getBoundingClientRect();
  if (rect.width <= 0 || rect.width > box.width * 0.85) return undefined;
  const left = rect.left - box.left;
  const right = box.right - rect.right;
  if (Math.abs(left - right) < box.width * 0.08) return 'center';
  return left > right ? 'right' : 'left';
}
