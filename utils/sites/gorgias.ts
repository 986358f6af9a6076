/**
 * Gorgias helpdesk (<account>.gorgias.com/app/ticket/<id>, /app/views/<view>/<id>).
 *
 * Confidence "src (class words)": read in Gorgias's own front-end source as found in a public copy.
 * Legacy UI: each message is `div.ticket-message` plus CSS-module classes `fromAgent` (agent) and
 * `internal` (internal note); the body shows the stripped reply and hides quoted history behind a
 * "…" toggle. Current UI: `TicketMessage` with CSS-module classes `container`, `internal` (a
 * non-public message, i.e. an internal note), `ai` (AI agent), `sidePanel` (a ticket previewed in
 * the side panel, not the one being worked on). The compiled class names are NOT verified: the
 * selectors assume CSS-module names that keep the file and local name (`TicketMessage__internal___x1`)
 * and read them with `classWords`, which strips hashes. Customer vs agent in the current UI comes
 * from authors: the customer shown in the sidebar, and everyone else who signs a public message.
 */
import type { Role } from '../conversation/types';
import {
  classWords,
  conversationOf,
  emailIn,
  firstVisible,
  hostIs,
  isHidden,
  messageText,
  outermost,
  settleRoles,
  textAt,
  timeIn,
  type DraftMessage,
} from './dom';
import { textOf } from './text';
import type { SiteAdapter } from './types';

const HOSTS = ['https://*.gorgias.com/*'];

const SELECTORS = {
  /** Current UI (CSS modules, names assumed), then legacy. */
  message: [
    '[class*="TicketMessage__container"], [class*="TicketEvent__container"]',
    '[class*="TicketMessage_container"], [class*="TicketEvent_container"]',
    '.ticket-message, .ticket-event',
  ],
  /** Containers of a ticket previewed beside the active one; its messages are not the active ticket's. */
  sidePanel: '[class*="sidePanel"], [class*="SidePanel"], [class*="ticket-modal"], [class*="TicketModal"]',
  body: ['[class*="MessageContent__"]', '[class*="TicketMessageBody__"]', '[class*="MessageBody__"]', '.ticket-message-body'],
  author: [
    '[class*="MessageHeader__sender"]',
    '[class*="MessageHeader__name"]',
    '[class*="senderName"]',
    '.ticket-message-sender',
  ],
  time: ['time[datetime]', '[class*="DatetimeLabel"]', '[title]'],
  itemChrome: [
    '[class*="MessageHeader__"]',
    '[class*="MessageAvatar__"]',
    '[class*="Avatar"]',
    '[class*="DatetimeLabel"]',
    'time',
  ],
  subject: ['[class*="TicketHeader__subject"]', '[class*="TicketTitle"]', '.ticket-subject', 'input[name="subject"]'],
  customerName: ['[class*="CustomerInfo__name"]', '[class*="CustomerName"]', '.customer-name'],
  customerEmail: ['[class*="CustomerInfo"] a[href^="mailto:"]', '[class*="Customer"] a[href^="mailto:"]'],
  currentUser: ['[class*="CurrentUser__name"]', '[data-current-user-name]'],
  composer: [
    '[class*="ReplyArea"] .public-DraftEditor-content[contenteditable="true"]',
    '.public-DraftEditor-content[contenteditable="true"]',
    '[class*="ReplyArea"] [contenteditable="true"]',
  ],
} as const;

function roleOf(item: Element): Role | undefined {
  const words = classWords(item);
  if (words.has('ai')) return 'bot';
  if (words.has('internal')) return 'note';
  if (words.has('system') || words.has('event')) return 'system';
  if (words.has('agent')) return 'agent'; // legacy `fromAgent`
  return undefined;
}

/** Text of a subject element, which is an editable input in Gorgias. */
function subjectText(element: Element | null): string | undefined {
  if (!element) return undefined;
  if (element.tagName === 'INPUT') return element.getAttribute('value')?.trim() || undefined;
  return textOf(element);
}

function messagesOf(doc: Document): Element[] {
  for (const selector of SELECTORS.message) {
    const found = [...doc.querySelectorAll(selector)].filter((item) => !isHidden(item) && !item.closest(SELECTORS.sidePanel));
    if (found.length) return outermost(found);
  }
  return [];
}

export const gorgiasAdapter: SiteAdapter = {
  id: 'gorgias',
  name: 'Gorgias',
  hosts: HOSTS,
  matches: (url, doc) =>
    hostIs(url, '*.gorgias.com') && /^\/app\//.test(url.pathname) && doc.querySelector('#root, #app') !== null,
  readConversation(doc, url) {
    const items = messagesOf(doc);
    if (!items.length) return null;
    const customerName = textAt(doc, SELECTORS.customerName);
    const drafts: DraftMessage[] = [];
    for (const item of items) {
      const body = firstVisible(item, SELECTORS.body);
      const text = body ? messageText(body) : messageText(item, SELECTORS.itemChrome);
      if (!text) continue;
      const draft: DraftMessage = { text };
      const author = textAt(item, SELECTORS.author);
      if (author) draft.author = author;
      // Current UI: a public message signed by someone other than the customer is the team's.
      const role = roleOf(item) ?? (author && customerName ? (author === customerName ? 'customer' : 'agent') : undefined);
      if (role) draft.role = role;
      const time = timeIn(item, SELECTORS.time);
      if (time) draft.time = time;
      const id = item.getAttribute('data-message-id') ?? item.id.replace(/^message-/, '');
      if (id) draft.id = id;
      drafts.push(draft);
    }
    const customerEmail = emailIn(firstVisible(doc, SELECTORS.customerEmail)?.getAttribute('href') ?? undefined);
    return conversationOf('gorgias', url, settleRoles(drafts, { customerName, agentName: textAt(doc, SELECTORS.currentUser) }), {
      subject: subjectText(firstVisible(doc, SELECTORS.subject)),
      ticketId: url.pathname.match(/\/app\/(?:ticket|views\/\d+)\/(\d+)/)?.[1],
      customerName,
      customerEmail,
    });
  },
  findComposer: (doc) =>
    ([...doc.querySelectorAll(SELECTORS.composer.join(', '))].find(
      (element) => !isHidden(element) && !element.closest(SELECTORS.sidePanel),
    ) ?? null) as HTMLElement | null,
};
