/**
 * DOM helpers shared by the site adapters: class words that survive CSS-module hashes, role cues,
 * visibility without layout, clean message text (no quoted e-mail history, no UI chrome) and a small
 * thread reader that calibrates roles with the agent's own messages. Everything takes the element
 * it reads as an argument (no globals), so it runs the same in the page, happy-dom and jsdom.
 */
import type { Conversation, Message, Role } from '../conversation/types';
import { readableText, textOf } from './text';

// ---------------------------------------------------------------------------------------------
// Class words

/** A class or word that is a build hash or counter, not a name: `x8k2d`, `1xz3k`, `v57nc`, `0`. */
function isHashLike(part: string): boolean {
  if (/^\d+$/.test(part)) return true;
  return /\d/.test(part) && /^[a-z0-9]{4,}$/i.test(part) && !/^(h[1-6]|x[0-9]+|utf8)$/i.test(part);
}

/**
 * Lower-case words of an element's class names, with CSS-module and CSS-in-JS hashes removed:
 * `name___v57nc` → name; `Msg_bubble__x8k2d` → msg, bubble; `_container_1xz3k_1` → container;
 * `msgLeft` → msg, left; `css-1yuqpww` and `sc-bdVaJa` are dropped.
 */
export function classWords(element: Element | null | undefined): Set<string> {
  const words = new Set<string>();
  if (!element) return words;
  for (const token of (element.getAttribute('class') ?? '').split(/\s+/)) {
    if (!token || /^(css|sc|jsx|emotion)-/.test(token)) continue;
    const name = token.split('___')[0]!;
    for (const piece of name.split(/__|--|[-_:.]/)) {
      if (!piece || isHashLike(piece)) continue;
      for (const word of piece.split(/(?<=[a-z0-9])(?=[A-Z])/)) {
        const lower = word.toLowerCase();
        if (lower && !isHashLike(lower)) words.add(lower);
      }
    }
  }
  return words;
}

/** Words of the attributes that say who wrote a message (`data-role="agent"`, `data-direction="in"`). */
const ROLE_ATTRIBUTES = [
  'data-role',
  'data-sender-type',
  'data-author-type',
  'data-author-role',
  'data-from',
  'data-from-type',
  'data-sender',
  'data-direction',
  'data-type',
  'data-message-type',
  'data-testid',
  'data-test',
];

export function attributeWords(element: Element | null | undefined): Set<string> {
  const words = new Set<string>();
  if (!element) return words;
  for (const name of ROLE_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (!value) continue;
    for (const word of value.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/)) if (word) words.add(word.toLowerCase());
  }
  return words;
}

// Cue words, strongest first. `note` beats everything (a note written by an agent is still a note),
// then system events, then bots, then the two sides of the conversation.
const NOTE_WORDS = ['note', 'notes', 'internal', 'private', 'remark', 'whisper'];
const SYSTEM_WORDS = [
  'system',
  'sys',
  'event',
  'events',
  'activity',
  'lineitem',
  'log',
  'notice',
  'notify',
  'cnotify',
  'splitline',
  'dateline',
  'transkefu',
  'tip',
  'tips',
];
const BOT_WORDS = ['bot', 'robot', 'chatbot', 'ai', 'automation', 'automated'];
const CUSTOMER_WORDS = [
  'customer',
  'visitor',
  'user',
  'client',
  'contact',
  'guest',
  'enduser',
  'requester',
  'incoming',
  'inbound',
  'received',
];
const AGENT_WORDS = [
  'agent',
  'operator',
  'staff',
  'admin',
  'teammate',
  'kefu',
  'servicer',
  'outgoing',
  'outbound',
  'sent',
  'self',
  'mine',
  'own',
];

/** The role a set of cue words names, or undefined when they name none (or both sides). */
export function roleFromWords(words: Set<string>): Role | undefined {
  const has = (list: readonly string[]) => list.some((word) => words.has(word));
  if (has(NOTE_WORDS)) return 'note';
  if (has(SYSTEM_WORDS)) return 'system';
  if (has(BOT_WORDS)) return 'bot';
  const customer = has(CUSTOMER_WORDS);
  const agent = has(AGENT_WORDS);
  if (customer !== agent) return customer ? 'customer' : 'agent';
  return undefined;
}

