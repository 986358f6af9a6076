/**
 * NetEase Qiyu 网易七鱼 agent workbench (<corp>.qiyukf.com/chat/…).
 *
 * Confidence "3rd", partly guessed, unverified against the live app. Public userscripts rely on:
 * the session list `.m-chat-sessionlist-item[data-id]` (title in `.truncate`, new-message marker
 * `.bg-ysf-success`), the Quill composer `.ql-editor`, Ant Design/fishd widgets, and message items
 * whose class words say `msg-left` (visitor), `msg-right` (agent) and `msg-sys` / `msg-splitLine` /
 * `msg-cnotify` / `msg-transkefu` / `msg-sessionId` (system lines), `msg-remark` (internal remark,
 * read as a note); text in `.msg-text-content` / `.m-msg-text`; time in `.msg-time`. One of those
 * scripts already hedges over several item class names (`.m-ct-message`, `.m-message-item`,
 * `.u-msg`, `.msg`), so they are all tried. Sides are calibrated with the signed-in agent's own
 * messages before the usual convention (agent on the right) is trusted. Assumed: the active session
 * pane carries the session id and other sessions' panes are hidden.
 */
import type { Role } from '../conversation/types';
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

const HOSTS = ['https://*.qiyukf.com/*'];

const SELECTORS = {
  /** The open session; panes of other sessions may stay mounted but hidden. */
  pane: ['.m-chat-content[data-session-id]', '.m-chat-content', '.m-chat-main'],
  item: ['.m-ct-message', '.m-message-item', '.u-msg', '[data-test="message-item"]', '.msg'],
  text: ['.msg-text-content', '.m-msg-text', '[data-test="content"]', '.msg-text', '.u-msg-text', '.content', '.text'],
  name: ['.msg-name', '.u-msg-name', '.name'],
  time: ['.msg-time', '.u-msg-time', '[data-test="time"]', '.time'],
  itemChrome: ['.msg-time', '.u-msg-time', '.msg-name', '.u-msg-name', '.msg-status', '.avatar', '.msg-avatar'],
  activeSession:
    '.m-chat-sessionlist-item.active, .m-chat-sessionlist-item.selected, .m-chat-sessionlist-item[aria-selected="true"]',
  sessionTitle: '.truncate',
  customerName: ['.m-chat-header .m-visitor-name', '.m-visitor-info .m-visitor-name', '.m-chat-header .truncate'],
  ownName: ['.m-header .m-kefu-name', '.m-kefu-name', '.m-user-name'],
  composer: ['.m-chat-editor .ql-editor[contenteditable="true"]', '.ql-editor[contenteditable="true"]', '.ql-editor'],
} as const;

/** Qiyu's own message classes first (they are specific), then the shared cue words. */
const QIYU_NOTE = /(^|\s)msg-remark(\s|$)/;
const QIYU_SYSTEM = /(^|\s)msg-(sys|splitLine|cnotify|transkefu|sessionId|receiptkefuinfo)(\s|$)/;

function roleOf(item: Element, words: Set<string>): Role | undefined {
  const classes = item.getAttribute('class') ?? '';
  if (QIYU_NOTE.test(classes)) return 'note';
  if (QIYU_SYSTEM.test(classes) || item.querySelector('.sys-text, .m-sys-text')) return 'system';
  if (words.has('robot')) return 'bot';
  return roleFromWords(words);
}

export const qiyuAdapter: SiteAdapter = {
  id: 'qiyu',
  name: 'NetEase Qiyu 七鱼',
  hosts: HOSTS,
  matches: (url, doc) =>
    hostIs(url, '*.qiyukf.com') &&
    /^\/chat\b/.test(url.pathname) &&
    doc.querySelector('.m-chat-sessionlist-item, .m-chat-content, .ql-editor') !== null,
  readConversation(doc, url) {
    const pane = firstVisible(doc, SELECTORS.pane);
    if (!pane) return null;
    const drafts: DraftMessage[] = [];
    for (const item of outermost(visibleAll(pane, SELECTORS.item))) {
      const draft = draftOf(item, {
        content: SELECTORS.text,
        chrome: SELECTORS.itemChrome,
        words: cueWords,
        role: (words, element) => roleOf(element, words),
        author: SELECTORS.name,
        time: SELECTORS.time,
        ids: ['data-id', 'data-msgid'],
      });
      if (draft) drafts.push(draft);
    }
    const session = doc.querySelector(SELECTORS.activeSession);
    const customerName =
      textAt(pane, SELECTORS.customerName) ??
      textAt(doc, SELECTORS.customerName) ??
      textOf(session?.querySelector(SELECTORS.sessionTitle));
    const agentName = textAt(doc, SELECTORS.ownName);
    return conversationOf('qiyu', url, settleRoles(drafts, { agentName, customerName }), {
      ticketId: pane.getAttribute('data-session-id') ?? session?.getAttribute('data-id') ?? undefined,
      customerName,
    });
  },
  findComposer: (doc) => firstVisible(doc, SELECTORS.composer) as HTMLElement | null,
};
