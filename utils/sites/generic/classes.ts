/**
 * Class names as the generic reader sees them. Build tools decorate class names (CSS-module hashes,
 * styled-components ids) and utility frameworks use classes for looks only; both are noise when
 * looking for "the same kind of element, repeated". State and role words are noise too: the
 * customer's and the agent's messages are the same kind of element.
 */
import { ROLE_PHRASES, ROLE_WORDS, SIDE_WORDS, STATE_WORDS, DIRECTION_TOKENS } from './words';

const ROLE_OR_SIDE = new Set<string>([
  ...Object.values(ROLE_WORDS).flat(),
  ...Object.keys(SIDE_WORDS),
  ...Object.keys(DIRECTION_TOKENS),
  ...ROLE_PHRASES.flatMap(([first, second]) => [first, second]),
  'end',
  'start',
]);
const STATE = new Set(STATE_WORDS);

/** Tailwind/Bootstrap-style utilities: looks, not meaning. Variant prefixes (`md:`, `hover:`) first. */
const UTILITY = new RegExp(
  [
    '^-?(?:m|p)[trblxyse]?-',
    '^(?:w|h|min-w|min-h|max-w|max-h|size)-',
    '^(?:text|bg|border|ring|fill|stroke|from|via|to|shadow|outline|decoration|divide|placeholder|accent|caret)(?:-|$)',
    '^(?:flex|grid|col|row|gap|space|justify|items|content|self|place|order|basis|grow|shrink)(?:-|$)',
    '^(?:rounded|font|leading|tracking|whitespace|break|overflow|z|top|left|right|bottom|inset|opacity)(?:-|$)',
    '^(?:transition|duration|ease|delay|animate|cursor|select|pointer-events|object|aspect|line-clamp|list)(?:-|$)',
    '^(?:align|float|clear|box|translate|rotate|scale|skew|origin|transform|filter|blur|backdrop|will-change)(?:-|$)',
    '^(?:d|g|gx|gy|fs|fw|lh|mw|mh|vw|vh|ps|pe|ms|me)-',
    '^(?:block|inline|inline-block|inline-flex|hidden|relative|absolute|fixed|sticky|static|truncate|italic|underline|uppercase|lowercase|capitalize|container|shrink-0|grow|visible|invisible|isolate|antialiased|sr-only|not-sr-only|clearfix|small|lead|fw-bold|shadow-sm)$',
  ].join('|'),
);

/** `Message_bubble__x8k2d` (CSS modules), `name___v57nc` (Udesk), `_bubble_1k2j3_7` (Vite). */
const MODULE_HASH = /^(.+?)(?:___[\w-]{3,}|__(?=[\w-]*(?:\d|[A-Z]))[\w-]{5,})$/;
const VITE_MODULE = /^_([a-zA-Z][\w-]*?)_[a-z0-9]{5}_\d+$/;
/** Generated names: styled-components, emotion, JSS, Svelte, styled-jsx. */
const GENERATED = /^(?:sc-|css-|jsx-|svelte-|emotion-|tw-[a-z0-9]{5,}$|jss\d)/;

function isHashLike(token: string): boolean {
  if (!/^[A-Za-z0-9]{5,12}$/.test(token)) return false;
  if (/\d/.test(token) && /[A-Za-z]/.test(token) && !/^[a-z]+\d{1,3}$/.test(token)) return true;
  // Random mixed case ("kXyZab", "bdVaJa") has short lower-case runs; camelCase ("chatItem",
  // "TextBox") has word-long ones.
  const uppers = token.match(/[A-Z]/g)?.length ?? 0;
  const runs = token.match(/[a-z]+/g) ?? [];
  if (uppers < 2 || runs.length === 0) return false;
  return runs.reduce((sum, run) => sum + run.length, 0) / runs.length < 2.5;
}

/** The class tokens of an element, as written. */
export function classTokens(element: Element): string[] {
  const value = element.getAttribute('class');
  return value ? value.split(/\s+/).filter(Boolean) : [];
}

/** Whether a class token is a utility (looks only). */
export function isUtility(token: string): boolean {
  const bare = token.slice(token.lastIndexOf(':') + 1).replace(/^!/, '');
  return bare.includes('[') || UTILITY.test(bare);
}

/** A utility token without its variant prefix (`md:justify-end` → `justify-end`). */
export function bareUtility(token: string): string {
  return token.slice(token.lastIndexOf(':') + 1).replace(/^!/, '');
}

/** A class token without build hashes and ids, or '' when nothing meaningful is left. */
export function stripHash(token: string): string {
  if (GENERATED.test(token)) return '';
  const vite = VITE_MODULE.exec(token);
  if (vite) return vite[1]!;
  const module = MODULE_HASH.exec(token);
  const base = module ? module[1]! : token;
  if (isHashLike(base)) return '';
  return base.replace(/[-_]?\d+$/, '');
}

/** Splits a name into lower-case words: "chatItemRight" / "chat-item_right" → chat, item, right. */
export function words(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A class token reduced to what it says about the kind of element: BEM modifiers, state, role and
 * side words removed (`msg--customer`, `msg-left`, `is-mine` → `msg`, `msg`, '').
 */
export function signatureToken(token: string): string {
  if (isUtility(token)) return '';
  const base = stripHash(token);
  if (!base || /^(?:is|has)[-_]/.test(base)) return '';
  const block = base.split('--')[0]!;
  const parts = block.split(/([-_]+)/);
  let out = '';
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i]!;
    const lower = part.toLowerCase();
    if (!part || ROLE_OR_SIDE.has(lower) || STATE.has(lower)) continue;
    out += (out ? (parts[i - 1] ?? '-') : '') + part;
  }
  return out;
}

/** tag → class attribute → signature. */
const signatureMemo = new Map<string, Map<string, string>>();
let memoised = 0;

/**
 * What kind of element this is: tag plus its meaningful classes. Siblings with the same signature
 * are "the same thing, repeated" — messages, whatever side they are on.
 */
export function signature(element: Element): string {
  const cls = element.getAttribute('class') ?? '';
  let byClass = signatureMemo.get(element.tagName);
  if (!byClass) signatureMemo.set(element.tagName, (byClass = new Map()));
  let sig = byClass.get(cls);
  if (sig === undefined) {
    const tokens = new Set<string>();
    for (const token of cls.split(/\s+/)) {
      if (!token) continue;
      const kept = signatureToken(token);
      if (kept) tokens.add(kept);
    }
    sig = [element.tagName.toLowerCase(), ...[...tokens].sort()].join('.');
    // Class strings repeat a lot; a bounded memo keeps lookups cheap without growing forever.
    if (++memoised > 4000) {
      signatureMemo.clear();
      memoised = 0;
      signatureMemo.set(element.tagName, byClass);
      byClass.clear();
    }
    byClass.set(cls, sig);
  }
  return sig;
}
