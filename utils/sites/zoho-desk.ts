/**
 * Zoho Desk (desk.zoho.{com,eu,in,com.au,jp}/agent/<portal>/<department>/tickets/details/<id>).
 *
 * Confidence "url": only the URL pattern is known (public userscripts match it; none of them read
 * the thread from the DOM, they call the API). Everything else is generic signals, written so that
 * small naming differences still read: the ticket view is the visible element carrying the ticket
 * id (`data-ticket-id`, or an id/`data-id` that contains it); threads are `[data-thread-id]`,
 * `article`/`[role="article"]` items; direction and kind come from class words and data attributes
 * (`incoming`/`outgoing`, `customer`/`agent`, `comment` + `private` for internal comments, `activity`/
 * `system` for events). Quoted e-mail history is cut. Zoho keeps recently opened tickets mounted
 * (hidden), so the reader only takes the visible ticket whose id matches the URL.
 */
import type { Role } from '../conversation/types';
import {
  conversationOf,
  cueWords,
  emailIn,
  firstVisible,
  hostIs,
  isHidden,
  messageText,
  outermost,
  roleFromWords,
  settleRoles,
  sideFromWords,
  textAt,
  timeIn,
  visibleAll,
  type DraftMessage,
} from './dom';
import type { SiteAdapter } from './types';

const ZOHO_HOSTS = ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au', 'desk.zoho.jp', 'desk.zoho.com.cn'];
const HOSTS = ZOHO_HOSTS.map((host) => `https://${host}/*`);

const SELECTORS = {
  /** The ticket view for a given id; recently opened tickets stay mounted but hidden. */
  ticket: (id: string) => [`[data-ticket-id="${id}"]`, `[id$="${id}"][role="main"]`, `[data-id*="${id}"]`],
  anyTicket: ['[data-ticket-id]', '[role="main"]'],
  thread: ['[data-thread-id]', '[role="article"]', 'article'],
  body: ['[data-id="threadContent"]', '[class*="threadContent"]', '[class*="thread-content"]', '[class*="content"]'],
  author: ['[data-id="threadAuthor"]', '[class*="author"]', '[class*="sender"]', '[class*="from"]'],
  time: ['time[datetime]', '[data-time]', '[title]'],
  itemChrome: ['header', 'time', '[class*="actions"]', '[class*="toolbar"]'],
  subject: ['[data-id="ticketSubject"]', '[class*="ticketSubject"]', '[class*="subject"]', 'h1'],
  ticketNumber: ['[data-id="ticketNumber"]', '[class*="ticketNumber"]', '[class*="ticket-number"]'],
  contactName: ['[data-id="contactName"]', '[class*="contactName"]', '[class*="contact-name"]'],
  contactEmail: ['[data-id="contactEmail"]', '[class*="contactEmail"]', '[class*="contact-email"]', 'a[href^="mailto:"]'],
  composer: [
    '[data-id="replyEditor"] [contenteditable="true"]',
    '[class*="reply"] [contenteditable="true"]',
    'iframe + [contenteditable="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
} as const;

function roleOf(words: Set<string>): Role | undefined {
  if (words.has('comment') && (words.has('private') || !words.has('public'))) return 'note';
  return roleFromWords(words);
}

function activeTicket(doc: Document, url: URL): Element | null {
  const id = url.pathname.match(/\/tickets\/details\/(\d+)/)?.[1];
  if (id) {
    const byId = firstVisible(doc, SELECTORS.ticket(id));
    if (byId) return byId;
  }
  return firstVisible(doc, SELECTORS.anyTicket);
}

export const zohoDeskAdapter: SiteAdapter = {
  id: 'zoho-desk',
  name: 'Zoho Desk',
  hosts: HOSTS,
  matches: (url, doc) => hostIs(url, ...ZOHO_HOSTS) && /^\/agent\//.test(url.pathname) && doc.body !== null,
  readConversation(doc, url) {
    const ticket = activeTicket(doc, url);
    if (!ticket) return null;
    const drafts: DraftMessage[] = [];
    const items = outermost(visibleAll(ticket, SELECTORS.thread)).filter((item) => !isHidden(item));
    for (const item of items) {
      const body = firstVisible(item, SELECTORS.body);
      const text = body ? messageText(body) : messageText(item, SELECTORS.itemChrome);
      if (!text) continue;
      const words = cueWords(item);
      const draft: DraftMessage = { text };
      const role = roleOf(words);
      if (role) draft.role = role;
      const side = sideFromWords(words);
      if (side) draft.side = side;
      const author = textAt(item, SELECTORS.author);
      if (author) draft.author = author;
      const time = timeIn(item, SELECTORS.time);
      if (time) draft.time = time;
      const id = item.getAttribute('data-thread-id') ?? item.getAttribute('data-id') ?? undefined;
      if (id) draft.id = id;
      drafts.push(draft);
    }
    const customerName = textAt(ticket, SELECTORS.contactName) ?? textAt(doc, SELECTORS.contactName);
    const emailElement = firstVisible(ticket, SELECTORS.contactEmail) ?? firstVisible(doc, SELECTORS.contactEmail);
    const customerEmail = emailIn(emailElement?.getAttribute('href') ?? emailElement?.textContent ?? undefined);
    const number = textAt(ticket, SELECTORS.ticketNumber)?.replace(/^#/, '');
    return conversationOf('zoho-desk', url, settleRoles(drafts, { customerName }), {
      subject: textAt(ticket, SELECTORS.subject),
      ticketId: number ?? url.pathname.match(/\/tickets\/details\/(\d+)/)?.[1],
      customerName,
      customerEmail,
    });
  },
  findComposer: (doc) => {
    const ticket = firstVisible(doc, SELECTORS.anyTicket);
    return firstVisible(ticket ?? doc, SELECTORS.composer) as HTMLElement | null;
  },
};
