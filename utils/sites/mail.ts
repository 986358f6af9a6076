/**
 * E-mail history that is not marked up as a quote. Outlook (desktop and web) and some forwarders
 * put a header block ("From: … Sent: … To: … Subject: …") before the previous message and leave the
 * previous message as plain siblings after it, so removing the block is not enough: everything from
 * the separator on is history. `blockquote`, `.gmail_quote` and "On … wrote:" lines are handled by
 * `messageText` (dom.ts); this cuts the rest before it runs.
 */

/** Elements that start the history, by id/class. */
const SEPARATOR_SELECTORS = [
  '#divRplyFwdMsg',
  '#appendonsend',
  'hr#stopSpelling',
  '.moz-forward-container',
  '.OutlookMessageHeader',
];

/** Outlook's header block: `border:none;border-top:solid #E1E1E1 1.0pt` (older: `#B5C4DF`). */
const OUTLOOK_BORDER = /border-top:\s*solid\s+#(?:e1e1e1|b5c4df)/i;

function firstSeparator(root: Element): Element | undefined {
  for (const element of root.querySelectorAll('*')) {
    if (SEPARATOR_SELECTORS.some((selector) => element.matches(selector))) return element;
    if (element.tagName === 'DIV' && OUTLOOK_BORDER.test(element.getAttribute('style') ?? '')) return element;
  }
  return undefined;
}

/** Removes `start` and everything after it in document order, up to (not including) `root`. */
function removeFrom(start: Element, root: Element): void {
  for (let node: Node = start; node !== root && node.parentNode; node = node.parentNode) {
    while (node.nextSibling) node.parentNode.removeChild(node.nextSibling);
  }
  start.remove();
}

/** A copy of a mail body without the previous messages Outlook-style replies carry below them. */
export function withoutMailHistory(body: Element): Element {
  const copy = body.cloneNode(true) as Element;
  const separator = firstSeparator(copy);
  if (separator) removeFrom(separator, copy);
  return copy;
}
