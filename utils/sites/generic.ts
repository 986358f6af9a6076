/**
 * The generic reader: any page with a conversation on it, no adapter needed. It finds the thread
 * (see generic/thread.ts), reads each message element once (generic/item.ts, memoised per element)
 * and decides roles for the whole conversation (generic/roles.ts). Pure DOM in, values out.
 *
 * Incremental: between reads it keeps where the thread was. When every DOM change since the last
 * read happened inside that thread, it skips the search and only reads elements it has not seen.
 */
import type { Conversation, Message } from '../conversation/types';
import { collectRoots, findReplyEditor, geometrySide, hasLayout, hiddenByMarkup, scanRoots } from './generic/dom';
import { itemFeatures, type ItemFeatures } from './generic/item';
import { resolveRoles, sameName } from './generic/roles';
import { flatText } from './generic/text';
import { findThread, threadItems, type Thread } from './generic/thread';
import { CUSTOMER_NAME_PATTERNS } from './generic/words';
import type { ReadContext, SiteAdapter } from './types';

export const GENERIC_ID = 'generic';
/** Below this the page is not taken for a conversation at all. */
export const MIN_CONFIDENCE = 0.3;
/** An adapter said "no conversation" (or read none): only a thread this clear overrules it. */
export const CLEAR_THREAD = 0.55;

export interface GenericRead {
  conversation: Conversation;
  /** 0…1: how sure the reader is that it found a conversation. */
  confidence: number;
}

interface Meta {
  subject?: string;
  ticketId?: string;
  customerName?: string;
  customerEmail?: string;
}

interface State {
  /** The cache generation of the last read: a gap means changes this reader never saw. */
  generation?: number;
  thread?: Thread;
  composer?: HTMLElement | null;
  meta?: Meta;
  layout?: boolean;
}

const TICKET_IN_URL =
  /\/(?:tickets?|conversations?|cases?|issues?|requests?|chats?|sessions?|threads?|inbox|c|t)\/(?:[a-z-]+\/)?#?([A-Za-z0-9_-]*\d[A-Za-z0-9_-]*)/i;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

function customerNameFrom(labels: (string | null | undefined)[]): string | undefined {
  for (const label of labels) {
    const text = label?.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    for (const pattern of CUSTOMER_NAME_PATTERNS) {
      const name = pattern.exec(text)?.[1]?.trim();
      if (name) return name;
    }
  }
  return undefined;
}

function readMeta(thread: Thread, composer: Element | null, url: URL): Meta {
  const meta: Meta = {};
  const { container } = thread;
  let region: Element | null = null;
  let headerBlock: Element | null = null;
  let current: Element | null = container.parentElement;
  for (let level = 0; current && level < 6 && !meta.subject; level++, current = current.parentElement) {
    for (const heading of current.querySelectorAll('h1, h2, h3, [role="heading"]')) {
      if (container.contains(heading) || hiddenByMarkup(heading, current)) continue;
      if (!(heading.compareDocumentPosition(container) & 4)) continue;
      const text = flatText(heading);
      if (text && text.length <= 200) {
        meta.subject = text;
        region = current;
        headerBlock = heading.parentElement;
        break;
      }
    }
  }
  const path = `${url.pathname}${url.hash}`;
  meta.ticketId = TICKET_IN_URL.exec(path)?.[1];
  if (!meta.ticketId && headerBlock) meta.ticketId = /#\s?([A-Za-z]*-?\d{2,})\b/.exec(flatText(headerBlock))?.[1];
  meta.customerName = customerNameFrom([
    composer?.getAttribute('placeholder'),
    composer?.getAttribute('aria-label'),
    composer?.getAttribute('data-placeholder'),
    composer?.closest('form')?.getAttribute('aria-label'),
    container.getAttribute('aria-label'),
  ]);
  const mail = region?.querySelector('a[href^="mailto:"]');
  if (mail && !container.contains(mail)) meta.customerEmail = mail.getAttribute('href')!.slice(7).split('?')[0];
  else if (headerBlock) meta.customerEmail = EMAIL.exec(flatText(headerBlock))?.[0];
  return meta;
}

