/**
 * tawk.to dashboard (dashboard.tawk.to/#/chat, …/#/inbox/<property>/…).
 *
 * Confidence "3rd", unverified against the live app. Public userscripts rely on: the message area
 * `.tawk-smooth-scroll` (one per chat; chats opened earlier stay in the DOM, invisible), one block
 * per entry `[id^="blockId-"]`, system lines `.tawk-log-message-text`, message bubbles
 * `.tawk-message`, the sender label `.tawk-text-grey-2.tawk-text-regular-1` (absent on unnamed
 * visitors), `.tawk-time`, the chat list `.tawk-chat-item` (`.focused` is open), the signed-in
 * agent's name `span.tawk-margin-left.tawk-margin-right.tawk-text-truncate`, the composer
 * `div.tawk-message-input[contenteditable="true"]` and the contact card
 * `.tawk-contact-details-card`. No role classes are known: roles come from class words when there
 * are any (`agent`, `visitor`, `whisper`), else from the agent's own name on their messages, and the
 * side those messages sit on calibrates the rest. Assumed: hidden chats carry `tawk-hidden` or an
 * inline `display: none`; the contact card's fields are inputs named `name` and `email`.
 */
import {
  conversationOf,
  cueWords,
  emailIn,
  isHidden,
  hostIs,
  isoTime,
  messageText,
  roleFromWords,
  settleRoles,
  sideFromWords,
  textAt,
  type DraftMessage,
} from './dom';
import { textOf } from './text';
import type { SiteAdapter } from './types';

const HOSTS = ['https://dashboard.tawk.to/*'];

const SELECTORS = {
  scroll: '.tawk-smooth-scroll',
  block: '[id^="blockId-"]',
  log: '.tawk-log-message-text',
  message: '.tawk-message',
  author: '.tawk-text-grey-2.tawk-text-regular-1',
  time: 'time[datetime], .tawk-time[title], .tawk-time[data-time]',
  ownName: 'span.tawk-margin-left.tawk-margin-right.tawk-text-truncate',
  focusedChat: '.tawk-chat-item.focused .tawk-chat-item-content .tawk-text-truncate',
  contactCard: '.tawk-contact-details-card',
  composer: [
    'div.tawk-message-input[contenteditable="true"]',
    '.tawk-border-remove.tawk-message-input.tawk-input-field',
    '.tawk-message-input-header ~ [contenteditable="true"]',
  ],
} as const;

/** Hidden in tawk.to: attribute, inline style, or its own utility class. */
function tawkHidden(element: Element): boolean {
  return isHidden(element) || element.closest('.tawk-hidden') !== null;
}

function visibleScroll(doc: Document): Element | null {
  return (
    [...doc.querySelectorAll(SELECTORS.scroll)].find((scroll) => !tawkHidden(scroll) && scroll.querySelector(SELECTORS.block)) ??
    null
  );
}

function fieldValue(card: Element | null, name: string): string | undefined {
  const input = card?.querySelector(`input[name="${name}"]`);
  return input?.getAttribute('value')?.trim() || undefined;
}

/** The elements between a bubble and its block, where tawk.to puts alignment classes. */
function ancestorsWithin(element: Element | undefined, block: Element): Element[] {
  const chain: Element[] = [];
  for (let node = element?.parentElement; node && node !== block; node = node.parentElement) chain.push(node);
  return chain;
}

export const tawktoAdapter: SiteAdapter = {
  id: 'tawkto',
  name: 'tawk.to',
  hosts: HOSTS,
  matches: (url, doc) => hostIs(url, 'dashboard.tawk.to') && doc.querySelector('[class*="tawk-"]') !== null,
  readConversation(doc, url) {
    const scroll = visibleScroll(doc);
    if (!scroll) return null;
    const drafts: DraftMessage[] = [];
    for (const block of scroll.querySelectorAll(SELECTORS.block)) {
      if (tawkHidden(block)) continue;
      const id = block.id.replace(/^blockId-/, '') || undefined;
      const log = block.querySelector(SELECTORS.log);
      if (log) {
        const text = messageText(log);
        if (text) drafts.push({ role: 'system', text, ...(id && { id }) });
        continue;
      }
      const bubbles = [...block.querySelectorAll(SELECTORS.message)].filter((bubble) => !tawkHidden(bubble));
      const author = textOf(block.querySelector(SELECTORS.author));
      const words = cueWords(block, ...ancestorsWithin(bubbles[0], block));
      const role = roleFromWords(words);
      const side = sideFromWords(words);
      bubbles.forEach((bubble, index) => {
        const text = messageText(bubble);
        if (!text) return;
        const draft: DraftMessage = { text };
        if (role) draft.role = role;
        if (side) draft.side = side;
        if (author) draft.author = author;
        const time = isoTime(block.querySelector(SELECTORS.time));
        if (time) draft.time = time;
        if (id) draft.id = bubbles.length > 1 ? `${id}-${index + 1}` : id;
        drafts.push(draft);
      });
    }
    const card = [...doc.querySelectorAll(SELECTORS.contactCard)].find((element) => !tawkHidden(element)) ?? null;
    const customerName = fieldValue(card, 'name') ?? textOf(doc.querySelector(SELECTORS.focusedChat));
    const agentName = textAt(doc, SELECTORS.ownName);
    return conversationOf('tawkto', url, settleRoles(drafts, { agentName, customerName }), {
      customerName,
      customerEmail: emailIn(fieldValue(card, 'email')),
    });
  },
  findComposer: (doc) =>
    ([...doc.querySelectorAll(SELECTORS.composer.join(', '))].find((element) => !tawkHidden(element)) ??
      null) as HTMLElement | null,
};
