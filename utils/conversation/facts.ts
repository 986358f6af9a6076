/**
 * Facts the customer gave: order and tracking numbers, amounts, dates and durations, phones,
 * emails, error codes, products — each with the span it came from — plus quoted error messages and
 * the steps they already tried. Only the customer's messages are read: the agent's words are not
 * facts about the customer's case.
 */
import {
  AMOUNT_CONTEXT,
  AMOUNT_CONTEXT_HAN,
  AMOUNT_HAN,
  AMOUNT_MULTIPLIERS,
  AMOUNT_PREFIX,
  AMOUNT_SUFFIX,
  BARE_AMOUNT,
  BARE_ID,
  BARE_MODEL,
  CURRENCY_CODES,
  DATE_IGNORE,
  DATE_PATTERNS,
  DATE_PREFIX,
  DATE_SUFFIX,
  DURATION_UNITS,
  EMAIL,
  EN_NUMBERS,
  ERROR_CODES,
  ERROR_MESSAGE_QUOTED,
  FREQUENCY_AFTER,
  FREQUENCY_BEFORE,
  HAN_DIGITS,
  HAN_UNITS,
  MIN_ID_DIGITS,
  MODEL_ANSWER,
  MODEL_CONTEXT,
  ORDER_CONTEXT,
  PER_UNIT,
  ORDER_HASH,
  PHONES,
  PRODUCT_BRANDS,
  PRODUCT_LINES,
  PRODUCT_TAIL,
  STEPS_TRIED,
  TRACKING_CONTEXT,
  TRACKING_FORMATS,
  CODE_IN_MESSAGE,
  COURIER_CONTEXT,
  NEXT_ID,
  TRACKING_BARE,
} from './data/facts';
import type { FactType, Span } from './labels';
import { prepare, type Prepared } from './prepare';
import { PhraseMatcher } from './text';
import type { Conversation } from './types';

export interface Fact {
  type: FactType;
  /** The value as the customer wrote it (an order id without its leading `#`). */
  value: string;
  /** The text of the span, exactly as written. */
  text: string;
  span: Span;
  /** For phones and emails: what the panel shows until the agent reveals it (138****5678, j***@example.com). */
  masked?: string;
}

export interface AmountFact extends Fact {
  type: 'amounts';
  amount: number;
  /** ISO 4217 when the customer wrote a currency. */
  currency?: string;
}

export interface DateFact extends Fact {
  type: 'dates';
  /** For durations and relative days that can be counted: how many days ("3 天了" → 3). */
  days?: number;
}

export interface Facts {
  orderIds: Fact[];
  trackingNumbers: Fact[];
  amounts: AmountFact[];
  dates: DateFact[];
  phones: Fact[];
  emails: Fact[];
  errorCodes: Fact[];
  products: Fact[];
}

/** Something the customer said that isn't a contract fact but helps the agent. */
export interface Mention {
  text: string;
  span: Span;
}

export interface FactExtraction {
  facts: Facts;
  /** Quoted error texts: it says "Payment failed", 提示“系统繁忙”. */
  errorMessages: Mention[];
  /** Steps already tried: restarted, 重装了, cleared the cache. */
  stepsTried: Mention[];
}

const STEPS = new PhraseMatcher(STEPS_TRIED.map((term) => [term, true] as const));
const PRODUCTS = new PhraseMatcher([
  ...PRODUCT_LINES.map((term) => [term, 'line'] as const),
  ...PRODUCT_BRANDS.map((term) => [term, 'brand'] as const),
]);
const DIGIT = /\d/g;

function digits(text: string): number {
  return text.match(DIGIT)?.length ?? 0;
}

/** Runs a global regex from the start, without the cloning `matchAll` does. */
function each(regex: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    visit(match);
    if (match[0] === '') regex.lastIndex++;
  }
}

/** Start offset of capture group `group`; the patterns that need it carry the `d` flag. */
function groupStart(match: RegExpExecArray, group: number): number {
  return match.indices?.[group]?.[0] ?? match.index;
}

class Taken {
  private readonly ranges: [number, number][] = [];
  overlaps(start: number, end: number): boolean {
    return this.ranges.some(([s, e]) => start < e && end > s);
  }
  add(start: number, end: number): void {
    this.ranges.push([start, end]);
  }
}

