/**
 * Template variables: `{{customer.name|您}}`, `{{order.id}}`, `{{date +2d}}`, `{{cursor}}` …
 * Rendering never lets a literal `{{…}}` through: whatever can't be filled is reported as missing
 * so the UI can ask for it before anything reaches the customer.
 */

import type { Conversation } from '../conversation/types';

export const VARIABLE_NAMES = ['customer.name', 'agent.name', 'order.id', 'ticket.id', 'date', 'deadline', 'cursor'] as const;
export type VariableName = (typeof VARIABLE_NAMES)[number];

export interface VariableToken {
  /** Offsets of the whole `{{…}}` in the template body (UTF-16). */
  start: number;
  end: number;
  name: string;
  /** `+3d` in `{{date +3d}}`. */
  argument?: string;
  fallback?: string;
}

const TOKEN = /\{\{\s*([a-z][a-z.]*)(?:\s+([^|}]+?))?\s*(?:\|([^}]*))?\}\}/g;
const DATE_OFFSET = /^([+-]\d{1,3})d$/;

export function parseVariables(body: string): VariableToken[] {
  const tokens: VariableToken[] = [];
  for (const match of body.matchAll(TOKEN)) {
    const [whole, name = '', argument, fallback] = match;
    tokens.push({
      start: match.index,
      end: match.index + whole.length,
      name,
      ...(argument === undefined ? {} : { argument: argument.trim() }),
      ...(fallback === undefined ? {} : { fallback }),
    });
  }
  return tokens;
}

/** Problems with a body's variables, for pack validation: unknown names and bad arguments. */
export function variableProblems(body: string): string[] {
  const problems: string[] = [];
  for (const token of parseVariables(body)) {
    if (!(VARIABLE_NAMES as readonly string[]).includes(token.name)) {
      problems.push(`unknown variable {{${token.name}}}; known: ${VARIABLE_NAMES.join(', ')}`);
    } else if (token.name === 'date' && (!token.argument || !DATE_OFFSET.test(token.argument))) {
      problems.push(`{{date}} needs an offset in days, e.g. {{date +2d}}`);
    } else if (token.name !== 'date' && token.argument !== undefined) {
      problems.push(`{{${token.name}}} takes no argument`);
    }
  }
  if (parseVariables(body).filter((token) => token.name === 'cursor').length > 1) {
    problems.push('{{cursor}} may appear at most once');
  }
  // A `{{` that isn't a well-formed variable would otherwise reach the customer as-is.
  const stray = body.replace(TOKEN, '').indexOf('{{');
  if (stray !== -1) problems.push('malformed variable: "{{" without a matching "}}" or name');
  return problems;
}

export interface VariableValues {
  'customer.name'?: string;
  'agent.name'?: string;
  'order.id'?: string;
  'ticket.id'?: string;
  deadline?: string;
}

/** What a conversation tells the variables by itself: the customer's name and the ticket number. */
export function conversationValues(conversation: Conversation | undefined): VariableValues {
  return {
    ...(conversation?.customer?.name && { 'customer.name': conversation.customer.name }),
    ...(conversation?.ticketId && { 'ticket.id': conversation.ticketId }),
  };
}

export interface RenderOptions {
  values: VariableValues;
  locale: string;
  now: Date;
  /** The team's rule for `{{deadline}}` when no value is given, e.g. `today 18:00` or `+2h`. */
  deadlineRule?: string;
}

export interface RenderResult {
  text: string;
  /** Where `{{cursor}}` was, in `text` (UTF-16 offset); undefined when the body has none. */
  cursor?: number;
  /** Variables that have neither a value nor a fallback; `text` is not ready to send. */
  missing: string[];
}

export function formatDate(date: Date, locale: string): string {
  if (locale.toLowerCase().startsWith('zh')) {
    return `${date.getMonth() + 1}月${date.getDate()}日`;
  }
  return date.toLocaleDateString('en-US', { month: 'short', day: 'numeric' });
}

export function renderTemplate(body: string, options: RenderOptions): RenderResult {
  const missing: string[] = [];
  let text = '';
  let cursor: number | undefined;
  let last = 0;
  for (const token of parseVariables(body)) {
    text += body.slice(last, token.start);
    last = token.end;
    if (token.name === 'cursor') {
      cursor = text.length;
      continue;
    }
    let value: string | undefined;
    if (token.name === 'date') {
      const days = Number(DATE_OFFSET.exec(token.argument ?? '')?.[1]);
      if (Number.isFinite(days)) {
        const date = new Date(options.now);
        date.setDate(date.getDate() + days);
        value = formatDate(date, options.locale);
      }
    } else {
      value = options.values[token.name as keyof VariableValues]?.trim() || undefined;
      if (value === undefined && token.name === 'deadline' && options.deadlineRule) {
        value = resolveDeadline(options.deadlineRule, options.now, options.locale);
      }
      value ??= token.fallback;
    }
    if (value === undefined) {
      missing.push(token.name);
      // Keep the token so the UI can show what is still to be filled.
      text += body.slice(token.start, token.end);
    } else {
      text += value;
    }
  }
  text += body.slice(last);
  return { text, missing: [...new Set(missing)], ...(cursor === undefined ? {} : { cursor }) };
}

const DEADLINE_RULE = /^\s*(?:(today|tomorrow)\s+(\d{1,2}):(\d{2})|\+(\d{1,3})\s*([hm]))\s*$/i;

/** Whether a `{{deadline}}` rule is understood: `today 18:00`, `tomorrow 10:00`, `+2h`, `+30m`. */
export function isDeadlineRule(rule: string): boolean {
  const match = DEADLINE_RULE.exec(rule);
  if (!match) return false;
  return match[2] === undefined || (Number(match[2]) < 24 && Number(match[3]) < 60);
}

/**
 * A concrete time for `{{deadline}}` from the team's rule, written for the customer in the
 * template's language: `今天 18:00` / `6:00 PM today`. `today 18:00` rolls over to tomorrow once
 * less than half an hour is left, so a promise is never already late.
 */
export function resolveDeadline(rule: string, now: Date, locale: string): string | undefined {
  const match = DEADLINE_RULE.exec(rule);
  if (!match || !isDeadlineRule(rule)) return undefined;
  const [, day, hours, minutes, amount, unit] = match;
  let when: Date;
  if (day) {
    when = new Date(now);
    when.setHours(Number(hours), Number(minutes), 0, 0);
    if (day.toLowerCase() === 'tomorrow' || when.getTime() - now.getTime() < 30 * 60_000) when.setDate(when.getDate() + 1);
  } else {
    when = new Date(now.getTime() + Number(amount) * (unit!.toLowerCase() === 'h' ? 3_600_000 : 60_000));
    // Round up to the next 5 minutes: "by 15:35", not "by 15:33".
    when.setSeconds(0, 0);
    when.setMinutes(Math.ceil(when.getMinutes() / 5) * 5);
  }
  return formatDeadline(when, now, locale);
}

function formatDeadline(when: Date, now: Date, locale: string): string {
  const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const days = Math.round((startOfDay(when) - startOfDay(now)) / 86_400_000);
  const hh = String(when.getHours()).padStart(2, '0');
  const mm = String(when.getMinutes()).padStart(2, '0');
  if (locale.toLowerCase().startsWith('zh')) {
    const dayWord = days === 0 ? '今天' : days === 1 ? '明天' : formatDate(when, locale);
    return `${dayWord} ${hh}:${mm}`;
  }
  const time = when.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' }).replace(/\u202f/g, ' ');
  const dayWord = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `on ${formatDate(when, locale)}`;
  return `${time} ${dayWord}`;
}
