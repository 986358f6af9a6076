import type { Role } from '../../conversation/types';

/**
 * What the generic reader knows about words in class names and attributes, as data. Words are
 * compared after splitting on `-`, `_`, spaces and camelCase, lower-cased ("chatItemRight" → chat,
 * item, right). Lists are sorted; a unit test keeps them so.
 */

/** Single words that say who wrote a message, from the agent's point of view. */
export const ROLE_WORDS: Readonly<Record<Role, readonly string[]>> = {
  agent: [
    'admin',
    'administrator',
    'agent',
    'kefu',
    'me',
    'mine',
    'my',
    'operator',
    'outbound',
    'outgoing',
    'own',
    'rep',
    'representative',
    'self',
    'sent',
    'staff',
    'support',
    'teammate',
    'you',
  ],
  bot: ['ai', 'assistant', 'automated', 'automation', 'bot', 'chatbot', 'robot'],
  customer: [
    'buyer',
    'client',
    'contact',
    'customer',
    'enduser',
    'guest',
    'inbound',
    'incoming',
    'peer',
    'received',
    'remote',
    'requester',
    'requestor',
    'them',
    'user',
    'visitor',
  ],
  note: ['internal', 'note', 'notes', 'private', 'whisper'],
  system: ['activity', 'announcement', 'event', 'notice', 'notification', 'system', 'tip', 'tips'],
};

/** Word pairs that mean something else than their parts ("current user" is the agent). */
export const ROLE_PHRASES: readonly (readonly [first: string, second: string, role: Role])[] = [
  ['auto', 'reply', 'bot'],
  ['auto', 'response', 'bot'],
  ['current', 'user', 'agent'],
  ['end', 'user', 'customer'],
  ['from', 'me', 'agent'],
  ['virtual', 'agent', 'bot'],
];

/** Short tokens that only count when they are a whole part of a class token ("msg-in", "li.out"). */
export const DIRECTION_TOKENS: Readonly<Record<string, Role>> = { in: 'customer', out: 'agent' };

/** Side words inside non-utility class names ("chat-item-right", "li.left", "row--end"). */
export const SIDE_WORDS: Readonly<Record<string, Side>> = {
  center: 'center',
  centre: 'center',
  end: 'right',
  left: 'left',
  middle: 'center',
  right: 'right',
  start: 'left',
};
export type Side = 'left' | 'right' | 'center';

/** Utility classes (Tailwind, Bootstrap) that place a message on one side. */
export const SIDE_UTILITIES: Readonly<Record<string, Side>> = {
  'align-self-end': 'right',
  'align-self-start': 'left',
  'flex-row-reverse': 'right',
  'float-end': 'right',
  'float-left': 'left',
  'float-right': 'right',
  'float-start': 'left',
  'justify-center': 'center',
  'justify-content-center': 'center',
  'justify-content-end': 'right',
  'justify-content-start': 'left',
  'justify-end': 'right',
  'justify-self-end': 'right',
  'justify-start': 'left',
  'me-auto': 'left',
  'ml-auto': 'right',
  'mr-auto': 'left',
  'ms-auto': 'right',
  'mx-auto': 'center',
  'place-self-end': 'right',
  'self-center': 'center',
  'self-end': 'right',
  'self-start': 'left',
  'text-center': 'center',
  'text-end': 'right',
  'text-left': 'left',
  'text-right': 'right',
  'text-start': 'left',
};

/** Class words of the element that holds a message's text. */
export const BODY_WORDS: readonly string[] = ['body', 'bubble', 'content', 'html', 'markdown', 'prose', 'richtext', 'text'];

/** Class words of parts that are not the message's text: who, when, status, controls. */
export const META_WORDS: readonly string[] = [
  'actions',
  'author',
  'avatar',
  'badge',
  'byline',
  'date',
  'datetime',
  'delivered',
  'dropdown',
  'footer',
  'from',
  'head',
  'header',
  'menu',
  'meta',
  'name',
  'nick',
  'nickname',
  'reactions',
  'receipt',
  'seen',
  'sender',
  'stamp',
  'status',
  'time',
  'timestamp',
  'toolbar',
  'tooltip',
  'username',
];

/** Class words of the element that names the author. */
export const AUTHOR_WORDS: readonly string[] = ['author', 'from', 'name', 'nick', 'nickname', 'sender', 'username'];

