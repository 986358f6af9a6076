/**
 * Everything the rules share for one lint run: the prepared draft, concrete times, and what the
 * conversation says (the customer's words, language, mood, whether the problem is solved).
 */
import { customerLanguage, type Conversation } from '../conversation/types';
import { QUESTION_WORDS, WH_WORDS } from './data/context';
import { OPEN_CUES, PENDING_CUES, PROBLEM_CUES, RESOLVED_CUES, SHOUTING_CUES, UPSET_CUES } from './data/signals';
import { conditionalBefore, conditionInClause, prepareDraft, spanAt, within, type Draft } from './draft';
import { DEFAULT_SERVICE_HOURS, timeWords, type TimeWords } from './time';
import type { Lang, LintOptions } from './types';

/**
 * Where a phrase is not the agent's own statement, or not a plain one:
 * - quote: inside quotation marks;  - reported: after 您刚才说 / you mentioned;
 * - question: in a question;  - mirror: in a question that restates the customer's words;
 * - echo: the same words (with their neighbours) are in the customer's messages;
 * - conditional: the clause (or the sentence's opening) sets up a condition (如果…, if …);
 * - condition: the words before it in its own clause set up a condition (if it fails later, …).
 */
export type Guard = 'quote' | 'reported' | 'question' | 'mirror' | 'echo' | 'conditional' | 'condition';

export interface ConversationSignals {
  /** The customers' messages, lower-cased, joined by newlines ('' without a conversation). */
  customerText: string;
  customerLanguage: Lang | undefined;
  /** undefined: unknown (no conversation and no override). */
  upset: boolean | undefined;
  resolved: boolean | undefined;
  customerName: string | undefined;
  ticketId: string | undefined;
}

export interface LintContext {
  /** The draft as matched (see normalize); same length and offsets as `original`. */
  text: string;
  /** The draft as written, for suggestions that quote it. */
  original: string;
  draft: Draft;
  options: LintOptions;
  ui: Lang;
  signals: ConversationSignals;
  /** Concrete times for suggestions in `lang` (computed on first use). */
  time(lang: Lang): TimeWords;
  sentenceText(index: number): string;
  exempt(start: number, end: number, guards: readonly Guard[]): boolean;
}

const UPSET_WORDS = new RegExp(UPSET_CUES.join('|'), 'i');
const SHOUTING = new RegExp(SHOUTING_CUES);
const UPSET = { test: (text: string) => UPSET_WORDS.test(text) || SHOUTING.test(text) };
const RESOLVED = new RegExp(RESOLVED_CUES.join('|'), 'i');
const OPEN = new RegExp(OPEN_CUES.join('|'), 'i');
const PENDING = new RegExp(PENDING_CUES.join('|'), 'i');
const PROBLEM = new RegExp(PROBLEM_CUES.join('|'), 'i');
const QUESTION_WORD = new RegExp(QUESTION_WORDS, 'i');
const ADDRESSEE = /您|你|\byou(?:r)?\b/i;
const WH_WORD = new RegExp(WH_WORDS, 'i');
/** How many of the customer's latest messages speak for their current mood. */
const RECENT_TURNS = 2;

/** The customer's turns since the agent last wrote (at least the latest one). */
function latestCustomerTurns(conversation: Conversation): string[] {
  const turns: string[] = [];
  for (let i = conversation.messages.length - 1; i >= 0 && turns.length < RECENT_TURNS; i--) {
    const message = conversation.messages[i]!;
    if (message.role === 'customer') turns.unshift(message.text);
    else if (message.role === 'agent' && turns.length) break;
  }
  return turns;
}

/** The draft itself says the matter is still open (正在核实…, I'll check and get back to you). */
export function draftSaysPending(text: string): boolean {
  return PENDING.test(text);
}