export type Side = 'left' | 'right';

/** The side a message sits on, from class words only (`msg-left`, `fr`, `is-right`). */
export function sideFromWords(words: Set<string>): Side | undefined {
  const left = words.has('left') || words.has('fl') || words.has('start');
  const right = words.has('right') || words.has('fr') || words.has('end');
  if (left !== right) return left ? 'left' : 'right';
  return undefined;
}

/** Union of the class and role-attribute words of several elements. */
export function cueWords(...elements: (Element | null | undefined)[]): Set<string> {
  const words = new Set<string>();
  for (const element of elements) {
    for (const word of classWords(element)) words.add(word);
    for (const word of attributeWords(element)) words.add(word);
  }
  return words;
}

// ---------------------------------------------------------------------------------------------
// Visibility without layout

function hiddenItself(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = (element.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * True when the element or an ancestor is hidden: by the browser's own verdict where there is one
 * (`checkVisibility`, which sees stylesheet rules such as a `.hidden` class), else by attribute or
 * inline style (jsdom has no style engine).
 */
export function isHidden(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function' && element.isConnected && !check.call(element)) return true;
  for (let node: Element | null = element; node; node = node.parentElement) if (hiddenItself(node)) return true;
  return false;
}

/** Every match of the selectors, in document order, that is not hidden. */
export function visibleAll(root: ParentNode, selectors: string | readonly string[]): Element[] {
  const list = typeof selectors === 'string' ? [selectors] : selectors;
  for (const selector of list) {
    const found = [...root.querySelectorAll(selector)].filter((element) => !isHidden(element));
    if (found.length) return found;
  }
  return [];
}

/** The first visible match of the first selector that has one (selectors are UI variants, newest first). */
export function firstVisible(root: ParentNode, selectors: string | readonly string[]): Element | null {
  return visibleAll(root, selectors)[0] ?? null;
}

/** The elements that are not inside another element of the list (a message, not its parts). */
export function outermost(elements: readonly Element[]): Element[] {
  return elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));
}

