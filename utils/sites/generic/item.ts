/**
 * What one message element says about itself: its text, author, time and id, and the evidence of
 * who wrote it (role words, the side it sits on, how it looks). Computed once per element and
 * memoised by the caller; the conversation-wide decisions are made in roles.ts.
 */
import type { Role } from '../../conversation/types';
import { bareUtility, isUtility, stripHash, words } from './classes';
import { emailText, looksLikeEmail } from './email';
import { cleanText, flatText, isEmojiImage } from './text';
import {
  AUTHOR_WORDS,
  BODY_WORDS,
  DIRECTION_TOKENS,
  META_WORDS,
  NOT_MESSAGE_TEXT,
  RECEIPT_TEXT,
  ROLE_PHRASES,
  ROLE_WORDS,
  SCREEN_READER_CLASSES,
  SIDE_UTILITIES,
  SIDE_WORDS,
  type Side,
} from './words';

export interface Signal {
  /** Where it came from (a class token, an attribute), to spot evidence shared by every message. */
  key: string;
  role: Role;
  weight: number;
  /** On the message element itself rather than inside it. */
  root: boolean;
}

export interface ItemFeatures {
  text: string;
  author?: string;
  time?: string;
  id?: string;
  signals: Signal[];
  /** Keys of the signals found inside the message element (not on it), each once. */
  deepKeys: string[];
  side?: Side;
  /** Class and tag tokens that describe how the message looks (colours included). */
  look: string[];
  hasTime: boolean;
  hasAvatar: boolean;
  hasId: boolean;
  /** Day dividers, "typing…", empty rows: present in the run, but not messages. */
  notMessage: boolean;
}

const ROLE_BY_WORD = new Map<string, Role>(
  (Object.entries(ROLE_WORDS) as [Role, readonly string[]][]).flatMap(([role, list]) => list.map((w) => [w, role] as const)),
);
const META = new Set(META_WORDS);
const BODY = new Set(BODY_WORDS);
const AUTHOR = new Set(AUTHOR_WORDS);
const SCREEN_READER = new Set(SCREEN_READER_CLASSES);
/** Words next to "in"/"out" that make them a direction ("msg-in"), unlike "fade-in". */
const DIRECTION_CONTEXT = new Set(['bubble', 'chat', 'dir', 'direction', 'entry', 'item', 'line', 'message', 'msg', 'row']);
/** Id attributes, best first; on the message element itself any `data-…id` also counts. */
const ID_ATTRIBUTES = ['data-message-id', 'data-msg-id', 'data-msgid', 'data-mid', 'data-id', 'data-uuid', 'id'];
const TIME_ATTRIBUTES = new Set(['data-time', 'data-timestamp', 'data-ts', 'data-created-at', 'data-date', 'data-sent-at']);
const AUTHOR_ATTRIBUTES = new Set([
  'data-author',
  'data-author-name',
  'data-sender-name',
  'data-sender',
  'data-name',
  'data-nickname',
]);
const TIME_LIKE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/iu;
const NO_NAMES: readonly string[] = [];
const MAX_SCANNED = 160;
const MAX_DEPTH = 6;

const idLike = (value: string): boolean => /\d/.test(value) || value.length >= 8;

/** The message element and its descendants, breadth first, with their depth (bounded). */
function scan(item: Element): { elements: Element[]; depths: number[] } {
  const elements: Element[] = [item];
  const depths: number[] = [0];
  for (let i = 0; i < elements.length && elements.length < MAX_SCANNED; i++) {
    const depth = depths[i]!;
    if (depth >= MAX_DEPTH) continue;
    for (let child = elements[i]!.firstElementChild; child; child = child.nextElementSibling) {
      elements.push(child);
      depths.push(depth + 1);
    }
  }
  return { elements, depths };
}

