/**
 * Udesk agent workbench (<tenant>.udesk.cn/entry/im, also *.s2.udesk.cn, *.udeskglobal.com).
 *
 * Confidence "3rd" for the shell, "url" for the message markup; unverified against the live app.
 * Public userscripts rely on: Ant Design with the prefix `udesk-webapp-ts-react-` (older pages
 * `udesk-webapp-react-`), CSS-module class names with a hash after `___` (`robot-img-span___v57nc`),
 * the IM log container `#logsWrapper` (a script reads the chat log from its React props), the
 * customer panel's `.control-label[title]` fields. The message items inside `#logsWrapper` are
 * assumed: CSS-module names whose part before `___` says `message-item`, with `customer` / `agent`
 * / `robot` / `system` / `note` words, read through `classWords` (hash-insensitive). The side class
 * words, if any, are calibrated with the signed-in agent's own messages.
 */
import {
  conversationOf,
  draftOf,
  cueWords,
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

const HOSTS = ['https://*.udesk.cn/*', 'https://*.udeskglobal.com/*'];

const SELECTORS = {
  /** The open session's log; inactive sessions' logs stay mounted but hidden. */
  log: ['#logsWrapper', '[class*="logs-wrapper___"]', '[class*="im-logs___"]'],
  item: ['[class*="message-item___"]', '[class*="msg-item___"]', '[class*="log-item___"]'],
  content: ['[class*="message-content___"]', '[class*="msg-content___"]', '[class*="content___"]'],
  sender: ['[class*="sender-name___"]', '[class*="message-sender___"]', '[class*="nick-name___"]'],
  time: ['[class*="message-time___"]', '[class*="send-time___"]', 'time'],
  itemChrome: [
    '[class*="message-time___"]',
    '[class*="send-time___"]',
    '[class*="sender-name___"]',
    '[class*="avatar___"]',
    '[class*="read-status___"]',
  ],
  activeSession: ['[class*="session-item___"][class*="active___"]', '[class*="session-item___"][aria-selected="true"]'],
  customerName: ['[class*="customer-name___"]', '.control-label[title="客户名称"] + *', '.control-label[title="姓名"] + *'],
  customerEmail: ['.control-label[title="邮箱"] + *', '.control-label[title="客户邮箱"] + *'],
  ownName: ['[class*="agent-name___"]', '[class*="user-name___"]'],
  composer: [
    '[class*="im-editor___"] [contenteditable="true"]',
    '[class*="editor___"] [contenteditable="true"]',
    '[class*="im-editor___"] textarea',
    '.udesk-webapp-ts-react-input-textarea textarea',
  ],
} as const;

export const udeskAdapter: SiteAdapter = {
  id: 'udesk',
  name: 'Udesk',
  hosts: HOSTS,
  matches: (url, doc) =>
    hostIs(url, '*.udesk.cn', '*.udeskglobal.com') &&
    /^\/entry\//.test(url.pathname) &&
    doc.querySelector('[class*="udesk-webapp-"], #logsWrapper') !== null,
  readConversation(doc, url) {
    const log = firstVisible(doc, SELECTORS.log);
    if (!log) return null;
    const drafts: DraftMessage[] = [];
    for (const item of outermost(visibleAll(log, SELECTORS.item))) {
      const draft = draftOf(item, {
        content: SELECTORS.content,
        chrome: SELECTORS.itemChrome,
        words: cueWords,
        role: roleFromWords,
        author: SELECTORS.sender,
        time: SELECTORS.time,
        ids: ['data-id', 'data-message-id'],
      });
      if (draft) drafts.push(draft);
    }
    const session = firstVisible(doc, SELECTORS.activeSession);
    const customerName = textAt(doc, SELECTORS.customerName) ?? textOf(session?.querySelector('[class*="name___"]'));
    const email = textAt(doc, SELECTORS.customerEmail);
    return conversationOf('udesk', url, settleRoles(drafts, { customerName, agentName: textAt(doc, SELECTORS.ownName) }), {
      ticketId:
        log.getAttribute('data-session-id') ??
        session?.getAttribute('data-id') ??
        url.pathname.match(/\/ticket\/detail\/(\d+)/)?.[1],
      customerName,
      customerEmail: email && /@/.test(email) ? email : undefined,
    });
  },
  findComposer: (doc) => firstVisible(doc, SELECTORS.composer) as HTMLElement | null,
};
