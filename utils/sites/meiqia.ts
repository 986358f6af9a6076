/**
 * Meiqia 美洽 agent workbench (app.meiqia.com/chat, …/chat/<conversation>).
 *
 * Confidence "url": only the URL is known; no public script that reads the workbench's DOM was
 * found. The adapter reads generic signals, in this order: the visible conversation region
 * (`[role="log"]`, or an element whose class words say `message list` / `chat body`); items carrying
 * a message id (`data-message-id`, `data-msg-id`, `data-id`) or `role="listitem"`; who wrote each from
 * data attributes (`data-from-type`, `data-sender`, `data-role`) and class words (`client` /
 * `visitor` / `customer`, `agent`, `bot`/`robot`, `system`/`tip`, `note`/`remark`); sides only when
 * calibrated against the signed-in agent's own messages. The fixture reflects that assumed shape
 * (Meiqia's own API calls visitors "client").
 */
import {
  conversationOf,
  draftOf,
  cueWords,
  emailIn,
  firstVisible,
  hostIs,
  outermost,
  roleFromWords,
  settleRoles,
  textAt,
  visibleAll,
  type DraftMessage,
} from './dom';
import type { SiteAdapter } from './types';

const HOSTS = ['https://app.meiqia.com/*'];

const SELECTORS = {
  region: ['[role="log"]', '[class*="message-list"]', '[class*="chat-body"]', '[class*="messages"]'],
  item: ['[data-message-id]', '[data-msg-id]', '[role="listitem"]', '[class*="message-item"]'],
  content: ['[class*="message-content"]', '[class*="msg-content"]', '[class*="bubble"]', '[class*="content"]'],
  author: ['[class*="sender-name"]', '[class*="nickname"]', '[class*="agent-name"]', '[class*="name"]'],
  time: ['time[datetime]', '[data-time]', '[class*="time"][title]'],
  itemChrome: ['time', '[class*="time"]', '[class*="avatar"]', '[class*="status"]', '[class*="name"]'],
  customerName: [
    '[class*="visitor-info"] [class*="visitor-name"]',
    '[class*="client-info"] [class*="name"]',
    '[class*="chat-header"] [class*="visitor-name"]',
  ],
  customerEmail: ['[class*="visitor-info"] [class*="email"]', '[class*="client-info"] [class*="email"]'],
  ownName: ['[class*="current-agent"] [class*="name"]', '[class*="agent-profile"] [class*="name"]'],
  composer: [
    '[class*="chat-editor"] [contenteditable="true"]',
    '[class*="chat-editor"] textarea',
    '[class*="chat-input"] textarea',
    '[contenteditable="true"][role="textbox"]',
  ],
} as const;

/** Meiqia-specific words on top of the shared ones: robots and internal remarks. */
function extraRole(words: Set<string>) {
  if (words.has('remark')) return 'note' as const;
  if (words.has('robot')) return 'bot' as const;
  return roleFromWords(words);
}

export const meiqiaAdapter: SiteAdapter = {
  id: 'meiqia',
  name: 'Meiqia 美洽',
  hosts: HOSTS,
  matches: (url, doc) => hostIs(url, 'app.meiqia.com') && /^\/chat\b/.test(url.pathname) && doc.body !== null,
  readConversation(doc, url) {
    const region = firstVisible(doc, SELECTORS.region);
    if (!region) return null;
    const drafts: DraftMessage[] = [];
    for (const item of outermost(visibleAll(region, SELECTORS.item))) {
      const draft = draftOf(item, {
        content: SELECTORS.content,
        chrome: SELECTORS.itemChrome,
        words: cueWords,
        role: extraRole,
        author: SELECTORS.author,
        time: SELECTORS.time,
        ids: ['data-message-id', 'data-msg-id'],
      });
      if (draft) drafts.push(draft);
    }
    const customerName = textAt(doc, SELECTORS.customerName);
    return conversationOf('meiqia', url, settleRoles(drafts, { customerName, agentName: textAt(doc, SELECTORS.ownName) }), {
      ticketId:
        url.pathname.match(/^\/chat\/(?:conversation\/)?([\w-]+)/)?.[1] ??
        region.getAttribute('data-conversation-id') ??
        undefined,
      customerName,
      customerEmail: emailIn(textAt(doc, SELECTORS.customerEmail)),
    });
  },
  findComposer: (doc) => firstVisible(doc, SELECTORS.composer) as HTMLElement | null,
};