/** What an element's class attribute says, worked out once per distinct class string. */
interface ClassInfo {
  /** Words of the non-utility classes. */
  words: ReadonlySet<string>;
  /** Role evidence when on the message element itself, and when deeper inside it. */
  rootSignals: readonly (readonly [key: string, role: Role])[];
  deepSignals: readonly (readonly [key: string, role: Role])[];
  side?: Side;
  kind?: 'meta' | 'body';
  avatar: boolean;
  round: boolean;
  screenReader: boolean;
  look: readonly string[];
  lookByDepth: (readonly string[] | undefined)[];
}

const AVATAR = new Set(['avatar', 'headimg', 'portrait', 'profile']);
const MEMO_LIMIT = 4000;
const classMemo = new Map<string, ClassInfo>();

function wordSignals(list: readonly string[], allowDirection: boolean): Role[] {
  const out: Role[] = [];
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!;
    const next = list[i + 1];
    const phrase = next === undefined ? undefined : ROLE_PHRASES.find(([a, b]) => a === word && b === next);
    if (phrase) {
      out.push(phrase[2]);
      i++;
      continue;
    }
    const role = ROLE_BY_WORD.get(word);
    if (role) out.push(role);
    else if (allowDirection && DIRECTION_TOKENS[word]) out.push(DIRECTION_TOKENS[word]!);
  }
  return out;
}

function analyseClasses(cls: string): ClassInfo {
  const all = new Set<string>();
  const rootSignals: [string, Role][] = [];
  const deepSignals: [string, Role][] = [];
  const look: string[] = [];
  let side: Side | undefined;
  let kind: 'meta' | 'body' | undefined;
  let screenReader = false;
  let round = false;
  for (const token of cls.split(/\s+/)) {
    if (!token) continue;
    if (!/\d{3,}/.test(token)) look.push(isUtility(token) ? bareUtility(token) : token);
    if (isUtility(token)) {
      const bare = bareUtility(token);
      side ??= SIDE_UTILITIES[bare];
      round ||= bare === 'rounded-full';
      continue;
    }
    const base = stripHash(token);
    if (!base) continue;
    const list = words(base);
    for (const word of list) all.add(word);
    const key = `c:${base}`;
    for (const role of wordSignals(list, list.length === 1)) rootSignals.push([key, role]);
    for (const role of wordSignals(
      list,
      list.some((word) => DIRECTION_CONTEXT.has(word)),
    ))
      deepSignals.push([key, role]);
    // "end-user" is a customer, not a side.
    if (!side && !list.some((word) => ROLE_BY_WORD.has(word))) side = list.map((word) => SIDE_WORDS[word]).find(Boolean);
    screenReader ||= SCREEN_READER.has(base.toLowerCase());
    round ||= list.includes('circle') || list.includes('round');
    // The last word of a class names the part: "bubble-head" is a head, "Message_bubble" a bubble.
    const last = list[list.length - 1];
    if (kind !== 'meta' && last !== undefined) {
      if (META.has(last)) kind = 'meta';
      else if (BODY.has(last)) kind = 'body';
      else if (list.some((word) => META.has(word))) kind = 'meta';
      else if (list.some((word) => BODY.has(word))) kind = 'body';
    }
  }
  return {
    words: all,
    rootSignals,
    deepSignals,
    ...(side && { side }),
    ...(kind && { kind }),
    avatar: [...all].some((word) => AVATAR.has(word)),
    round,
    screenReader,
    look,
    lookByDepth: [],
  };
}

const tagTokens: Map<string, string>[] = [new Map(), new Map(), new Map()];
function tagToken(tag: string, depth: number): string {
  const byTag = tagTokens[depth]!;
  let token = byTag.get(tag);
  if (token === undefined) byTag.set(tag, (token = `${depth}:<${tag}>`));
  return token;
}

/** The look tokens of a class string at a depth ("1:bg-indigo-600"), built once. */
function lookAt(info: ClassInfo, depth: number): readonly string[] {
  let list = info.lookByDepth[depth];
  if (!list) list = info.lookByDepth[depth] = info.look.map((token) => `${depth}:${token}`);
  return list;
}

