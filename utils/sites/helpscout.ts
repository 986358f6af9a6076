/**
 * Help Scout mailbox (secure.helpscout.net/conversation/<id>/<number>, app.helpscout.com).
 *
 * Confidence "3rd", unverified against the live app:
 * - Legacy UI: `article.thread.customer#thread-<id>` with the body in
 *   `section.js-thread-content … section.messageBody` and a `section.threadHeader` (a public
 *   thread-hiding extension and a click-to-copy userscript rely on these), the thread list in
 *   `#tkContent`, the customer's name in `.c-profile__name`. Assumed: agent replies, notes and
 *   line items are `article.thread` with the class words `message`, `note`, `lineitem`.
 * - 2023+ React UI: `ol[aria-label="Thread Items"]` with one `li > div[id^="thread-"]` per thread,
 *   the author in `span[data-nocollapse="true"]`, the editor `[data-cy="ConvoEditor"]` (a Slate
 *   editor) — selectors a public assistant extension relies on. Assumed: the thread item's
 *   `aria-label` names its kind ("Customer reply", "User reply", "Note", "Line item").
 * Roles come from those class words / labels, never from layout; quoted e-mail history is cut.
 */
import type { Role } from '../conversation/types';
import {
  classWords,
  conversationOf,
  emailIn,
  firstVisible,
  hostIs,
  messageText,
  settleRoles,
  textAt,
  timeIn,
  visibleAll,
  type DraftMessage,
} from './dom';
import type { SiteAdapter } from './types';

const HOSTS = ['https://secure.helpscout.net/*', 'https://app.helpscout.com/*'];

const SELECTORS = {
  /** 2023+ React UI first, then the legacy jQuery UI. */
  thread: ['[data-testid="ThreadContainer"]', 'ol[aria-label="Thread Items"]', '#tkContent', '.c-thread-list'],
  item: ['li > div[id^="thread-"]', 'article.thread'],
  body: ['[data-testid="ThreadBody"]', '.thread-content', 'section.messageBody', '.messageBody'],
  author: ['span[data-nocollapse="true"]', '.threadHeader .author', '.threadHeader strong', '.meta .name'],
  time: ['time[datetime]', 'abbr[title]', '[data-timestamp]'],
  /** Header and actions inside a thread item, dropped when the body has to be the item itself. */
  itemChrome: ['header', 'time', '.threadHeader', '[data-testid="ThreadHeader"]', '.thread-actions', 'nav'],
  subject: ['[data-testid="ConversationSubject"]', '[data-cy="ConversationSubject"]', '#subjectLine', 'h1.subject'],
  customerName: ['[data-cy="customer-sidebar"] .c-profile__name', '.c-profile__name', '.c-customer-name'],
  customerEmail: [
    '[data-cy="customer-sidebar"] a[href^="mailto:"]',
    '.c-conversation-sidebar a[href^="mailto:"]',
    '.c-profile a[href^="mailto:"]',
  ],
  /** The signed-in user (Help Scout calls agents "users"), for calibration. */
  currentUser: ['[data-cy="current-user"]', '.current-user', '.c-avatar__name'],
  composer: [
    '[data-cy="ConvoEditor"] [contenteditable="true"]',
    '[data-cy="ConvoEditor"][contenteditable="true"]',
    '[role="textbox"][aria-label="Reply Editor"]',
    '.redactor_editor[contenteditable="true"]',
    '.editor-container [contenteditable="true"]',
  ],
} as const;

/** Kinds of thread by the words Help Scout uses in classes and labels. */
function roleOf(item: Element): Role | undefined {
  const label = (item.getAttribute('aria-label') ?? '').toLowerCase();
  const words = new Set([...classWords(item), ...label.split(/[^a-z]+/).filter(Boolean)]);
  if (words.has('note')) return 'note';
  if (words.has('lineitem') || label.includes('line item') || words.has('activity')) return 'system';
  if (words.has('workflow') || words.has('bot') || words.has('ai')) return 'bot';
  if (words.has('customer')) return 'customer';
  if (words.has('message') || words.has('user') || words.has('reply') || words.has('forward')) return 'agent';
  return undefined;
}

export const helpscoutAdapter: SiteAdapter = {
  id: 'helpscout',
  name: 'Help Scout',
  hosts: HOSTS,
  matches: (url, doc) => hostIs(url, 'secure.helpscout.net', 'app.helpscout.com') && firstVisible(doc, SELECTORS.thread) !== null,
  readConversation(doc, url) {
    const thread = firstVisible(doc, SELECTORS.thread);
    if (!thread) return null;
    const drafts: DraftMessage[] = [];
    for (const item of visibleAll(thread, SELECTORS.item)) {
      const body = firstVisible(item, SELECTORS.body);
      const text = body ? messageText(body) : messageText(item, SELECTORS.itemChrome);
      if (!text) continue;
      const draft: DraftMessage = { text };
      const role = roleOf(item);
      if (role) draft.role = role;
      const author = textAt(item, SELECTORS.author);
      if (author) draft.author = author;
      const time = timeIn(item, SELECTORS.time);
      if (time) draft.time = time;
      const id = item.id.replace(/^thread-/, '');
      if (id) draft.id = id;
      drafts.push(draft);
    }
    // Help Scout threads are listed newest first; the conversation is read oldest first.
    const first = drafts[0]?.time;
    const last = drafts.at(-1)?.time;
    if (first && last && first > last) drafts.reverse();
    const customerName = textAt(doc, SELECTORS.customerName);
    const customerEmail = emailIn(firstVisible(doc, SELECTORS.customerEmail)?.getAttribute('href') ?? undefined);
    const agentName = textAt(doc, SELECTORS.currentUser);
    return conversationOf('helpscout', url, settleRoles(drafts, { agentName, customerName }), {
      subject: textAt(doc, SELECTORS.subject),
      ticketId: url.pathname.match(/\/conversation\/\d+\/(\d+)/)?.[1],
      customerName,
      customerEmail,
    });
  },
  findComposer: (doc) => firstVisible(doc, SELECTORS.composer) as HTMLElement | null,
};