/** Class words of screen-reader-only text: not shown, but often says who wrote the message. */
export const SCREEN_READER_CLASSES: readonly string[] = [
  'assistive-text',
  'screen-reader-text',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
];

/** Class words that make a repeated run look like messages. */
export const MESSAGE_WORDS: readonly string[] = [
  'article',
  'bubble',
  'chat',
  'comment',
  'conversation',
  'entry',
  'event',
  'message',
  'messages',
  'msg',
  'post',
  'reply',
  'thread',
  'timeline',
  'turn',
  'utterance',
];

/** Class words of lists that are not a conversation (inboxes, menus, navigation). */
export const NOT_THREAD_WORDS: readonly string[] = [
  'breadcrumb',
  'contacts',
  'inbox',
  'menu',
  'nav',
  'navbar',
  'navigation',
  'pagination',
  'queue',
  'sessionlist',
  'sidebar',
  'tabs',
  'toolbar',
  'views',
];

/** Class words of state, stripped from the class signature so that a run stays one run. */
export const STATE_WORDS: readonly string[] = [
  'active',
  'closed',
  'collapsed',
  'consecutive',
  'continued',
  'current',
  'disabled',
  'even',
  'expanded',
  'failed',
  'first',
  'focused',
  'grouped',
  'highlighted',
  'hover',
  'last',
  'loading',
  'new',
  'odd',
  'open',
  'pending',
  'selected',
  'unread',
];

/** Words of a composer's name, placeholder or class: "Reply…", "Type a message", "输入消息". */
export const COMPOSER_WORDS: readonly string[] = [
  'answer',
  'chat',
  'compose',
  'composer',
  'editor',
  'message',
  'reply',
  'respond',
  'response',
  'type',
  'write',
];
export const COMPOSER_CJK = /回复|输入|消息|发送|聊天/u;
export const SEARCH_WORDS = /search|filter|find|query|搜索|查找|筛选/iu;

/** Composer placeholders and labels that name the customer ("Reply to Anna…", "回复 张先生"). */
export const CUSTOMER_NAME_PATTERNS: readonly RegExp[] = [
  /^(?:reply|respond|write|message) to ([^…,.:;@<>]{1,40}?)(?:\s*[·•|(…].*|\.\.\.|…)?$/iu,
  /^conversation with ([^…,.:;@<>]{1,40}?)\s*$/iu,
  /^回复\s*[::]?\s*([^…,,。::]{1,20}?)(?:…|\.\.\.)?$/u,
  /^与\s*(\S{1,20}?)\s*的(?:对话|会话|聊天)/u,
];

/** Delivery receipts shown under a message ("Seen", "已读"): not part of its text. */
export const RECEIPT_TEXT =
  /^(?:seen|read|delivered|sent|sending|not delivered|failed to send|已读|未读|已送达|送达|已发送|发送中|发送失败)(?:\s*[·•]?\s*\d{1,2}:\d{2})?$/iu;

/** Lines that are not messages: day dividers, "typing…", "new messages", "load more". */
export const NOT_MESSAGE_TEXT: readonly RegExp[] = [
  /^(?:today|yesterday|今天|昨天|前天)$/iu,
  /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:,?\s+\w+\s+\d{1,2}(?:,?\s+\d{4})?)?$/iu,
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?$/iu,
  /^\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?$/iu,
  /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u,
  /^\d{1,2}月\d{1,2}日(?:\s*(?:星期|周)[一二三四五六日天])?$/u,
  /^(?:星期|周)[一二三四五六日天]$/u,
  /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/iu,
  /\b(?:is|are) typing\b|正在输入/iu,
  /^(?:new messages?|unread messages?|load (?:more|earlier|older)|show (?:more|earlier|older)|以下为新消息|查看更多|加载更多)/iu,
];

/** Where quoted history starts in an email reply; everything from that line on is not new text. */
export const QUOTE_ATTRIBUTION: readonly RegExp[] = [
  /^on .{4,200}\bwrote:\s*$/iu,
  /^-{2,}\s*(?:original message|forwarded message)\s*-{2,}/iu,
  /^在\s?.{2,120}\s?写道\s*[::]\s*$/u,
  /^-{2,}\s*原始邮件\s*-{2,}/u,
  /^发件人\s*[::]/u,
  /^le .{4,200}\ba écrit\s*:\s*$/iu,
  /^am .{4,200}\bschrieb .{1,120}:\s*$/iu,
];