function classInfo(element: Element): ClassInfo {
  const cls = element.getAttribute('class') ?? '';
  let info = classMemo.get(cls);
  if (!info) {
    if (classMemo.size > MEMO_LIMIT) classMemo.clear();
    classMemo.set(cls, (info = analyseClasses(cls)));
  }
  return info;
}

/** Role words in an attribute (`data-sender-type="visitor"`, `aria-label="You said"`). */
function attributeRoles(element: Element, name: string, value: string): readonly Role[] {
  let list: string[] | undefined;
  if (name.startsWith('data-') && !name.startsWith('data-v-') && value.length <= 60) {
    if (/^(?:true|1|yes)$/i.test(value)) list = words(name.slice(5));
    else if (!/^(?:false|0|no|null|undefined)?$/i.test(value) && !/\d{3,}/.test(value)) list = words(value);
  } else if (name === 'type' && !/^(?:INPUT|BUTTON|SCRIPT|STYLE|LINK|OL|LI|SOURCE)$/.test(element.tagName)) list = words(value);
  else if ((name === 'aria-label' || name === 'aria-roledescription') && value.length <= 120) list = words(value);
  return list ? wordSignals(list, false) : [];
}

function signalsOf(element: Element, info: ClassInfo, depth: number, names: readonly string[], out: Signal[]): void {
  const weight = depth === 0 ? 3 : depth === 1 ? 2 : 1;
  const root = depth === 0;
  for (const [key, role] of root ? info.rootSignals : info.deepSignals) out.push({ key, role, weight, root });
  if (info.screenReader) {
    const text = flatText(element);
    for (const role of wordSignals(words(text), false)) out.push({ key: `s:${text}`, role, weight, root });
  }
  for (const name of names) {
    if (!name.startsWith('data-') && name !== 'type' && name !== 'aria-label' && name !== 'aria-roledescription') continue;
    const value = element.getAttribute(name) ?? '';
    for (const role of attributeRoles(element, name, value)) out.push({ key: `a:${name}=${value}`, role, weight, root });
  }
}

function sideOf(element: Element, info: ClassInfo, styled: boolean): Side | undefined {
  if (info.side || !styled) return info.side;
  const style = element.getAttribute('style');
  if (style) {
    if (
      /margin-left\s*:\s*auto|text-align\s*:\s*right|justify-content\s*:\s*flex-end|align-self\s*:\s*flex-end|flex-direction\s*:\s*row-reverse|float\s*:\s*right/i.test(
        style,
      )
    )
      return 'right';
    if (/text-align\s*:\s*center|justify-content\s*:\s*center|align-self\s*:\s*center/i.test(style)) return 'center';
    if (
      /margin-right\s*:\s*auto|text-align\s*:\s*left|justify-content\s*:\s*flex-start|align-self\s*:\s*flex-start|float\s*:\s*left/i.test(
        style,
      )
    )
      return 'left';
  }
  return undefined;
}

/** An ISO 8601 value from a datetime attribute, an epoch number or a "2026-11-22 10:12" string. */
export function toIso(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d{10}(?:\.\d+)?$|^\d{13}$/.test(text)) {
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return text;
  const local = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (local) {
    const [, y, mo, d, h, mi, s] = local;
    const pad = (n: string | undefined) => (n ?? '0').padStart(2, '0');
    return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
  }
  return undefined;
}

function authorFromAvatar(element: Element): string | undefined {
  const label = element.getAttribute('aria-label') ?? element.getAttribute('alt') ?? element.getAttribute('title');
  if (!label) return undefined;
  const inParens = /\(([^()]{1,60})\)\s*$/.exec(label);
  const name = (inParens ? inParens[1]! : label).trim();
  if (!name || /^(?:avatar|user|profile|photo|image|头像)$/i.test(name) || isEmojiImage(element)) return undefined;
  return name;
}

