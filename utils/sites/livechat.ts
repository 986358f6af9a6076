/**
 * LiveChat agent app (my.livechatinc.com/chats/<chat>/<thread>, my.livechat.com).
 *
 * Confidence "3rd", unverified against the live app. Public userscripts rely on: the chat list
 * `li[data-testid="chat-item-<chat id>"]` (the open one `aria-selected="true"`), the message list
 * `[data-test="messages-list"]`, a sender element in each message group whose `data-testid` says
 * `customer…` or `agent…` (with `…attachment…` for files), message text marked `fs-mask`, the
 * composer `[data-testid="message-input"]`, the typing indicator `[data-test="typing-indicator"]`
 * and the sneak peek `[data-testid="sneak-peek-text"]` (what the customer is typing, not a
 * message). Class names are generated (`css-…`) and are never used. Assumed: system events and
 * internal notes carry `system`/`event` and `note`/`whisper` in the same `data-testid`.
 */
import type { Role } from '../conversation/types';
import {
  attributeWords,
  conversationOf,
  firstVisible,
  hostIs,
  isoTime,
  messageText,
  roleFromWords,
  settleRoles,
  textAt,
  visibleAll,
  type DraftMessage,
} from './dom';
import { textOf } from './text';
import type { SiteAdapter } from './types';

const HOSTS = ['https://my.livechatinc.com/*', 'https://my.livechat.com/*'];

const SELECTORS = {
  list: ['[data-test="messages-list"]', '[data-testid="messages-list"]'],
  text: '[data-testid="message-text"], .fs-mask',
  /** Not messages: what the customer is typing right now, and the typing dots. */
  notMessage: '[data-testid="sneak-peek-text"], [data-test="typing-indicator"], [data-testid="typing-indicator"]',
  /** Events that stand alone in the list (chat started, transferred, archived). */
  event: '[data-testid="system-message"], [data-testid="event-message"], [data-testid*="system-event"]',
  /** The element of a message group that names who sent it. */
  sender:
    '[data-testid*="customer"], [data-testid*="agent"], [data-testid*="system"], [data-testid*="event"], [data-testid*="bot"], [data-testid*="note"], [data-testid*="whisper"]',
  author: '[data-testid="message-author"], [data-testid="author-name"]',
  time: 'time[datetime], [data-testid="message-time"][title]',
  selectedChat: 'li[data-testid^="chat-item-"][aria-selected="true"]',
  customerName: ['[data-testid="customer-details-name"]', '[data-testid="visitor-name"]'],
  customerEmail: ['[data-testid="customer-details-email"]', '[data-testid="visitor-email"]'],
  composer: ['[data-testid="message-input"]', 'textarea[data-testid="message-input"]'],
} as const;

function roleOf(sender: Element | null): Role | undefined {
  if (!sender) return undefined;
  const words = attributeWords(sender);
  if (words.has('whisper')) return 'note';
  return roleFromWords(words);
}

/** The message group a text belongs to: the nearest ancestor that contains a sender element. */
function senderOf(text: Element, list: Element): Element | null {
  for (let node = text.parentElement; node && node !== list; node = node.parentElement) {
    if (node.matches(SELECTORS.sender)) return node;
    const sender = node.querySelector(SELECTORS.sender);
    if (sender) return sender;
  }
  return null;
}

/** The time of the message a text belongs to: the closest `time` going up, within its group. */
function timeNear(text: Element, group: Element): string | undefined {
  const own = isoTime(text.querySelector(SELECTORS.time));
  if (own) return own;
  for (let node = text.parentElement; node; node = node.parentElement) {
    const time = isoTime(node.querySelector(SELECTORS.time));
    if (time) return time;
    if (node === group) break;
  }
  return undefined;
}

export const livechatAdapter: SiteAdapter = {
  id: 'livechat',
  name: 'LiveChat',
  hosts: HOSTS,
  matches: (url, doc) =>
    hostIs(url, 'my.livechatinc.com', 'my.livechat.com') && /^\/(chats|archives)\b/.test(url.pathname) && doc.body !== null,
  readConversation(doc, url) {
    const list = firstVisible(doc, SELECTORS.list);
    if (!list) return null;
    const drafts: DraftMessage[] = [];
    for (const text of visibleAll(list, `${SELECTORS.text}, ${SELECTORS.event}`)) {
      if (text.closest(SELECTORS.notMessage) || text.parentElement?.closest(`${SELECTORS.text}, ${SELECTORS.event}`)) continue;
      const isEvent = text.matches(SELECTORS.event);
      if (isEvent && text.querySelector(SELECTORS.text)) continue;
      const value = messageText(text, ['time']);
      if (!value) continue;
      const sender = isEvent ? text : senderOf(text, list);
      const draft: DraftMessage = { text: value };
      const role = roleOf(sender);
      if (role) draft.role = role;
      const group = sender?.parentElement;
      const author = textOf(group?.querySelector(SELECTORS.author));
      if (author) draft.author = author;
      const time = timeNear(text, group ?? list);
      if (time) draft.time = time;
      const id = text.closest('[data-message-id]')?.getAttribute('data-message-id');
      if (id) draft.id = id;
      drafts.push(draft);
    }
    const chatItem = doc.querySelector(SELECTORS.selectedChat);
    const chatId =
      url.pathname.match(/^\/(?:chats|archives)\/([^/]+)/)?.[1] ??
      chatItem?.getAttribute('data-testid')?.replace('chat-item-', '');
    const customerName = textAt(doc, SELECTORS.customerName);
    return conversationOf('livechat', url, settleRoles(drafts, { customerName }), {
      ticketId: chatId,
      customerName,
      customerEmail: textAt(doc, SELECTORS.customerEmail),
    });
  },
  findComposer: (doc) => firstVisible(doc, SELECTORS.composer) as HTMLElement | null,
};
