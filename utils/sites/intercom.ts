/**
 * Intercom inbox (`app.intercom.com/a/inbox/<app>/inbox/…/conversation/<id>`; older links under
 * `/a/apps/<app>/inbox/…` and on `app.intercom.io`).
 *
 * Confidence "3rd": Intercom is closed source. The selectors are those of public userscripts and
 * extensions (2019–2023) for the Ember inbox: `.conversation__stream` holding one
 * `.conversation__bubble-container` per part, `o__user-comment` for the customer and `o__admin-…`
 * for teammates, `.conversation__text` for the body, `.conversation__bubble__meta` for the footer,
 * the profile's `data-attribute="Email"` row and the `.embercom-prosemirror-composer-editor`
 * (the note composer adds `o__note`). The note, bot and event modifiers are read as class words
 * (`note`, `bot`/`operator`, `event`) rather than exact names, because they are not attested; the
 * 2024 inbox redesign is not verified at all.
 */
import type { Message, Role } from '../conversation/types';
import { classWords, conversationOf, emailIn, firstOf, firstVisible, hostIs, isoTime, messageText } from './dom';
import { withoutMailHistory } from './mail';
import { textOf } from './text';
import type { SiteAdapter } from './types';

const HOSTS = [
  'https://app.intercom.com/*',
  'https://app.eu.intercom.com/*',
  'https://app.au.intercom.com/*',
  'https://app.intercom.io/*',
];

const CONVERSATION_PATH = /\/conversations?\/(\d+)/;

const SELECTORS = {
  /** Ember inbox (2019–2023): the open conversation's stream. */
  stream: ['.conversation__stream'],
  part: '.conversation__bubble-container, .conversation__event',
  text: ['.conversation__text', '.conversation__bubble'],
  meta: '.conversation__bubble__meta',
  /** The sender's avatar (a teammate's photo or the customer's). */
  author: '.avatar img[alt]',
  time: 'time[datetime], [data-timestamp], .timestamp[title]',
  profileName: '.profile-sidebar-section__current-profile div[data-attribute="Name"] .attribute__value-label',
  profileEmail: 'div[data-attribute="Email"] .attribute__value-label',
  composer: [
    '.inbox__conversation-controls .embercom-prosemirror-composer-editor[contenteditable="true"]',
    '.embercom-prosemirror-composer-editor[contenteditable="true"]',
  ],
} as const;

function roleOf(part: Element): Role {
  if (part.classList.contains('conversation__event')) return 'system';
  const words = classWords(part);
  for (const bubble of part.querySelectorAll('.conversation__bubble')) for (const word of classWords(bubble)) words.add(word);
  if (words.has('note')) return 'note';
  if (words.has('bot') || words.has('operator')) return 'bot';
  if (part.classList.contains('o__user-comment') || words.has('user')) return 'customer';
  if (words.has('admin')) return 'agent';
  return 'system';
}

function authorOf(part: Element): string | undefined {
  return part.querySelector(SELECTORS.author)?.getAttribute('alt')?.trim() || undefined;
}

export const intercomAdapter: SiteAdapter = {
  id: 'intercom',
  name: 'Intercom',
  hosts: HOSTS,
  matches: (url, doc) =>
    hostIs(url, 'app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com', 'app.intercom.io') &&
    firstOf(doc, SELECTORS.stream) !== null,
  readConversation(doc, url) {
    const stream = firstVisible(doc, SELECTORS.stream);
    if (!stream) return null;
    const messages: Message[] = [];
    for (const part of stream.querySelectorAll(SELECTORS.part)) {
      const role = roleOf(part);
      const body = role === 'system' ? part : firstOf(part, SELECTORS.text);
      const text = body ? messageText(withoutMailHistory(body), [SELECTORS.meta]) : '';
      if (!text) continue;
      const message: Message = { role, text };
      const author = role === 'system' ? undefined : authorOf(part);
      if (author) message.author = author;
      const time = isoTime(part.querySelector(SELECTORS.time));
      if (time) message.time = time;
      const id = part.getAttribute('data-part-id');
      if (id) message.id = id;
      messages.push(message);
    }
    return conversationOf('intercom', url, messages, {
      ticketId: url.pathname.match(CONVERSATION_PATH)?.[1],
      customerName: textOf(doc.querySelector(SELECTORS.profileName)),
      customerEmail: emailIn(textOf(doc.querySelector(SELECTORS.profileEmail))),
    });
  },
  findComposer: (doc) => firstVisible(doc, SELECTORS.composer) as HTMLElement | null,
};