/** 'named' when the markup says avatar, 'image' for any other picture outside the message text. */
function avatarKind(element: Element, info: ClassInfo, labelled: boolean, inBody: boolean): 'named' | 'image' | undefined {
  if (info.avatar || (labelled && /^(?:avatar|头像)\b/iu.test(element.getAttribute('aria-label') ?? ''))) return 'named';
  if (element.tagName !== 'IMG' || inBody || isEmojiImage(element)) return undefined;
  const size = Number(element.getAttribute('width') ?? element.getAttribute('height') ?? NaN);
  return info.round || size <= 64 ? 'named' : 'image';
}

/**
 * The name in an author element: its own text (not a nested time or badge), without a trailing
 * colon or an e-mail address in angle brackets.
 */
function authorName(element: Element): string | undefined {
  let own = '';
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 3) own += node.nodeValue ?? '';
  let name = (own.trim() ? own : (element.textContent ?? '')).replace(/\s+/g, ' ').trim();
  if (name.includes('@')) name = name.replace(/<[^<>\s]+@[^<>\s]+>/g, '').trim();
  if (name.endsWith(':') || name.endsWith(':')) name = name.slice(0, -1).trim();
  return name || undefined;
}

function textLeaf(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) if (child.tagName !== 'BR') return false;
  return true;
}

function messageText(item: Element, bodies: readonly Element[], meta: ReadonlySet<Element>): string {
  const skip = (element: Element) => meta.has(element);
  const leaves = bodies.filter((body) => !meta.has(body) && !bodies.some((other) => other !== body && body.contains(other)));
  if (leaves.length === 1 && looksLikeEmail(leaves[0]!)) return emailText(leaves[0]!, skip);
  const text = leaves
    .map((body) => cleanText(body, skip))
    .filter(Boolean)
    .join('\n');
  if (text) return text;
  return looksLikeEmail(item) ? emailText(item, skip) : cleanText(item, skip);
}

/**
 * Reads one message element. Meta parts (author line, time, status, controls, avatars, screen-reader
 * text) are found first, then left out of the text.
 */