export function readSignals(draftText: string, options: LintOptions): ConversationSignals {
  const conversation = options.conversation;
  const turns = conversation ? latestCustomerTurns(conversation) : [];
  const latest = turns.at(-1) ?? '';
  let upset = options.customerUpset;
  let resolved = options.resolved;
  if (conversation && upset === undefined)
    upset = turns.some((turn) => UPSET.test(turn)) && !(RESOLVED.test(latest) && !OPEN.test(latest) && !UPSET.test(latest));
  if (resolved === undefined) {
    if (draftSaysPending(draftText)) resolved = false;
    else if (conversation && latest) {
      if (OPEN.test(latest) || UPSET.test(latest)) resolved = false;
      else if (RESOLVED.test(latest)) resolved = true;
      else if (PROBLEM.test(latest)) resolved = false;
    }
  }
  return {
    customerText: conversation
      ? conversation.messages
          .filter((message) => message.role === 'customer')
          .map((message) => normalize(message.text).toLowerCase())
          .join('\n')
      : '',
    customerLanguage: options.customerLanguage ?? (conversation ? customerLanguage(conversation) : undefined),
    upset,
    resolved,
    customerName: conversation?.customer?.name?.trim() || undefined,
    ticketId: conversation?.ticketId?.trim() || undefined,
  };
}

/**
 * The phrase is part of what is asked: the clause that ends the question, or a clause with a
 * question word (您大概什么时候下的单,还记得吗?) — not a statement before a tag (大概 5 元,您看可以吗?).
 */
function inQuestion(text: string, draft: Draft, index: number): boolean {
  const sentence = spanAt(draft.sentences, index);
  if (!sentence.question) return false;
  const clause = text.slice(spanAt(draft.clauses, index).start, spanAt(draft.clauses, index).end);
  const asked = spanAt(draft.clauses, index).end === sentence.end || QUESTION_WORD.test(clause);
  // "Maybe try logging out?" suggests rather than asks: a question asks the customer something.
  return asked && (ADDRESSEE.test(clause) || WH_WORD.test(clause));
}

/** A phrase with a few neighbours on each side, found verbatim in what the customer wrote. */
function echoesCustomer(ctx: LintContext, start: number, end: number): boolean {
  const customer = ctx.signals.customerText;
  if (!customer) return false;
  const clause = spanAt(ctx.draft.clauses, start);
  const text = ctx.text.toLowerCase();
  const pad = 4;
  const windows = [
    text.slice(Math.max(clause.start, start - pad), end),
    text.slice(start, Math.min(clause.end, end + pad)),
  ].filter((window) => window.trim().length >= end - start + 3);
  return windows.some((window) => customer.includes(window));
}

/**
 * The text the rules match: full-width punctuation (，！？：；（）) and curly apostrophes (can’t) read
 * as their ASCII forms, so one pattern serves both. Every replacement is one UTF-16 unit for one, so
 * offsets hold.
 */
export function normalize(text: string): string {
  return text.replace(/[\uFF0C\uFF01\uFF1F\uFF1A\uFF1B\uFF08\uFF09\u2018\u2019]/g, (ch) => NORMAL[ch] ?? ch);
}
const NORMAL: Record<string, string> = {
  '\uFF0C': ',',
  '\uFF01': '!',
  '\uFF1F': '?',
  '\uFF1A': ':',
  '\uFF1B': ';',
  '\uFF08': '(',
  '\uFF09': ')',
  '\u2018': "'",
  '\u2019': "'",
};

export function createContext(original: string, options: LintOptions): LintContext {
  const text = normalize(original);
  const draft = prepareDraft(text);
  const hours = options.serviceHours ?? DEFAULT_SERVICE_HOURS;
  const times = new Map<Lang, TimeWords>();
  const ctx: LintContext = {
    text,
    original,
    draft,
    options,
    ui: options.uiLanguage,
    signals: readSignals(text, options),
    time(lang) {
      let words = times.get(lang);
      if (!words) times.set(lang, (words = timeWords(options.now, hours, lang)));
      return words;
    },
    sentenceText(index) {
      const span = spanAt(draft.sentences, index);
      return text.slice(span.start, span.end);
    },
    exempt(start, end, guards) {
      for (const guard of guards) {
        if (guard === 'quote' && within(draft.quoted, start, end)) return true;
        if (guard === 'reported' && within(draft.reported, start, end)) return true;
        if (guard === 'question' && inQuestion(text, draft, start)) return true;
        if (guard === 'mirror' && spanAt(draft.sentences, start).mirror) return true;
        if (guard === 'conditional' && conditionalBefore(draft, start)) return true;
        if (guard === 'condition' && conditionInClause(draft, start)) return true;
        if (guard === 'echo' && echoesCustomer(ctx, start, end)) return true;
      }
      return false;
    },
  };
  return ctx;
}
