import type { Conversation, Message, Role } from '../conversation/types';
import { ROLES } from '../conversation/types';
import { readableText, textOf } from './text';
import type { SiteAdapter } from './types';

// The local demo helpdesk ("Acme Desk", demo/site/), served on 127.0.0.1 by `npm run demo`.
const SELECTORS = {
  marker: 'body[data-helpdesk="deskmate-demo"]',
  activeTicket: 'section.ticket[data-active="true"]',
  subject: '.ticket__subject',
  ticketId: '.ticket__id',
  customerName: '.requester__name',
  customerEmail: '.requester__email',
  message: '.thread > li.msg',
  author: '.msg__author',
  time: 'time[datetime]',
  body: '.msg__body',
  composer: 'textarea.composer__input',
} as const;

function roleOf(item: Element): Role | undefined {
  const role = item.getAttribute('data-role');
  return ROLES.find((known) => known === role);
}

function readMessage(item: Element): Message | null {
  const role = roleOf(item);
  const body = item.querySelector(SELECTORS.body);
  if (!role || !body) return null;
  const text = readableText(body);
  if (!text) return null;
  const author = textOf(item.querySelector(SELECTORS.author));
  const time = item.querySelector(SELECTORS.time)?.getAttribute('datetime') ?? undefined;
  const id = item.getAttribute('data-message-id') ?? undefined;
  return { role, text, ...(author && { author }), ...(time && { time }), ...(id && { id }) };
}

export const demoAdapter: SiteAdapter = {
  id: 'demo',
  name: 'Deskmate demo helpdesk',
  hosts: ['http://127.0.0.1/*', 'http://localhost/*'],
  matches: (_url, doc) => doc.querySelector(SELECTORS.marker) !== null,
  readConversation(doc, url, context) {
    const ticket = doc.querySelector(SELECTORS.activeTicket);
    if (!ticket) return null;
    const messages: Message[] = [];
    for (const item of ticket.querySelectorAll(SELECTORS.message)) {
      // Memoised per element when the caller keeps a cache: a new message costs one parse.
      const message = context?.cache ? context.cache.memo(item, 'demo', readMessage) : readMessage(item);
      if (message) messages.push(message);
    }
    const name = textOf(ticket.querySelector(SELECTORS.customerName));
    const email = textOf(ticket.querySelector(SELECTORS.customerEmail));
    const subject = textOf(ticket.querySelector(SELECTORS.subject));
    const ticketId = ticket.getAttribute('data-ticket-id') ?? textOf(ticket.querySelector(SELECTORS.ticketId))?.replace(/^#/, '');
    const conversation: Conversation = { site: 'demo', url: url.href, messages };
    if (subject) conversation.subject = subject;
    if (ticketId) conversation.ticketId = ticketId;
    if (name || email) conversation.customer = { ...(name && { name }), ...(email && { email }) };
    return conversation;
  },
  findComposer: (doc) => doc.querySelector<HTMLElement>(`${SELECTORS.activeTicket} ${SELECTORS.composer}`),
};