export function itemFeatures(item: Element): ItemFeatures {
  const { elements, depths } = scan(item);
  const signals: Signal[] = [];
  const look = new Set<string>();
  const meta = new Set<Element>();
  const timed = new Set<Element>();
  let side: Side | undefined;
  let sideDepth = Infinity;
  let time: string | undefined;
  let hasTime = false;
  let author: string | undefined;
  let avatarAuthor: string | undefined;
  let hasAvatar = false;
  let id: string | undefined;
  let idRank = Infinity;
  const bodies: Element[] = [];
  const guessed: Element[] = [];

  for (let index = 0; index < elements.length; index++) {
    const element = elements[index]!;
    const depth = depths[index]!;
    const info = classInfo(element);
    const names = element.hasAttributes() ? element.getAttributeNames() : NO_NAMES;
    if (depth <= 3) signalsOf(element, info, depth, names, signals);
    if (depth <= 2) {
      for (const token of lookAt(info, depth)) look.add(token);
      look.add(tagToken(element.tagName, depth));
      if (depth < sideDepth) {
        const found = sideOf(element, info, names.includes('style'));
        if (found) {
          side = found;
          sideDepth = depth;
        }
      }
    }
    for (const name of names) {
      if (name === 'class') continue;
      if (depth <= 2 && idRank > 0) {
        const rank = ID_ATTRIBUTES.indexOf(name);
        const usable = rank >= 0 ? rank : depth === 0 && /^data-[\w-]*id$/.test(name) ? ID_ATTRIBUTES.length : -1;
        const value = usable >= 0 ? element.getAttribute(name)! : '';
        if (usable >= 0 && usable + depth * 10 < idRank && idLike(value)) {
          id = value;
          idRank = usable + depth * 10;
        }
      }
      if (!author && AUTHOR_ATTRIBUTES.has(name)) {
        const value = element.getAttribute(name)!.trim();
        if (value && value.length <= 60 && !/^\d+$/.test(value)) author = value;
      }
      if (depth > 0 && TIME_ATTRIBUTES.has(name)) {
        const value = toIso(element.getAttribute(name));
        timed.add(element);
        if (value) {
          time ??= value;
          hasTime = true;
        }
      }
    }
    if (depth === 0) continue;
    if (info.screenReader) {
      meta.add(element);
      continue;
    }
    if (element.tagName === 'TIME') {
      meta.add(element);
      hasTime = true;
      time ??= toIso(element.getAttribute('datetime')) ?? toIso(element.getAttribute('title')) ?? toIso(flatText(element));
      continue;
    }
    const inBody = bodies.length > 0 && bodies.some((body) => body.contains(element));
    const avatar = avatarKind(element, info, names.includes('aria-label'), inBody);
    if (avatar) {
      hasAvatar = true;
      meta.add(element);
      if (avatar === 'named')
        avatarAuthor ??= authorFromAvatar(element) ?? authorFromAvatar(element.querySelector('img') ?? element);
      continue;
    }
    if (info.kind === 'meta') {
      const text = flatText(element);
      if (text.length <= 120) {
        meta.add(element);
        const cw = info.words;
        if (TIME_LIKE.test(text) || cw.has('time') || cw.has('timestamp') || cw.has('date')) {
          hasTime = true;
          time ??= toIso(element.getAttribute('datetime')) ?? toIso(element.getAttribute('title')) ?? toIso(text);
        } else if (!author && text.length <= 60 && [...cw].some((word) => AUTHOR.has(word))) {
          author = authorName(element);
        }
        continue;
      }
    }
    if (info.kind === 'body') bodies.push(element);
  }

  const namedAuthor = author;
  // Markup that names nothing (utility classes, bare tags): a time-like leaf is the time, a short
  // leaf beside it the author, a receipt ("Seen") is neither text nor author.
  for (let index = 1; index < elements.length; index++) {
    const element = elements[index]!;
    if (!textLeaf(element)) continue;
    const isTimeTag = element.tagName === 'TIME';
    if (meta.has(element) && !isTimeTag) continue;
    // Times, receipts and names are short; message text is not looked at here.
    const raw = element.textContent ?? '';
    if (!isTimeTag && !timed.has(element) && raw.length > 60) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!isTimeTag && RECEIPT_TEXT.test(text)) {
      meta.add(element);
      continue;
    }
    if (!isTimeTag && !timed.has(element) && !TIME_LIKE.test(text)) continue;
    if (!meta.has(element)) {
      meta.add(element);
      hasTime = true;
      time ??= toIso(element.getAttribute('title')) ?? toIso(text);
    }
    const parent = element.parentElement;
    if (!parent) continue;
    for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
      if (sibling === element || meta.has(sibling) || !textLeaf(sibling)) continue;
      const name = flatText(sibling);
      if (RECEIPT_TEXT.test(name)) meta.add(sibling);
      else if (name && name.length <= 40 && name.split(/\s+/).length <= 5 && !/[.!?。!?]$/u.test(name)) {
        meta.add(sibling);
        guessed.push(sibling);
        author ??= authorName(sibling);
      }
    }
  }

  let text = messageText(item, bodies, meta);
  if (!text && guessed.length) {
    // The "author" beside the time was the message itself (text and time side by side).
    for (const element of guessed) meta.delete(element);
    author = namedAuthor;
    text = messageText(item, bodies, meta);
  }
  author ??= avatarAuthor;
  if (author && text.startsWith(`${author}:`)) text = text.slice(author.length + 1).trim();

  const explicit = signals.length > 0;
  const notMessage = !text || (!explicit && NOT_MESSAGE_TEXT.some((pattern) => pattern.test(text)));
  const deepKeys = new Set<string>();
  for (const signal of signals) if (!signal.root) deepKeys.add(signal.key);
  return {
    text,
    ...(author && { author }),
    ...(time && { time }),
    ...(id && { id }),
    signals,
    deepKeys: [...deepKeys],
    ...(side && { side }),
    look: [...look],
    hasTime,
    hasAvatar,
    hasId: id !== undefined,
    notMessage,
  };
}
