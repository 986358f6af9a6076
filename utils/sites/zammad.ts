/**
 * Zammad (hosted `*.zammad.com`, and self-hosted on any domain: recognised by its DOM).
 *
 * Confidence "src": built from Zammad's own front-end code (zammad/zammad, 6.x, read 2025-10).
 * Legacy UI: `app/assets/javascripts/app/controllers/ticket_zoom/article_view.coffee` (the article
 * element and its classes), `views/ticket_zoom/{article_view,article_view_system,title,meta,
 * article_new}.jst.eco`, `views/ticket_zoom.jst.eco`, `lib/app_post/task_manager.coffee` (open
 * tickets stay in the DOM as `#content_permanent_<task>`; the shown one is `.active`).
 * New desktop UI: `app/frontend/apps/desktop/pages/ticket/components/TicketDetailView/{ArticleList,
 * SystemMessage,ArticleReply}.vue`, `ArticleBubble/{ArticleBubble,ArticleBubbleBody}.vue`,
 * `useBubbleStyleGuide.ts`, `TicketDetailTopBar/**`. Production builds strip static `data-test-id`s;
 * only the dynamic `article-bubble-container-<id>` / `article-bubble-body-<id>` are used here.
 *
 * The new UI puts the customer on the RIGHT and agents on the left; roles come from the
 * `Content--customer` / `Content--agent` classes and the striped note frame, never from the side.
 */
import type { Message, Role } from '../conversation/types';
import { conversationOf, emailIn, firstVisible, hostIs, isoTime, messageText } from './dom';
import { withoutMailHistory } from './mail';
import { textOf } from './text';
import type { SiteAdapter } from './types';

const HOSTS = ['https://*.zammad.com/*'];

const LEGACY = {
  /** Legacy (CoffeeScript/Spine) UI, `/#ticket/zoom/<id>`: the shown task among the kept ones. */
  activeTask: ['#app .content.active[id^="content_permanent_TicketZoom-"]', '#app .content.active', '#content .content.active'],
  zoom: '.ticketZoom',
  article: '.ticket-article .ticket-article-item',
  body: '.textBubble-content .richtext-content',
  /** System articles (trigger notifications) have no bubble: `"subject" -> "recipient"`. */
  systemLine: '.task-subline',
  /** First row of the (hidden until clicked) top meta block is the sender. */
  from: '.article-meta.top .article-meta-row .article-meta-value',
  time: 'time[datetime]',
  chrome: ['.textBubble-overflowContainer', '.js-signatureMarker'],
  title: ['.ticketZoom-header .ticket-title-update', '.ticket-title .js-objectTitle'],
  number: ['.ticketZoom-header .ticket-number', '.ticket-number'],
  customerSidebar: '.tabsSidebar .sidebar[data-tab="customer"]',
  composer: ['form.article-add .articleNewEdit-body[contenteditable="true"]', 'form.article-add [contenteditable="true"]'],
} as const;

const DESKTOP = {
  /** New desktop UI (Vue 3, `/desktop/tickets/<id>`): kept-alive tabs are detached, one view is mounted. */
  feed: ['#main-content section[role="feed"]', 'section[role="feed"]'],
  row: 'article[aria-posinset]',
  bubble: '[data-test-id^="article-bubble-container-"]',
  body: '.Content',
  text: '.inner-article-body',
  /** SystemMessage / DeliveryMessage rows. */
  systemRow: '[role="article"]',
  author: '[role="group"] .font-bold',
  avatar: '[role="img"][aria-label^="Avatar ("]',
  time: 'time[datetime]',
  header: '#main-content header',
  title: '[role="heading"][aria-level="2"]',
  number: 'nav ol > li:last-child h1',
  composer: [
    '#ticketArticleReplyForm [contenteditable="true"][role="textbox"]',
    '#ticketArticleReplyForm [contenteditable="true"]',
  ],
} as const;

