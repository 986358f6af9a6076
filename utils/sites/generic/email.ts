/**
 * Long, email-style message bodies (ticket threads): quoted history removed, then cleaned with
 * Mozilla's Readability on a copy in a document of its own. Readability mutates what it reads and
 * drops short blocks and "comment"-like classes, so it never sees the page itself, never sees
 * class names, and is never used on chat bubbles.
 */
import { Readability } from '@mozilla/readability';
import { QUOTE_ATTRIBUTION } from './words';
import { cleanText, tidy } from './text';

/** Bodies at least this long, or with this many blocks, are treated as emails. */
const EMAIL_MIN_CHARS = 400;
const EMAIL_MIN_BLOCKS = 4;

const QUOTED =
  'blockquote, .gmail_quote, .gmail_extra, .yahoo_quoted, .moz-cite-prefix, .protonmail_quote, .quoted-text, .quote, [data-quoted], [class*="quoted"], [class*="history"]';

/** Whether a message body looks like an email rather than a chat bubble. */
export function looksLikeEmail(body: Element): boolean {
  if ((body.textContent?.length ?? 0) >= EMAIL_MIN_CHARS) return true;
  // A bubble of plain text (the usual chat message) has no elements to look at.
  if (!body.firstElementChild) return false;
  return body.querySelector(QUOTED) !== null || body.querySelectorAll('p, div, table, ul, ol, pre').length >= EMAIL_MIN_BLOCKS;
}

/** Cuts the text at the first line that starts quoted history ("On … wrote:", "-----Original Message-----"). */
export function cutQuotedHistory(text: string): string {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const outlook = /^from:\s.+/iu.test(line) && /^(?:sent|date):\s/iu.test(lines[i + 1] ?? '');
    if (outlook || QUOTE_ATTRIBUTION.some((pattern) => pattern.test(line))) return tidy(lines.slice(0, i).join('\n'));
  }
  return text;
}

/**
 * The new text of an email body. `skip` leaves out parts that are not the message (as in chat
 * bubbles); quoted history goes; Readability then cleans the rest. When Readability gives up or
 * keeps much less than the body had, the plain cleaned text is used instead.
 */
export function emailText(body: Element, skip: (element: Element) => boolean): string {
  const doc = body.ownerDocument;
  const copyDoc = doc.implementation.createHTMLDocument('');
  const copy = copyDoc.importNode(body, true) as Element;
  // importNode keeps the order, so the i-th descendant of the copy is the i-th of the original.
  const original = body.querySelectorAll('*');
  const copied = copy.querySelectorAll('*');
  const drop: Element[] = [];
  for (let i = 0; i < copied.length; i++) {
    const source = original[i];
    if (source && (source.matches(QUOTED) || skip(source))) drop.push(copied[i]!);
  }
  for (const element of drop) element.remove();
  // Link rows ("Help centre | Orders | Privacy") are footers, not what the sender wrote.
  for (const block of copy.querySelectorAll('div, p, table, ul')) {
    const links = block.querySelectorAll('a[href]');
    const text = block.textContent?.replace(/\s+/g, '').length ?? 0;
    const linked = [...links].reduce((sum, link) => sum + (link.textContent?.replace(/\s+/g, '').length ?? 0), 0);
    if (links.length >= 3 && text > 0 && linked >= text * 0.7) block.remove();
  }
  const plain = cutQuotedHistory(cleanText(copy));

  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of ['class', 'id', 'style']) element.removeAttribute(name);
  }
  const article = copyDoc.createElement('article');
  article.append(...copy.childNodes);
  copyDoc.body.append(article);
  let cleaned = '';
  try {
    const parsed = new Readability<Element>(copyDoc, { charThreshold: 0, serializer: (node) => node as Element }).parse();
    if (parsed?.content) cleaned = cutQuotedHistory(cleanText(parsed.content));
  } catch {
    // Readability is a best effort here; the plain text stands.
  }
  return cleaned.length >= plain.length * 0.8 ? cleaned : plain;
}
