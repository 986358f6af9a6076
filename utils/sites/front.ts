/**
 * Front (app.frontapp.com/open/cnv_…, …/inboxes/…/cnv_…).
 *
 * Confidence: the conversation pane `[data-testid="conversation"]` and Front's styled-components
 * class names (`componentName__StyledPart-sc-hash`, e.g. `attachmentBase__StyledNameDiv`) are what
 * a public Front extension relies on (3rd, unverified). Everything inside the pane is assumed and
 * read through generic signals: one item per message/comment/event with a `data-testid` or a
 * styled-components name that says `message`, `comment` or `activity`; direction words
 * (`inbound`/`outbound`) for customer/agent; Front's internal comments are notes. Quoted history
 * (`blockquote`, Gmail/Outlook quote blocks, "On … wrote:") is cut from e-mail bodies.
 */
import type { Role } from '../conversation/types';
import {
  attributeWords,
  classWords,
  conversationOf,
  emailIn,
  firstVisible,
  hostIs,
  messageText,
  outermost,
  roleFromWords,
  settleRoles,
  textAt,
  timeIn,
  visibleAll,
  type DraftMessage,
} from './dom';
import type { SiteAdapter } from './types';

const HOSTS = ['https://app.frontapp.com/*', 'https://*.frontapp.com/*'];

const SELECTORS = {
  /** The open conversation; Front keeps recently opened ones mounted but hidden. */
  conversation: ['[data-testid="conversation"]', '[class*="conversationView__"]'],
  item: [
    '[data-testid^="message-"], [data-testid^="comment-"], [data-testid^="activity-"]',
    '[class*="messageItem__"], [class*="commentItem__"], [class*="activityItem__"]',
  ],
  body: ['[data-testid="message-body"]', '[data-testid="comment-body"]', '[class*="__StyledBody"]', '[class*="__StyledContent"]'],
  author: [
    '[data-testid="message-author"]',
    '[data-testid="comment-author"]',
    '[class*="__StyledAuthorName"]',
    '[class*="__StyledAuthor"]',
  ],
  time: ['time[datetime]', '[data-testid$="timestamp"]'],
  itemChrome: ['header', 'time', '[data-testid$="timestamp"]', '[class*="__StyledHeader"]', '[class*="__StyledActions"]'],
  subject: ['[data-testid="conversation-subject"]', '[class*="conversationHeader__StyledSubject"]'],
  contactName: ['[data-testid="contact-name"]', '[class*="contactHeader__StyledName"]'],
  contactHandle: ['[data-testid="contact-handle"]', '[class*="contactHeader__StyledHandle"]', 'a[href^="mailto:"]'],
  composer: [
    '[data-testid="composer"] [contenteditable="true"]',
    '[class*="composer__"] [contenteditable="true"]',
    '.ProseMirror[contenteditable="true"]',
  ],
} as const;

function roleOf(item: Element): Role | undefined {
  const words = new Set([...classWords(item), ...attributeWords(item)]);
  if (words.has('comment')) return 'note';
  if (words.has('activity')) return 'system';
  return roleFromWords(words);
}

export const frontAdapter: SiteAdapter = {
  id: 'front',
  name: 'Front',
  hosts: HOSTS,
  matches: (url, doc) =>
    hostIs(url, '*.frontapp.com', 'app.frontapp.com') &&
    doc.querySelector('[data-testid="conversation"], [class*="__Styled"]') !== null,
  readConversation(doc, url) {
    const pane = firstVisible(doc, SELECTORS.conversation);
    if (!pane) return null;
    const drafts: DraftMessage[] = [];
    for (const item of outermost(visibleAll(pane, SELECTORS.item))) {
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
      const id =
        item.getAttribute('data-message-id') ?? item.getAttribute('data-testid')?.replace(/^(message|comment|activity)-/, '');
      if (id) draft.id = id;
      drafts.push(draft);
    }
    const customerName = textAt(pane.parentElement ?? doc, SELECTORS.contactName) ?? textAt(doc, SELECTORS.contactName);
    const handle = firstVisible(doc, SELECTORS.contactHandle);
    const customerEmail = emailIn(handle?.getAttribute('href') ?? handle?.textContent ?? undefined);
    return conversationOf('front', url, settleRoles(drafts, { customerName }), {
      subject: textAt(pane, SELECTORS.subject) ?? textAt(doc, SELECTORS.subject),
      ticketId: url.pathname.match(/\b(cnv_[a-z0-9]+)/i)?.[1],
      customerName,
      customerEmail,
    });
  },
  findComposer: (doc) => {
    const pane = firstVisible(doc, SELECTORS.conversation);
    return (firstVisible(pane ?? doc, SELECTORS.composer) ?? firstVisible(doc, SELECTORS.composer)) as HTMLElement | null;
  },
};