export function maskPhone(phone: string): string {
  const chars = [...phone];
  const positions = chars.flatMap((char, index) => (/\d/.test(char) ? [index] : []));
  // Keep the first three and the last four digits: 138****5678.
  const hide = positions.slice(3, Math.max(3, positions.length - 4));
  for (const index of hide) chars[index] = '*';
  return chars.join('');
}

export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at <= 0) return email;
  return `${email[0]}***${email.slice(at)}`;
}

function hanNumber(text: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const char of text) {
    const digit = HAN_DIGITS[char];
    const unit = HAN_UNITS[char];
    if (digit !== undefined) current = digit;
    else if (unit !== undefined) {
      total += (current || 1) * unit;
      current = 0;
    } else if (char === '半') current = 0.5;
    else if (char === '几') current = 3;
    else return undefined;
  }
  return total + current;
}

function parseAmount(integer: string, fraction: string | undefined): number {
  return Number(`${integer.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
}

const DURATION =
  /(\d+|[一二两三四五六七八九十几半]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s*(?:个\s*)?(?:多\s*)?(?:个\s*)?(?:business\s+|working\s+)?(工作日|分钟|小时|天|日|周|星期|礼拜|月|年|minute|min|hour|hr|day|week|month|year)/;
const RELATIVE_DAYS: Record<string, number> = {
  昨天: 1,
  昨晚: 1,
  前天: 2,
  大前天: 3,
  yesterday: 1,
  'last night': 1,
  'last week': 7,
};

const WEEKDAY = /(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:周|星期|礼拜)([一二三四五六日天])/;
const WEEKDAY_NUMBER: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  日: 0,
  天: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
};

function countDays(folded: string, now?: Date): number | undefined {
  const relative = RELATIVE_DAYS[folded];
  if (relative !== undefined) return relative;
  const weekday = WEEKDAY.exec(folded);
  if (weekday) {
    // Only past references can be counted: "since Monday", "last Friday", 上周五.
    if (!now || !/since|last|上|自从/.test(folded)) return undefined;
    const target = WEEKDAY_NUMBER[weekday[1] ?? weekday[2] ?? '']!;
    return (now.getDay() - target + 7) % 7 || 7;
  }
  const match = DURATION.exec(folded);
  if (!match) return undefined;
  const [, count = '', unit = ''] = match;
  const n = /^\d+$/.test(count) ? Number(count) : (EN_NUMBERS[count] ?? hanNumber(count));
  const perUnit = DURATION_UNITS[unit];
  if (n === undefined || perUnit === undefined || perUnit === 0) return undefined;
  return Math.round(n * perUnit);
}

export function extractFacts(input: Conversation | Prepared, { now }: { now?: Date } = {}): FactExtraction {
  const prepared = 'folded' in input ? input : prepare(input);
  const facts: Facts = {
    orderIds: [],
    trackingNumbers: [],
    amounts: [],
    dates: [],
    phones: [],
    emails: [],
    errorCodes: [],
    products: [],
  };
  const errorMessages: Mention[] = [];
  const stepsTried: Mention[] = [];
  const seen = new Map<FactType, Set<string>>();

  for (const index of prepared.customer) {
    const text = prepared.conversation.messages[index]!.text;
    const folded = prepared.folded[index]!;
    const asked = prepared.asked[index];
    const taken = new Taken();
    const span = (start: number, end: number): Span => ({ message: index, start, end });
    const push = <T extends Fact>(list: T[], fact: T) => {
      const key = fact.value.toLowerCase().replace(/\s+/g, '');
      let keys = seen.get(fact.type);
      if (!keys) seen.set(fact.type, (keys = new Set()));
      if (keys.has(key)) return;
      keys.add(key);
      list.push(fact);
    };
    const simple = (type: FactType, list: Fact[], start: number, end: number, extra?: Partial<Fact>) => {
      taken.add(start, end);
      const written = text.slice(start, end);
      push(list, { type, value: written, text: written, span: span(start, end), ...extra });
    };

    if (folded.includes('@'))
      each(EMAIL, folded, (m) => {
        const written = text.slice(m.index, m.index + m[0].length);
        simple('emails', facts.emails, m.index, m.index + m[0].length, { masked: maskEmail(written) });
      });
    for (const pattern of PHONES) {
      each(pattern, folded, (m) => {
        const end = m.index + m[0].length;
        if (taken.overlaps(m.index, end)) return;
        simple('phones', facts.phones, m.index, end, { masked: maskPhone(text.slice(m.index, end)) });
      });
    }
    each(TRACKING_FORMATS, folded, (m) => {
      const end = m.index + m[0].length;
      if (!taken.overlaps(m.index, end)) simple('trackingNumbers', facts.trackingNumbers, m.index, end);
    });
    const tracking = (m: RegExpExecArray) => {
      const start = groupStart(m, 1);
      const end = start + m[1]!.length;
      if (digits(m[1]!) >= 6 && !taken.overlaps(start, end)) simple('trackingNumbers', facts.trackingNumbers, start, end);
    };
    each(TRACKING_CONTEXT, folded, tracking);
    if (COURIER_CONTEXT.test(folded)) each(TRACKING_BARE, folded, tracking);
    each(ERROR_CODES[0]!, folded, (m) => simple('errorCodes', facts.errorCodes, m.index, m.index + m[0].length));
    each(ERROR_CODES[1]!, folded, (m) => {
      if (!taken.overlaps(m.index, m.index + m[0].length)) simple('errorCodes', facts.errorCodes, m.index, m.index + m[0].length);
    });
    for (const pattern of ERROR_CODES.slice(2)) {
      each(pattern, folded, (m) => {
        const start = groupStart(m, 1);
        const end = start + m[1]!.length;
        if (!taken.overlaps(start, end)) simple('errorCodes', facts.errorCodes, start, end);
      });
    }
    const orderAt = (start: number, end: number) => {
      const written = text.slice(start, end);
      if (digits(written) < MIN_ID_DIGITS || taken.overlaps(start, end)) return;
      taken.add(start, end);
      push(facts.orderIds, { type: 'orderIds', value: written, text: written, span: span(start, end) });
      // "orders 5581 and 5582", 单号 X 和 Y: the next id in a list is an order id too.
      const next = NEXT_ID.exec(folded.slice(end));
      if (next) {
        const nextStart = end + next[0].length - next[1]!.length;
        orderAt(nextStart, nextStart + next[1]!.length);
      }
    };
    each(ORDER_CONTEXT, folded, (m) => {
      const start = groupStart(m, 1);
      orderAt(start, start + m[1]!.length);
    });
    each(ORDER_HASH, folded, (m) => {
      const start = m.index + 1;
      orderAt(start, start + m[1]!.length);
    });
    if (asked?.has('orderId')) {
      each(BARE_ID, folded, (m) => {
        if (digits(m[1]!) >= 5) orderAt(m.index, m.index + m[1]!.length);
      });
    }

    const amount = (
      start: number,
      end: number,
      integer: string,
      fraction: string | undefined,
      marker?: string,
      value?: number,
    ) => {
      if (taken.overlaps(start, end)) return;
      taken.add(start, end);
      const written = text.slice(start, end);
      const currency = marker ? CURRENCY_CODES[marker] : undefined;
      push(facts.amounts, {
        type: 'amounts',
        value: written,
        text: written,
        span: span(start, end),
        amount: value ?? parseAmount(integer, fraction),
        ...(currency ? { currency } : {}),
      });
    };
    each(AMOUNT_PREFIX, folded, (m) => amount(m.index, m.index + m[0].length, m[2]!, m[3], m[1]));
    each(AMOUNT_SUFFIX, folded, (m) => {
      const multiplier = m[3] ? AMOUNT_MULTIPLIERS[m[3]]! : 1;
      const value = Math.round(parseAmount(m[1]!, m[2]) * multiplier * 100) / 100;
      amount(m.index, m.index + m[0].length, m[1]!, m[2], m[5], value);
    });
    each(AMOUNT_HAN, folded, (m) => {
      const value = hanNumber(m[1]!);
      if (value) amount(m.index, m.index + m[0].length, '', undefined, m[3], value);
    });
    each(AMOUNT_CONTEXT_HAN, folded, (m) => {
      const value = hanNumber(m[1]!);
      const start = groupStart(m, 1);
      if (value) amount(start, start + m[1]!.length, '', undefined, undefined, value);
    });
    each(AMOUNT_CONTEXT, folded, (m) => {
      const start = groupStart(m, 1);
      const end = m.index + m[0].length;
      amount(start, end, m[1]!, m[2]);
    });
    if (asked?.has('amount')) {
      let found = false;
      each(BARE_AMOUNT, folded, (m) => {
        if (found || taken.overlaps(m.index, m.index + m[0].length)) return;
        found = true;
        amount(m.index, m.index + m[0].length, m[1]!, m[2]);
      });
    }

    // Dates: every pattern, overlaps resolved to the longest, then "since …" / "… 了" attached.
    const candidates: [number, number][] = [];
    for (const pattern of DATE_PATTERNS) each(pattern, folded, (m) => candidates.push([m.index, m.index + m[0].length]));
    candidates.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let lastEnd = -1;
    for (let [start, end] of candidates) {
      if (start < lastEnd || taken.overlaps(start, end)) continue;
      const core = folded.slice(start, end);
      if (DATE_IGNORE.some((idiom) => folded.slice(Math.max(0, start - 1), end + 2).includes(idiom))) continue;
      // "15 times a day", 一天崩三回: how often, not when or how long.
      if (
        PER_UNIT.test(core) &&
        (FREQUENCY_BEFORE.test(folded.slice(Math.max(0, start - 8), start)) || FREQUENCY_AFTER.test(folded.slice(end, end + 8)))
      )
        continue;
      const prefix = DATE_PREFIX.exec(folded.slice(Math.max(0, start - 8), start));
      if (prefix) start -= prefix[0].length;
      const days = countDays(folded.slice(start, end), now);
      const suffix = DATE_SUFFIX.exec(folded.slice(end, end + 3));
      if (suffix && (days !== undefined || /天|周|月|年|小时|分钟|day|week|month|year|hour|minute/.test(core)))
        end += suffix[0].length;
      lastEnd = end;
      taken.add(start, end);
      const written = text.slice(start, end);
      push(facts.dates, {
        type: 'dates',
        value: written,
        text: written,
        span: span(start, end),
        ...(days === undefined ? {} : { days }),
      });
    }

    // Products: a product line (with its model), a brand followed by a model, or a model after 型号/model.
    const product = (start: number, end: number) => {
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (taken.overlaps(start, end)) return;
      simple('products', facts.products, start, end);
    };
    for (const match of PRODUCTS.find(folded)) {
      const tail = PRODUCT_TAIL.exec(folded.slice(match.end))?.[0] ?? '';
      // A brand names a product only with a model or line after it (Galaxy Tab, Pixel 8, 小米14).
      if (match.value === 'brand' && !/\d|pro|max|tab|buds|note|fold|flip|watch|band/.test(tail)) continue;
      product(match.start, match.end + tail.length);
    }
    each(MODEL_CONTEXT, folded, (m) => {
      if (digits(m[1]!) === 0) return;
      const start = groupStart(m, 1);
      product(start, start + m[1]!.length);
    });
    if (asked?.has('productModel')) {
      each(MODEL_ANSWER, folded, (m) => {
        if (digits(m[1]!) === 0) return;
        const start = groupStart(m, 1);
        product(start, start + m[1]!.trimEnd().length);
      });
      // Otherwise the first model-like word of the answer: "T8 Max 去年买的".
      if (!facts.products.some((fact) => fact.span.message === index)) {
        BARE_MODEL.lastIndex = 0;
        const m = BARE_MODEL.exec(folded);
        if (m) {
          const start = groupStart(m, 1);
          product(start, start + m[1]!.length);
        }
      }
    }

    for (const pattern of ERROR_MESSAGE_QUOTED) {
      each(pattern, folded, (m) => {
        const start = groupStart(m, 1);
        const end = start + m[1]!.length;
        if (!errorMessages.some((mention) => mention.span.message === index && mention.span.start === start)) {
          errorMessages.push({ text: text.slice(start, end), span: span(start, end) });
          const inner = folded.slice(start, end);
          each(CODE_IN_MESSAGE, inner, (c) => {
            const codeStart = start + groupStart(c, 1);
            const codeEnd = codeStart + c[1]!.length;
            if (!taken.overlaps(codeStart, codeEnd)) simple('errorCodes', facts.errorCodes, codeStart, codeEnd);
          });
        }
      });
    }
    for (const match of STEPS.find(folded))
      stepsTried.push({ text: text.slice(match.start, match.end), span: span(match.start, match.end) });
  }
  return { facts, errorMessages, stepsTried };
}
