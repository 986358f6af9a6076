/**
 * Chatwoot (app.chatwoot.com, and self-hosted on any domain: recognised by its DOM and routes).
 *
 * Confidence "src": built from Chatwoot's own front-end code (chatwoot/chatwoot, read at the v4.10.0,
 * v4.0.0 and v3.16.0 release commits): `components-next/message/{Message,MessageList,MessageMeta}.vue`
 * and `bubbles/{Base,Activity,Text/Index,Email/Index,Email/EmailMeta}.vue` for the current UI,
 * `components/widgets/conversation/{Message,MessagesView}.vue` and `bubble/{Text,Actions}.vue` for
 * the older one, `ReplyBox.vue` + `WootWriter/Editor.vue` for the editor.
 *
 * Roles never come from the side alone: v4.0 drew only the signed-in agent on the right (other agents
 * on the left, in the same colour), v4.10 draws every outgoing message (agents, notes, bots) on the
 * right. The bubble's colour class names the message variant in every 4.x release, so it decides.
 */
import type { Role } from '../conversation/types';
import {
  conversationOf,
  emailIn,
  firstOf,
  firstVisible,
  hostIs,
  messageText,
  settleRoles,
  textAt,
  type DraftMessage,
  type Side,
} from './dom';
import { withoutMailHistory } from './mail';
import { textOf } from './text';
import type { SiteAdapter } from './types';

const HOSTS = ['https://app.chatwoot.com/*'];

