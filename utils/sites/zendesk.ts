/**
 * Zendesk Support (`<subdomain>.zendesk.com/agent/tickets/<id>`).
 *
 * Confidence "3rd": Zendesk's agent UI is closed source. The selectors are the ones public
 * userscripts and extensions rely on (read 2026-11): for the Agent Workspace, the `data-test-id`s of
 * the conversation log (`omni-log-*`), the `type` attribute of a message (`end-user`, `agent`,
 * `bot`), the internal-note tag, the header tabs and the per-ticket `…-standard-layout` pane with
 * `data-is-active` (every open ticket tab stays in `main#main_panes`); for the legacy Support UI, the
 * `.workspace` panes (hidden ones carry `display: none`), `.event.is-public` comments with
 * `.user_photo.agent` for agents and newest-first ordering. Not verified against the live app.
 */
import type { Message, Role } from '../conversation/types';
import { conversationOf, firstOf, hostIs, isHidden, isoTime, messageText } from './dom';
import { withoutMailHistory } from './mail';
import { textOf } from './text';
import type { SiteAdapter } from './types';

const HOSTS = ['https://*.zendesk.com/*'];

const TICKET_PATH = /\/agent\/tickets\/(\d+)/;

const WORKSPACE = {
  /** Agent Workspace (2021+, "Polaris"): one layout per open ticket tab; the shown one is active. */
  activeLayout: (id: string) => [
    `[data-test-id="ticket-${id}-standard-layout"][data-is-active="true"]`,
    '[data-test-id$="-standard-layout"][data-is-active="true"]',
  ],
  selectedTab: 'a[data-test-id="header-tab"][data-entity-type="TICKET_ENTITY_TYPE"][data-entity-is-selected="true"]',
  log: '[data-test-id="omni-log-container"]',
  item: 'article[data-test-id="omni-log-comment-item"]',
  message: '[data-test-id="omni-log-item-message"]',
  content: '[data-test-id="omni-log-message-content"]',
  sender: ['[data-test-id="omni-log-item-sender"]', '[data-test-id="omni-log-comment-user-link"]'],
  internalNote: '[data-test-id="omni-log-internal-note-tag"]',
  time: ['time[data-test-id="timestamp-relative"]', 'time[datetime]'],
  subject: ['input[data-test-id="omni-header-subject"]', '[data-test-id="ticket-pane-subject"]'],
  requester: '[data-test-id="ticket-system-field-requester-select"]',
  /** Read receipts, signatures and the "show more" controls inside a message. */
  chrome: ['[data-test-id="convo-log-item-read-indicator"]', '[data-test-id="convo-log-item-delivered-indicator"]', '.signature'],
  composer: [
    '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"][role="textbox"]',
    '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
    '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
    '.ck-editor__editable[contenteditable="true"]',
  ],
} as const;

const LEGACY = {
  /** Legacy Support UI (before the Agent Workspace; still seen on accounts that opted out). */
  workspace: '.workspace',
  conversation: (id: string) => `[data-side-conversations-anchor-id="${id}"]`,
  comment: '.event-container .event',
  body: '.zd-comment',
  author: '.actor .name',
  agentPhoto: '.user_photo.agent',
  subject: '.pane_header input[name="subject"]',
  composer: [
    '.comment_input .zendesk-editor--rich-text-comment[contenteditable="true"]',
    '.comment_input [contenteditable="true"]',
    '.comment_input textarea',
  ],
} as const;

const TYPE_ROLES: Record<string, Role> = { 'end-user': 'customer', agent: 'agent', bot: 'bot', internal: 'note' };

function inputValue(element: Element | null): string | undefined {
  if (!element) return undefined;
  const value = (element as HTMLInputElement).value ?? element.getAttribute('value') ?? element.textContent;
  return value?.trim() || undefined;
}

function activeWorkspaceLayout(doc: Document, url: URL): Element | null {
  const tabId =
    doc.querySelector(WORKSPACE.selectedTab)?.getAttribute('data-entity-id') ?? url.pathname.match(TICKET_PATH)?.[1] ?? '';
  return firstOf(doc, WORKSPACE.activeLayout(tabId));
}

