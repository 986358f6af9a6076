/**
 * Template variables: `{{customer.name|您}}`, `{{order.id}}`, `{{date +2d}}`, `{{cursor}}` …
 * Rendering never lets a literal `{{…}}` through: whatever can't be filled is reported as missing
 * so the UI can ask for it before anything reaches the customer.
 */

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

export interface RenderOptions {
  values: VariableValues;
  locale: string;
  now: Date;
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
      value = options.values[token.name as keyof VariableValues]?.trim() || token.fallback;
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