/** The first match of the first selector that has one, visible or not. */
export function firstOf(root: ParentNode, selectors: string | readonly string[]): Element | null {
  const list = typeof selectors === 'string' ? [selectors] : selectors;
  for (const selector of list) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Clean text

/** Quoted history, signatures-by-markup and UI chrome inside a message body. */
const DROP_FROM_BODY = [
  'blockquote',
  '.gmail_quote',
  '.gmail_extra',
  '.gmail_attr',
  '.yahoo_quoted',
  '.moz-cite-prefix',
  '#divRplyFwdMsg',
  '#appendonsend',
  '.OutlookMessageHeader',
  '[data-quoted]',
  'button',
  'script',
  'style',
  'template',
  'svg',
  '.sr-only',
  '.visually-hidden',
];

/** Markers after which everything in the body is quoted history (Outlook puts it after a rule). */
const CUT_AFTER = '#appendonsend, #divRplyFwdMsg, [id^="divRplyFwdMsg"], hr#stopSpelling, .OutlookMessageHeader';

/** Removes the node and everything after it in document order, up to the root. */
function removeFrom(node: Element, root: Element) {
  if (!root.contains(node)) return;
  for (let current: Element | null = node; current && current !== root; current = current.parentElement) {
    while (current.nextSibling) current.nextSibling.remove();
  }
  node.remove();
}

/** Lines that open quoted history in plain-text mail; the line and everything after it go. */
const QUOTE_OPENERS = [
  /^On .{4,200}(wrote|a écrit|schrieb|escribió):$/i,
  /^-{2,}\s*(Original Message|Forwarded message)\s*-{2,}$/i,
  /^_{5,}$/,
  /^From: .+\b(Sent|Date):/i,
  /^在.{2,120}写道[:：]$/,
  /^-{2,}\s*原始邮件\s*-{2,}$/,
];

/** An Outlook-style header block: "From: …" followed within a few lines by "Sent:"/"Date:". */
const HEADER_FROM = /^(From|De|Von|发件人)\s*[:：]/i;
const HEADER_SENT = /^(Sent|Date|Envoyé|Gesendet|发送时间|日期)\s*[:：]/i;

function cutQuotedHistory(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (QUOTE_OPENERS.some((opener) => opener.test(line))) break;
    if (HEADER_FROM.test(line) && lines.slice(index + 1, index + 4).some((next) => HEADER_SENT.test(next))) break;
    if (/^>/.test(line)) continue;
    kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Text of a message body as the customer wrote it: quoted history, buttons and hidden parts removed,
 * images as their alt text, line breaks kept. `drop` adds site-specific chrome selectors.
 */
export function messageText(body: Element, drop: readonly string[] = []): string {
  const clone = body.cloneNode(true) as Element;
  for (const marker of clone.querySelectorAll(CUT_AFTER)) removeFrom(marker, clone);
  for (const selector of [...DROP_FROM_BODY, ...drop]) for (const element of clone.querySelectorAll(selector)) element.remove();
  for (const element of [...clone.querySelectorAll('*')]) if (hiddenItself(element)) element.remove();
  // Emoji images that name themselves in a title or label rather than in alt text.
  for (const image of clone.querySelectorAll('img:not([alt])')) {
    const name = image.getAttribute('title') ?? image.getAttribute('aria-label') ?? image.getAttribute('data-emoji');
    if (name) image.setAttribute('alt', name);
  }
  return cutQuotedHistory(readableText(clone));
}

/** `textOf` of the first visible match, for names, subjects and ids. */
export function textAt(root: ParentNode, selectors: string | readonly string[]): string | undefined {
  return textOf(firstVisible(root, selectors));
}

// ---------------------------------------------------------------------------------------------
// Time

/** An ISO 8601 time from `datetime`, `data-time`/`data-timestamp` (ISO or epoch) or a `title` in ISO form. */
export function isoTime(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  for (const name of ['datetime', 'data-datetime', 'data-time', 'data-timestamp', 'data-ts', 'title']) {
    const value = element.getAttribute(name)?.trim();
    if (!value) continue;
    if (/^\d{10}(\d{3})?$/.test(value)) {
      const ms = value.length === 10 ? Number(value) * 1000 : Number(value);
      return new Date(ms).toISOString();
    }
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) return value;
  }
  return undefined;
}

/** The first time found on the element itself or inside it at one of the selectors. */
export function timeIn(item: Element, selectors: readonly string[]): string | undefined {
  const own = isoTime(item);
  if (own) return own;
  for (const selector of selectors) {
    for (const element of item.querySelectorAll(selector)) {
      const time = isoTime(element);
      if (time) return time;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Thread reading

/** What an adapter knows about one message before roles are settled. */
export interface DraftMessage {
  text: string;
  /** Role from explicit attributes or class words; undefined when they say nothing. */
  role?: Role;
  /** Side from class words, used only when calibrated against messages of known role. */
  side?: Side;
  author?: string;
  time?: string;
  id?: string;
}

export interface Calibration {
  /** The signed-in agent's own display name, when the page shows it. */
  agentName?: string;
  /** The customer's name, when the page shows it. */
  customerName?: string;
}

/** How one adapter finds the parts of a message item (see draftOf). */
export interface DraftSpec {
  /** Where the message text is; when absent, the item's own text minus `chrome`. */
  content: Parameters<typeof firstVisible>[1];
  chrome: readonly string[];
  /** Class and attribute words the role and side come from. */
  words: (item: Element) => Set<string>;
  role: (words: Set<string>, item: Element) => Role | undefined;
  author: Parameters<typeof textAt>[1];
  time: Parameters<typeof firstVisible>[1];
  /** Attributes that hold the message id, in order of preference. */
  ids: readonly string[];
}

/**
 * One chat item read the way most IM-style desks need: text, role and side from class words, author
 * (not for system lines), time, id. Undefined for an item without text.
 */
export function draftOf(item: Element, spec: DraftSpec): DraftMessage | undefined {
  const content = firstVisible(item, spec.content);
  const text = content ? messageText(content) : messageText(item, spec.chrome);
  if (!text) return undefined;
  const words = spec.words(item);
  const draft: DraftMessage = { text };
  const role = spec.role(words, item);
  if (role) draft.role = role;
  const side = sideFromWords(words);
  if (side) draft.side = side;
  if (role !== 'system') {
    const author = textAt(item, spec.author);
    if (author) draft.author = author;
  }
  const time = isoTime(firstVisible(item, spec.time)) ?? isoTime(item);
  if (time) draft.time = time;
  for (const name of spec.ids) {
    const id = item.getAttribute(name);
    if (id) {
      draft.id = id;
      break;
    }
  }
  return draft;
}

/**
 * Settles roles: explicit cues first; then authors seen on messages of known role (and the agent's
 * and customer's own names); then sides, learnt from messages whose role is known (the agent's own
 * sent messages tell which side is "ours"). Only when nothing at all is known does the common
 * convention (agent on the right) decide, so a layout that puts the agent on the left still reads
 * right as soon as one message carries an explicit cue.
 */
export function settleRoles(drafts: readonly DraftMessage[], calibration: Calibration = {}): Message[] {
  const byAuthor = new Map<string, Role>();
  if (calibration.agentName) byAuthor.set(calibration.agentName, 'agent');
  if (calibration.customerName) byAuthor.set(calibration.customerName, 'customer');
  for (const draft of drafts)
    if (draft.author && (draft.role === 'agent' || draft.role === 'customer') && !byAuthor.has(draft.author))
      byAuthor.set(draft.author, draft.role);

  const roles = drafts.map((draft) => draft.role ?? (draft.author ? byAuthor.get(draft.author) : undefined));

  const sideOf: Partial<Record<Side, Role>> = {};
  drafts.forEach((draft, index) => {
    const role = roles[index];
    if (draft.side && (role === 'agent' || role === 'customer') && !sideOf[draft.side]) sideOf[draft.side] = role;
  });
  const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');
  const flip = (role: Role): Role => (role === 'agent' ? 'customer' : 'agent');
  const roleOfSide = (side: Side): Role => {
    const learnt = sideOf[side];
    if (learnt) return learnt;
    const opposite = sideOf[other(side)];
    if (opposite) return flip(opposite);
    return side === 'right' ? 'agent' : 'customer';
  };

  return drafts.map((draft, index) => {
    const role = roles[index] ?? (draft.side ? roleOfSide(draft.side) : 'customer');
    const message: Message = { role, text: draft.text };
    if (draft.author) message.author = draft.author;
    if (draft.time) message.time = draft.time;
    if (draft.id) message.id = draft.id;
    return message;
  });
}

/** A Conversation with only the fields that have values. */
export function conversationOf(
  site: string,
  url: URL,
  messages: Message[],
  details: { subject?: string; ticketId?: string; customerName?: string; customerEmail?: string } = {},
): Conversation {
  const conversation: Conversation = { site, url: url.href, messages };
  if (details.subject) conversation.subject = details.subject;
  if (details.ticketId) conversation.ticketId = details.ticketId;
  if (details.customerName || details.customerEmail)
    conversation.customer = {
      ...(details.customerName && { name: details.customerName }),
      ...(details.customerEmail && { email: details.customerEmail }),
    };
  return conversation;
}

/** True when the URL's host is one of the hosts or a subdomain of one (`*.udesk.cn`). */
export function hostIs(url: URL, ...hosts: string[]): boolean {
  const host = url.hostname.toLowerCase();
  return hosts.some((wanted) => (wanted.startsWith('*.') ? host.endsWith(wanted.slice(1)) : host === wanted));
}

/** An e-mail address inside a string, if any. */
export function emailIn(text: string | undefined): string | undefined {
  return text?.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/)?.[0];
}