const ZOOM_PATH = /(?:#ticket\/zoom\/|\/tickets?\/(?:zoom\/)?)(\d+)/;

/** "Jonas Berger via Acme Support <support@acme.example>" → "Jonas Berger". */
function senderName(from: string | undefined): string | undefined {
  const name = from
    ?.replace(/<[^>]*>/g, '')
    .replace(/\s+via\s+.*$/i, '')
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim();
  return name || undefined;
}

function avatarName(element: Element | null | undefined): string | undefined {
  return element?.getAttribute('aria-label')?.match(/^Avatar \((.+?)\)/)?.[1];
}

function readLegacyArticle(item: Element): Message | null {
  const classes = item.classList;
  const id = item.getAttribute('data-id') ?? undefined;
  const body = item.querySelector(LEGACY.body);
  if (!body) {
    const line = textOf(item.querySelector(LEGACY.systemLine));
    return line ? { role: 'system', text: line, ...(id && { id }) } : null;
  }
  const text = messageText(withoutMailHistory(body), LEGACY.chrome);
  if (!text) return null;
  let role: Role;
  if (classes.contains('customer')) role = 'customer';
  else if (classes.contains('is-internal')) role = 'note';
  else if (classes.contains('agent')) role = 'agent';
  else role = 'system';
  const message: Message = { role, text };
  const author = senderName(textOf(item.querySelector(LEGACY.from)));
  if (author) message.author = author;
  const time = isoTime(item.querySelector(LEGACY.time));
  if (time) message.time = time;
  if (id) message.id = id;
  return message;
}

function readDesktopRow(row: Element): Message | null {
  const bubble = row.querySelector(DESKTOP.bubble);
  if (!bubble) {
    const system = row.querySelector(DESKTOP.systemRow);
    const text = system ? messageText(system) : '';
    const id = row.id.match(/^article-(\d+)$/)?.[1];
    return text ? { role: 'system', text, ...(id && { id }) } : null;
  }
  const body = bubble.querySelector(DESKTOP.body);
  const content = body?.querySelector(DESKTOP.text);
  if (!body || !content) return null;
  const text = messageText(withoutMailHistory(content));
  if (!text) return null;
  let role: Role;
  if (bubble.classList.contains('bg-stripes')) role = 'note';
  else if (body.classList.contains('Content--customer')) role = 'customer';
  else if (body.classList.contains('Content--agent')) role = 'agent';
  else role = 'system';
  const message: Message = { role, text };
  const author = textOf(body.querySelector(DESKTOP.author)) ?? avatarName(bubble.querySelector(DESKTOP.avatar));
  if (author) message.author = author;
  const time = isoTime(body.querySelector(DESKTOP.time));
  if (time) message.time = time;
  const id = bubble.getAttribute('data-test-id')?.replace('article-bubble-container-', '');
  if (id) message.id = id;
  return message;
}

function readLegacy(doc: Document, url: URL) {
  const task = firstVisible(doc, LEGACY.activeTask);
  const zoom = task?.querySelector(LEGACY.zoom);
  if (!task || !zoom) return null;
  const messages = [...zoom.querySelectorAll(LEGACY.article)]
    .map(readLegacyArticle)
    .filter((message): message is Message => message !== null);
  const sidebar = task.querySelector(LEGACY.customerSidebar);
  const customerName = textOf(sidebar?.querySelector('h3'));
  const customerEmail = emailIn(textOf(sidebar?.querySelector('a[href^="mailto:"]')));
  return conversationOf('zammad', url, messages, {
    subject: textOf(firstVisible(zoom, LEGACY.title)),
    ticketId: textOf(firstVisible(zoom, LEGACY.number)),
    customerName,
    customerEmail,
  });
}

function readDesktop(doc: Document, url: URL) {
  const feed = firstVisible(doc, DESKTOP.feed);
  if (!feed) return null;
  const messages = [...feed.querySelectorAll(DESKTOP.row)]
    .map(readDesktopRow)
    .filter((message): message is Message => message !== null);
  const header = doc.querySelector(DESKTOP.header);
  const number = textOf(header?.querySelector(DESKTOP.number))?.match(/\d+$/)?.[0];
  return conversationOf('zammad', url, messages, {
    subject: textOf(header?.querySelector(DESKTOP.title)),
    ticketId: number ?? url.pathname.match(ZOOM_PATH)?.[1],
    customerName: avatarName(header?.querySelector(DESKTOP.avatar)),
  });
}

export const zammadAdapter: SiteAdapter = {
  id: 'zammad',
  name: 'Zammad',
  hosts: HOSTS,
  matches: (url, doc) =>
    (hostIs(url, '*.zammad.com') || ZOOM_PATH.test(url.pathname + url.hash)) &&
    (doc.querySelector(`#app ${LEGACY.zoom}`) !== null || doc.querySelector(`section[role="feed"] ${DESKTOP.bubble}`) !== null),
  readConversation: (doc, url) =>
    doc.querySelector(`section[role="feed"] ${DESKTOP.row}`) ? readDesktop(doc, url) : readLegacy(doc, url),
  findComposer: (doc) => {
    const task = firstVisible(doc, LEGACY.activeTask);
    return (firstVisible(doc, DESKTOP.composer) ?? (task && firstVisible(task, LEGACY.composer))) as HTMLElement | null;
  },
};
