/** Text helpers shared by adapters: visible text with line breaks, images as their alt text. */

const BLOCK = new Set([
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

/**
 * Text of an element as a reader sees it: `<br>` and block boundaries become line breaks, `<img>`
 * (emoji, stickers) becomes its alt text, runs of spaces collapse, hidden parts are skipped.
 */
export function readableText(element: Element): string {
  let out = '';
  const walk = (node: Node) => {
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
      out += el.getAttribute('alt') ?? '';
      return;
    }
    if (
      el.tagName === 'SCRIPT' ||
      el.tagName === 'STYLE' ||
      el.tagName === 'TEMPLATE' ||
      el.hasAttribute('hidden') ||
      el.getAttribute('aria-hidden') === 'true'
    )
      return;
    const block = BLOCK.has(el.tagName);
    if (block) out += '\n';
    for (const child of el.childNodes) walk(child);
    if (block) out += '\n';
  };
  walk(element);
  return out
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Trimmed text content or undefined when empty. */
export function textOf(element: Element | null | undefined): string | undefined {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}