/** `/app/accounts/:account/…/conversations/:id` (inbox, label, team and mention views included). */
const CONVERSATION_PATH = /\/app\/accounts\/\d+\/(?:[^?#]*\/)?conversations\/(\d+)/;

const SELECTORS = {
  /** Every version: the open conversation's message list. */
  panel: 'ul.conversation-panel',
  /** Every version: the app root and the conversation column (self-hosted detection). */
  app: '#app .conversation-details-wrap',

  // 2025+ "components-next" UI (v4.x): one div per message, directly in the list, beside `li` items
  // (spinner, unread badge). Activity lines are centred `[data-bubble-name="activity"]`.
  nextMessage: 'div[data-message-id]',
  nextBubble: '[data-bubble-name]',
  /** E-mail body (vue-letter), else the formatted text; a reply-to preview can also be a clamped prose block. */
  nextText: ['.letter-render', '.prose-bubble:not(.line-clamp-2)'],
  nextActivity: '[data-bubble-name="activity"] span[title]',
  /** Avatar of outgoing messages (v4.10: right; v4.0: beside other agents' messages). */
  nextAvatarImage: '[role="img"] img[alt]',
  /** Delivery ticks (sent / delivered / read / sending): shown on outgoing messages only. */
  nextStatus: '.i-lucide-check, .i-lucide-check-check, [class*="i-lucide-clock-"]',
  /** The e-mail header of an e-mail bubble: "Name <from@…>", To:, Subject:. */
  nextEmailFrom: '[data-bubble-name="email"] > section:first-child > div:first-child',
  /** In-reply-to preview and the translation toggle sit inside the bubble; they are not the message. */
  nextChrome: ['.line-clamp-2', 'time', '.text-xs'],

  // Older UI (v3.x `widgets/conversation/Message.vue`; replaced by components-next in v4.0, 2025-01):
  // `li.left` incoming, `li.right` outgoing, `li.center` activity; `.bubble.is-private`, `.is-from-bot`.
  oldMessage: 'li[id^="message"]',
  oldText: '.message-text__wrap .text-content',
  oldChrome: ['.message-text--metadata', '.show--quoted button', '.hide--quoted button'],

  /** Header of the conversation: the contact's name sits just before the inbox/snooze line. */
  headerActions: '.conversation--header--actions',
  /** Contact panel: e-mail row. */
  contactEmail: 'a[href^="mailto:"]',
  composer: ['.reply-box .ProseMirror[contenteditable="true"]', '.reply-box textarea', '.reply-box [contenteditable="true"]'],
} as const;

/** components-next bubble colour → variant (Base.vue `varaintBaseMap`; v4.0 used n-gray-3 for users). */
const BUBBLE_COLOURS: readonly (readonly [string, Role])[] = [
  ['bg-n-solid-amber', 'note'],
  ['bg-n-solid-iris', 'bot'], // bots and template prompts
  ['bg-n-solid-blue', 'agent'],
  ['bg-n-ruby-4', 'agent'], // an outgoing message that failed to send
  ['bg-n-slate-4', 'customer'],
  ['bg-n-gray-3', 'customer'],
];

function sideOf(element: Element): Side | undefined {
  if (element.classList.contains('justify-end') || element.classList.contains('right-bubble')) return 'right';
  if (element.classList.contains('justify-start') || element.classList.contains('left-bubble')) return 'left';
  return undefined;
}

function readNext(item: Element, customerEmail: string | undefined): DraftMessage | null {
  const id = item.getAttribute('data-message-id') ?? undefined;
  const activity = item.querySelector(SELECTORS.nextActivity);
  if (activity) {
    const text = activity.getAttribute('title')?.trim() || messageText(activity);
    return text ? { role: 'system', text, ...(id && { id }) } : null;
  }
  const bubble = item.querySelector(SELECTORS.nextBubble);
  if (!bubble) return null;
  const body = firstOf(bubble, SELECTORS.nextText) ?? bubble;
  const text = messageText(withoutMailHistory(body), SELECTORS.nextChrome);
  if (!text) return null;

  let role = BUBBLE_COLOURS.find(([colour]) => bubble.classList.contains(colour))?.[1];
  if (bubble.getAttribute('data-bubble-name') === 'email' && bubble.classList.contains('bg-n-gray-3')) {
    // v4.0 painted e-mail grey in both directions: the sender's address, or the delivery tick that
    // only outgoing messages carry, tells them apart; otherwise the sender's name decides later.
    const from = emailIn(textOf(item.querySelector(SELECTORS.nextEmailFrom)));
    if (from && customerEmail) role = from.toLowerCase() === customerEmail.toLowerCase() ? 'customer' : 'agent';
    else role = item.querySelector(SELECTORS.nextStatus) ? 'agent' : undefined;
  }
  const draft: DraftMessage = { text, side: sideOf(item) ?? sideOf(bubble) };
  if (role) draft.role = role;
  const author = item.querySelector(SELECTORS.nextAvatarImage)?.getAttribute('alt')?.trim();
  if (author) draft.author = author;
  if (id) draft.id = id;
  return draft;
}

function readOld(item: Element): DraftMessage | null {
  const body = item.querySelector(SELECTORS.oldText);
  if (!body) return null;
  const text = messageText(body, SELECTORS.oldChrome);
  if (!text) return null;
  const id = item.id.replace(/^message/, '') || undefined;
  const bubble = item.querySelector('.bubble');
  // In this UI the item's class is set from the message type (incoming / outgoing / activity), not
  // from who is looking, so here `left`/`right` are explicit attributes rather than layout.
  let role: Role | undefined;
  if (item.classList.contains('center')) role = 'system';
  else if (bubble?.classList.contains('is-private')) role = 'note';
  else if (bubble?.classList.contains('is-from-bot')) role = 'bot';
  else if (item.classList.contains('right')) role = 'agent';
  else if (item.classList.contains('left')) role = 'customer';
  return { text, ...(role && { role }), ...(id && { id }) };
}

function customerNameOf(doc: Document): string | undefined {
  const actions = doc.querySelector(SELECTORS.headerActions);
  const nameRow = actions?.previousElementSibling;
  return textOf(nameRow?.querySelector('span') ?? nameRow);
}

export const chatwootAdapter: SiteAdapter = {
  id: 'chatwoot',
  name: 'Chatwoot',
  hosts: HOSTS,
  matches: (url, doc) =>
    (hostIs(url, 'app.chatwoot.com') || CONVERSATION_PATH.test(url.pathname)) &&
    (doc.querySelector(SELECTORS.panel) !== null || doc.querySelector(SELECTORS.app) !== null),
  readConversation(doc, url) {
    const panel = firstVisible(doc, SELECTORS.panel);
    if (!panel) return null;
    const customerName = customerNameOf(doc);
    const customerEmail = emailIn(textAt(doc, SELECTORS.contactEmail));
    const drafts: DraftMessage[] = [];
    for (const item of panel.children) {
      const draft = item.matches(SELECTORS.nextMessage)
        ? readNext(item, customerEmail)
        : item.matches(SELECTORS.oldMessage)
          ? readOld(item)
          : null;
      if (draft) drafts.push(draft);
    }
    return conversationOf('chatwoot', url, settleRoles(drafts, { customerName }), {
      ticketId: url.pathname.match(CONVERSATION_PATH)?.[1],
      customerName,
      customerEmail,
    });
  },
  findComposer: (doc) => firstVisible(doc, SELECTORS.composer) as HTMLElement | null,
};