function readWorkspaceItem(item: Element): Message | null {
  const bubble = item.querySelector(WORKSPACE.message);
  const content = bubble?.querySelector(WORKSPACE.content) ?? bubble;
  if (!bubble || !content || bubble.getAttribute('aria-hidden') === 'true') return null;
  const text = messageText(withoutMailHistory(content), WORKSPACE.chrome);
  if (!text) return null;
  const role: Role = item.querySelector(WORKSPACE.internalNote)
    ? 'note'
    : (TYPE_ROLES[bubble.getAttribute('type') ?? ''] ?? 'system');
  const message: Message = { role, text };
  const author = textOf(firstOf(item, WORKSPACE.sender));
  if (author) message.author = author;
  const time = isoTime(firstOf(item, WORKSPACE.time));
  if (time) message.time = time;
  const id = item.getAttribute('data-comment-id') ?? item.id;
  if (id) message.id = id;
  return message;
}

function readWorkspace(layout: Element, url: URL, ticketId: string | undefined) {
  const log = layout.querySelector(WORKSPACE.log) ?? layout;
  const messages = [...log.querySelectorAll(WORKSPACE.item)]
    .map(readWorkspaceItem)
    .filter((message): message is Message => message !== null);
  return conversationOf('zendesk', url, messages, {
    subject: inputValue(firstOf(layout, WORKSPACE.subject)),
    ticketId,
    customerName: textOf(layout.querySelector(WORKSPACE.requester)),
  });
}

function readLegacy(doc: Document, url: URL, ticketId: string | undefined) {
  const shown = [...doc.querySelectorAll(LEGACY.workspace)].filter((workspace) => !isHidden(workspace));
  const workspace = (ticketId && shown.find((candidate) => candidate.querySelector(LEGACY.conversation(ticketId)))) || shown[0];
  if (!workspace) return null;
  const messages: Message[] = [];
  for (const event of workspace.querySelectorAll(LEGACY.comment)) {
    const body = event.querySelector(LEGACY.body);
    const text = body ? messageText(withoutMailHistory(body)) : '';
    if (!text) continue;
    let role: Role;
    if (!event.classList.contains('is-public')) role = 'note';
    else role = event.querySelector(LEGACY.agentPhoto) ? 'agent' : 'customer';
    const message: Message = { role, text };
    const author = textOf(event.querySelector(LEGACY.author));
    if (author) message.author = author;
    const time = isoTime(event.querySelector('time[datetime]'));
    if (time) message.time = time;
    const id = event.getAttribute('data-comment-id') ?? event.querySelector('[data-comment-id]')?.getAttribute('data-comment-id');
    if (id) message.id = id;
    messages.push(message);
  }
  // The legacy UI lists comments newest first (an agent preference): put them oldest first.
  const times = messages.map((message) => Date.parse(message.time ?? ''));
  if (times.length > 1 && times.every((time) => !Number.isNaN(time)) && times[0]! > times.at(-1)!) messages.reverse();
  const customer = messages.find((message) => message.role === 'customer')?.author;
  return conversationOf('zendesk', url, messages, {
    subject: inputValue(workspace.querySelector(LEGACY.subject)),
    ticketId,
    customerName: customer,
  });
}

export const zendeskAdapter: SiteAdapter = {
  id: 'zendesk',
  name: 'Zendesk',
  hosts: HOSTS,
  matches: (url, doc) =>
    hostIs(url, '*.zendesk.com') &&
    url.pathname.startsWith('/agent') &&
    (doc.querySelector(WORKSPACE.item) !== null ||
      doc.querySelector('[data-test-id$="-standard-layout"]') !== null ||
      doc.querySelector(LEGACY.workspace) !== null),
  readConversation(doc, url) {
    const ticketId = url.pathname.match(TICKET_PATH)?.[1];
    const layout = activeWorkspaceLayout(doc, url);
    if (layout) return readWorkspace(layout, url, ticketId);
    if (doc.querySelector(LEGACY.workspace)) return readLegacy(doc, url, ticketId);
    return null;
  },
  findComposer(doc) {
    const layout = doc.querySelector('[data-test-id$="-standard-layout"][data-is-active="true"]');
    if (layout) return firstOf(layout, WORKSPACE.composer) as HTMLElement | null;
    const workspace = [...doc.querySelectorAll(LEGACY.workspace)].find((candidate) => !isHidden(candidate));
    return workspace ? (firstOf(workspace, LEGACY.composer) as HTMLElement | null) : null;
  },
};
