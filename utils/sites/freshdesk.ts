/**
 * Freshdesk (`<subdomain>.freshdesk.com/a/tickets/<id>`).
 *
 * Confidence "3rd": Freshdesk is closed source. The selectors are those public userscripts and
 * extensions rely on (read 2026-11): the Ember light-DOM ticket thread, one `.ticket-details__item`
 * per message (`[data-test-id="ticket-description"]` for the first), `.ticket-details__requestor` on
 * messages written by the requester (or another non-agent), `.ticket-details__privatenote` on
 * private notes, `[data-test-is-agent]` on agents' items, `[data-test-conversation="conversation-text"]`
 * / `.ticket_note[data-note-id]` for the body, `[data-test-id="user-name"]` and `time-info` (with the
 * full date in `aria-label`) in `.conversation-header`, the Froala reply editor in `.rich-editor`.
 * The contact card and ticket properties live in shadow DOM (`fw-unified-mfe--contact-info`), so
 * the customer is taken from the first requester message. Not verified against the live app.
 */
import type { Message, Role } from '../conversation/types';
import { conversationOf, firstOf, hostIs, messageText } from './dom';
import { withoutMailHistory } from './mail';
import { textOf } from './text';
import type { SiteAdapter } from './types';

const HOSTS = ['https://*.freshdesk.com/*'];

const TICKET_PATH = /\/a\/tickets\/(\d+)/;

const SELECTORS = {
  /** 2023+ ("Mint") ticket page: the conversation pane. */
  pane: ['.ticket-details-wrapper', '.tickets-conversation-pane', '[class*="conversation-pane"]'],
  item: '.ticket-details__item',
  /** The reply box reuses the item class; it is not a message. */
  notMessage: '.rich-editor',
  body: ['[data-test-conversation="conversation-text"]', '#ticket_original_request', '.ticket_note', '.text-content-wrapper'],
  author: '[data-test-id="user-name"]',
  timeInfo: '[data-test-id="time-info"]',
  /** Older builds only: the 2025+ subject lives in the `ticket-details` shadow DOM. */
  subject: ['[data-test-id="ticket-subject"]'],
  /** "Show quoted text" toggles and attachment chips inside a message. */
  chrome: ['.quoted-text-toggle', '.attachments', '.ticket-actions-container', '[data-test-id="conversation-status"]'],
  composer: [
    '.rich-editor .fr-element.fr-view[contenteditable="true"]',
    '.rich-editor [contenteditable="true"]',
    '.fr-element[contenteditable="true"]',
  ],
} as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Freshdesk's `time-info` label, e.g. "Tue, 3 Nov 2026 at 9:41 AM" or "November 3, 2026 9:41 AM", as
 * local ISO 8601 without an offset (the page does not say which zone it shows).
 */
export function freshdeskTime(label: string | null | undefined): string | undefined {
  if (!label) return undefined;
  const dayFirst = label.match(/(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})\D+(\d{1,2}):(\d{2})\s*([AP]M)?/i);
  const monthFirst = label.match(/([A-Za-z]{3})[a-z]* (\d{1,2}),? (\d{4})\D+(\d{1,2}):(\d{2})\s*([AP]M)?/i);
  const parts = dayFirst
    ? { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3], hour: dayFirst[4], minute: dayFirst[5], half: dayFirst[6] }
    : monthFirst
      ? {
          day: monthFirst[2],
          month: monthFirst[1],
          year: monthFirst[3],
          hour: monthFirst[4],
          minute: monthFirst[5],
          half: monthFirst[6],
        }
      : undefined;
  if (!parts) return undefined;
  const month = MONTHS.indexOf(parts.month!.toLowerCase()) + 1;
  if (month === 0) return undefined;
  let hour = Number(parts.hour);
  const half = parts.half?.toUpperCase();
  if (half === 'PM' && hour < 12) hour += 12;
  if (half === 'AM' && hour === 12) hour = 0;
  const pad = (value: number | string) => String(value).padStart(2, '0');
  return `${parts.year}-${pad(month)}-${pad(parts.day!)}T${pad(hour)}:${pad(parts.minute!)}:00`;
}

function roleOf(item: Element): Role {
  const classes = item.classList;
  // A non-agent's reply (a CC'd third party, or the requester) carries `requestor` even when Freshdesk
  // also paints it as a private note; the note class alone means an agent's private note.
  if (classes.contains('ticket-details__requestor')) return 'customer';
  if (classes.contains('ticket-details__privatenote')) return 'note';
  return 'agent';
}

function authorOf(item: Element): string | undefined {
  const element = item.querySelector(SELECTORS.author);
  return textOf(element?.querySelector('b') ?? element);
}

export const freshdeskAdapter: SiteAdapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  hosts: HOSTS,
  matches: (url, doc) =>
    hostIs(url, '*.freshdesk.com') && TICKET_PATH.test(url.pathname) && doc.querySelector(SELECTORS.item) !== null,
  readConversation(doc, url) {
    const pane = firstOf(doc, SELECTORS.pane);
    if (!pane) return null;
    const messages: Message[] = [];
    for (const item of pane.querySelectorAll(SELECTORS.item)) {
      if (item.matches(SELECTORS.notMessage) || item.querySelector(SELECTORS.notMessage)) continue;
      // Items nest in some builds (a wrapper item around the conversation item): read the innermost.
      if (item.querySelector(SELECTORS.item)) continue;
      const body = firstOf(item, SELECTORS.body);
      const text = body ? messageText(withoutMailHistory(body), SELECTORS.chrome) : '';
      if (!text) continue;
      const message: Message = { role: roleOf(item), text };
      const author = authorOf(item);
      if (author) message.author = author;
      const time = freshdeskTime(item.querySelector(SELECTORS.timeInfo)?.getAttribute('aria-label'));
      if (time) message.time = time;
      const id = item.querySelector('[data-note-id]')?.getAttribute('data-note-id') ?? item.getAttribute('data-album');
      if (id) message.id = id;
      messages.push(message);
    }
    return conversationOf('freshdesk', url, messages, {
      subject: textOf(firstOf(doc, SELECTORS.subject)),
      ticketId: url.pathname.match(TICKET_PATH)?.[1],
      customerName: messages.find((message) => message.role === 'customer')?.author,
    });
  },
  findComposer: (doc) => firstOf(doc, SELECTORS.composer) as HTMLElement | null,
};
