/**
 * Sobot 智齿 agent workbench (www.sobot.com/chat/admins/…, /chat/admins_new/…).
 *
 * Confidence "src (legacy)": markers read in an old public copy of Sobot's own jQuery/doT workbench
 * code — the visitor list `ul.js-users-list > li[data-uid]` (the open one `.active`, name in
 * `.js-user-name`), the chat pane `#chat` with its scroll box `.scrollBoxParent` and message body
 * `.js-panel-body`, visitor message text `.fl .msg_content` (the code binds clicks there), date lines
 * `.zc-c-chat-date-line-text`, uploaded images `.webchat_img_upload`, the "load more" row
 * `.js-zc-loadmore` and the new-message pill `.zc-newchat-tag`. The doT templates themselves were not
 * found, so the row markup is assumed: one row per message floating `fl` (left) or `fr` (right),
 * with a name, a time and `.msg_content`; robot rows carry a `robot` class word and system rows a
 * `sys`/`tip` one. Sides are never trusted alone: the signed-in agent's name on their own rows
 * calibrates which side is the agent's. The current workbench (2024+) is not verified.
 */
import type { Role } from '../conversation/types';
import {
  classWords,
  conversationOf,
  draftOf,
  firstVisible,
  hostIs,
  outermost,
  roleFromWords,
  settleRoles,
  textAt,
  visibleAll,
  type DraftMessage,
} from './dom';
import { textOf } from './text';
import type { SiteAdapter } from './types';

const HOSTS = ['https://www.sobot.com/*', 'https://*.sobot.com/*', 'https://*.sobot.io/*'];

const SELECTORS = {
  pane: ['#chat .js-panel-body', '#chat'],
  /** Rows: messages float left/right; system and date rows are centred. */
  row: [
    '.js-panel-body > .fl, .js-panel-body > .fr, .js-panel-body > [class*="sys"], .js-panel-body > [class*="tip"]',
    '.msg_item, .zc-c-chat-item',
  ],
  content: ['.msg_content', '.zc-c-chat-msg'],
  name: ['.msg_name', '.zc-c-chat-name', '.name'],
  time: ['time[datetime]', '[data-time]', '.msg_time[title]'],
  rowChrome: ['.msg_name', '.msg_time', '.zc-c-chat-date-line-text', '.js-zc-loadmore', '.zc-newchat-tag'],
  skip: '.js-zc-loadmore, .zc-newchat-tag, .zc-c-chat-date-line, .zc-c-chat-date-line-text',
  activeVisitor: 'ul.js-users-list > li.active',
  visitorName: '.js-user-name',
  ownName: ['.js-admin-name', '.zc-header .admin-name', '.js-service-name'],
  composer: ['#chat textarea.js-textarea', '.js-textarea', '#chat textarea', '#chat [contenteditable="true"]'],
} as const;

function roleOf(words: Set<string>): Role | undefined {
  if (words.has('robot')) return 'bot';
  if (words.has('sys') || words.has('tip') || words.has('system')) return 'system';
  return roleFromWords(words);
}

export const sobotAdapter: SiteAdapter = {
  id: 'sobot',
  name: 'Sobot 智齿',
  hosts: HOSTS,
  matches: (url, doc) =>
    hostIs(url, 'www.sobot.com', '*.sobot.com', '*.sobot.io') &&
    /\/chat\/admins(_new)?\//.test(url.pathname) &&
    doc.querySelector('#chat, .js-users-list') !== null,
  readConversation(doc, url) {
    const pane = firstVisible(doc, SELECTORS.pane);
    if (!pane) return null;
    const drafts: DraftMessage[] = [];
    for (const row of outermost(visibleAll(pane, SELECTORS.row))) {
      if (row.matches(SELECTORS.skip)) continue;
      const draft = draftOf(row, {
        content: SELECTORS.content,
        chrome: SELECTORS.rowChrome,
        words: classWords,
        role: roleOf,
        author: SELECTORS.name,
        time: SELECTORS.time,
        ids: ['data-msgid', 'data-token'],
      });
      if (draft) drafts.push(draft);
    }
    const visitor = doc.querySelector(SELECTORS.activeVisitor);
    const customerName = textOf(visitor?.querySelector(SELECTORS.visitorName));
    return conversationOf('sobot', url, settleRoles(drafts, { customerName, agentName: textAt(doc, SELECTORS.ownName) }), {
      ticketId: visitor?.getAttribute('data-cid') ?? visitor?.getAttribute('data-uid') ?? undefined,
      customerName,
    });
  },
  findComposer: (doc) => firstVisible(doc, SELECTORS.composer) as HTMLElement | null,
};
