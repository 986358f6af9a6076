/**
 * HubSpot conversations inbox (`app.hubspot.com/live-messages/<portal>/inbox/<thread>`) and help
 * desk (`app.hubspot.com/help-desk/<portal>/…/thread/<thread>`).
 *
 * Confidence "3rd", partial: HubSpot is closed source. Attested in public scripts (a Selenium
 * inbox bot, Clockify's HubSpot integration, read 2026-11): the message column
 * (`CommonMessage__StyledContentColumn-…` styled-component class), its body
 * `[data-test-id="primary-message-body-content"]`, the "from" party `dt[data-message-metadata-type="from"]`,
 * the subject `[data-test-id="sticky-subject-header"]`, the contact card
 * `.customer-data-sidebar--highlight`, the `#reply-editor` ProseMirror composer. Not attested, so read
 * loosely: the sender-name element and the internal-comment marker (any class or test-id word
 * "comment"). Roles are calibrated: the "from" address or sender name against the contact's, then
 * the signed-in user's own name for the agent's messages.
 */
import type { Role } from '../conversation/types';
import {
  conversationOf,
  cueWords,
  emailIn,
  firstOf,
  firstVisible,
  hostIs,
  isoTime,
  messageText,
  roleFromWords,
  settleRoles,
  type DraftMessage,
} from './dom';
import { withoutMailHistory } from './mail';
import { textOf } from './text';
import type { SiteAdapter } from './types';

const HOSTS = ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'];

const THREAD_PATH = /\/(?:live-messages|help-desk)\/\d+\/.*?(?:inbox|thread)\/(\d+)/;

const SELECTORS = {
  /** 2022+ React inbox (styled-components: class names keep the component name before the hash). */
  message: '[class*="CommonMessage__StyledContentColumn"]',
  body: '[data-test-id="primary-message-body-content"]',
  from: 'dt[data-message-metadata-type="from"]',
  author: ['[data-test-id="message-sender-name"]', '[class*="SenderName"]', '[class*="StyledSender"]'],
  time: 'time[datetime]',
  subject: ['[data-test-id="sticky-subject-header"]', '[data-test-id="thread-subject"]'],
  contactName: ['.customer-data-sidebar--highlight .private-truncated-string__inner', '[data-test-id="contact-name"]'],
  contactEmail: '.customer-data-sidebar a[href^="mailto:"]',
  /** The signed-in user, for calibrating the agent's own messages. */
  userName: ['[data-test-id="navigation-account-menu"] [data-test-id="user-name"]', '#navSetting [data-test-id="user-name"]'],
  /** Quoted e-mail history behind the "…" button, and the parties block. */
  chrome: ['[data-icon-name="ellipses"]', 'dl', '[data-test-id="message-metadata"]'],
  composer: [
    '#reply-editor .ProseMirror[contenteditable="true"]',
    '[data-test-id="reply-editor"] [contenteditable="true"]',
    '.ProseMirror[contenteditable="true"]',
  ],
} as const;

function explicitRole(column: Element, contactEmail: string | undefined): Role | undefined {
  const words = cueWords(column.parentElement, column);
  if (words.has('comment') || words.has('internal')) return 'note';
  const from = emailIn(textOf(column.querySelector(SELECTORS.from)));
  if (from && contactEmail) return from.toLowerCase() === contactEmail.toLowerCase() ? 'customer' : 'agent';
  return roleFromWords(words);
}

export const hubspotAdapter: SiteAdapter = {
  id: 'hubspot',
  name: 'HubSpot inbox',
  hosts: HOSTS,
  matches: (url, doc) =>
    hostIs(url, 'app.hubspot.com', 'app-eu1.hubspot.com') &&
    THREAD_PATH.test(url.pathname) &&
    doc.querySelector(SELECTORS.body) !== null,
  readConversation(doc, url) {
    const contactName = textOf(firstOf(doc, SELECTORS.contactName));
    const contactEmail = emailIn(textOf(doc.querySelector(SELECTORS.contactEmail)));
    const drafts: DraftMessage[] = [];
    for (const column of doc.querySelectorAll(SELECTORS.message)) {
      const body = column.querySelector(SELECTORS.body);
      const text = body ? messageText(withoutMailHistory(body), SELECTORS.chrome) : '';
      if (!text) continue;
      const draft: DraftMessage = { text };
      const role = explicitRole(column, contactEmail);
      if (role) draft.role = role;
      const author = textOf(firstOf(column, SELECTORS.author));
      if (author) draft.author = author;
      const time = isoTime(column.querySelector(SELECTORS.time));
      if (time) draft.time = time;
      const id = column.closest('[data-message-id]')?.getAttribute('data-message-id');
      if (id) draft.id = id;
      drafts.push(draft);
    }
    if (!drafts.length) return null;
    const agentName = textOf(firstOf(doc, SELECTORS.userName));
    const messages = settleRoles(drafts, { customerName: contactName, agentName }).map((message, index) =>
      // Without any cue, a named sender who is not the contact is a teammate.
      drafts[index]!.role === undefined && message.author && message.author !== contactName && message.role === 'customer'
        ? { ...message, role: 'agent' as const }
        : message,
    );
    return conversationOf('hubspot', url, messages, {
      subject: textOf(firstVisible(doc, SELECTORS.subject)),
      ticketId: url.pathname.match(THREAD_PATH)?.[1],
      customerName: contactName,
      customerEmail: contactEmail,
    });
  },
  findComposer: (doc) => firstVisible(doc, SELECTORS.composer) as HTMLElement | null,
};