function insideThread(record: MutationRecord, thread: Thread, composer: Element | null | undefined): boolean {
  const { target } = record;
  if (composer && composer.contains(target)) return true;
  if (target === thread.container) return record.type === 'childList';
  return thread.container.contains(target);
}

/** Reads the page's conversation, however it is built; null when nothing looks like one. */
export function readGeneric(doc: Document, url: URL, context: ReadContext = {}): GenericRead | null {
  const { cache, changes } = context;
  const state: State = cache ? cache.slot<State>(GENERIC_ID, () => ({})) : {};
  const features = (element: Element): ItemFeatures =>
    cache ? cache.memo(element, GENERIC_ID, itemFeatures) : itemFeatures(element);

  const known = state.thread;
  const seenAll = cache !== undefined && state.generation === cache.generation - 1;
  if (cache) state.generation = cache.generation;
  const fast =
    known !== undefined &&
    seenAll &&
    changes !== undefined &&
    known.container.isConnected &&
    changes.every((record) => insideThread(record, known, state.composer));
  if (!fast) {
    const hint = context.threadHint?.isConnected ? context.threadHint : undefined;
    const scanned = hint
      ? scanRoots(doc).map((root) => ({
          ...root,
          elements: Array.from(root.elements).filter((element) => hint === element || hint.contains(element)),
        }))
      : scanRoots(doc);
    const roots = scanned.map(({ root }) => root);
    for (const root of roots) cache?.watch(root);
    state.layout = hasLayout(doc);
    state.composer = findReplyEditor(roots, doc, state.layout);
    state.thread = findThread(scanned, state.composer, features, state.layout);
    state.meta = state.thread ? readMeta(state.thread, state.composer, url) : undefined;
  }
  const thread = state.thread;
  if (!thread || thread.confidence < MIN_CONFIDENCE / 2) return null;

  const items: ItemFeatures[] = [];
  const elements: Element[] = [];
  for (const element of threadItems(thread, features)) {
    const item = features(element);
    if (item.notMessage) continue;
    items.push(item);
    elements.push(element);
  }
  const sides = items.map((item) => item.side);
  if (state.layout && items.length && items.every((item) => !item.side && item.signals.length === 0)) {
    // Layout only when the markup says nothing about sides; remembered per element like the rest.
    const side = (element: Element) => geometrySide(element, thread.container);
    elements.forEach((element, i) => (sides[i] = cache ? cache.memo(element, `${GENERIC_ID}:side`, side) : side(element)));
  }
  const meta = state.meta ?? {};
  const roles = resolveRoles(items, sides, {
    ...(context.sentTexts && { sentTexts: context.sentTexts }),
    ...(meta.customerName && { customerName: meta.customerName }),
  });
  const messages: Message[] = items.map((item, i) => ({
    role: roles[i]!,
    text: item.text,
    ...(item.author && { author: item.author }),
    ...(item.time && { time: item.time }),
    ...(item.id && { id: item.id }),
  }));

  const conversation: Conversation = { site: GENERIC_ID, url: url.href, messages };
  if (meta.subject) conversation.subject = meta.subject;
  if (meta.ticketId) conversation.ticketId = meta.ticketId;
  const author = mostFrequent(messages.filter((m) => m.role === 'customer').map((m) => m.author));
  const name = author && (!meta.customerName || sameName(author, meta.customerName)) ? author : (meta.customerName ?? author);
  if (name || meta.customerEmail)
    conversation.customer = { ...(name && { name }), ...(meta.customerEmail && { email: meta.customerEmail }) };
  return { conversation, confidence: thread.confidence };
}

function mostFrequent(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The generic reader as an adapter: it claims every page, and reads what looks like a conversation. */
export const genericAdapter: SiteAdapter = {
  id: GENERIC_ID,
  name: 'Generic reader',
  hosts: [],
  matches: () => true,
  readConversation(doc, url, context) {
    const read = readGeneric(doc, url, context);
    return read && read.confidence >= MIN_CONFIDENCE && read.conversation.messages.length ? read.conversation : null;
  },
  findComposer: (doc) => findReplyEditor(collectRoots(doc), doc, hasLayout(doc)),
};
