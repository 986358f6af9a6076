/** Text helpers shared by adapters: visible text with line breaks, images as their alt text. */

/** Elements that start a new line in rendered text. */
export const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

/** The smaller set message bodies were read with (figures and headers inline). */
const BODY_BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
]);

export interface TextWalk {
  /** Elements that start a new line (default BLOCK). */
  blocks?: ReadonlySet<string>;
  /** What an `<img>` contributes (its alt text, or nothing for pictures that aren't words). */
  image(element: Element): string;
  /** Parts left out: hidden elements, code, the author line, controls… */
  skip(element: Element): boolean;
}

/**
 * Text of an element's content as a reader sees it: `<br>` and block boundaries become line breaks,
 * images what `walk.image` says, runs of spaces collapse, `walk.skip` parts left out.
 */
export function walkText(element: Element, walk: TextWalk): string {
  let out = '';
  const blocks = walk.blocks ?? BLOCK;
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(/[ \t\r\n\f]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      out += '\n';
      return;
    }
    if (el.tagName === 'IMG') {
      out += walk.image(el);
      return;
    }
    if (walk.skip(el)) return;
    const block = blocks.has(el.tagName);
    if (block) out += '\n';
    for (const child of el.childNodes) visit(child);
    if (block) out += '\n';
  };
  for (const child of element.childNodes) visit(child);
  return tidy(out);
}

/** Trims lines, collapses blank runs. */
export function tidy(text: string): string {
  if (!text.includes('\n')) return text.replace(/ {2,}/g, ' ').trim();
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const CODE = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

/**
 * Text of a message body: line breaks kept, every `<img>` (emoji, stickers) as its alt text, hidden
 * parts skipped.
 */
export function readableText(element: Element): string {
  return walkText(element, {
    blocks: BODY_BLOCK,
    image: (img) => img.getAttribute('alt') ?? '',
    skip: (el) => CODE.has(el.tagName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true',
  });
}

/** Trimmed text content or undefined when empty. */
export function textOf(element: Element | null | undefined): string | undefined {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}
