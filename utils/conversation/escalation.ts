/**
 * Escalation: none / watch / high, with the reasons and where they were said. Threats to go outside
 * (regulators, lawyers, the bank, the media), abuse, safety problems and three or more failed contacts
 * are high; an internal complaint, a manager request, a review or churn threat, a broken promise and a
 * second contact are watch. Routine mentions and negated threats don't count.
 */
import { COUNT_WORDS, ESCALATION_RULES, NEGATED, REPEAT_CONTACT, ROUTINE, type EscalationCode } from './data/escalation';
import type { EscalationLevel, Span } from './labels';
import { prepare, type Prepared } from './prepare';
import { canMatch, clauseStart, patternScript, scriptsIn } from './text';
import type { Conversation } from './types';

export type { EscalationCode } from './data/escalation';

export interface EscalationReason {
  code: EscalationCode;
  level: Exclude<EscalationLevel, 'none'>;
  /** The words that triggered it, as written. */
  text: string;
  span: Span;
  /** For repeated contact: how many contacts the customer counts. */
  count?: number;
}

export interface Escalation {
  level: EscalationLevel;
  /** Strongest first. */
  reasons: EscalationReason[];
}

/** A hit in one message, before it is placed in the conversation. */
export interface EscalationHit {
  code: EscalationCode;
  level: Exclude<EscalationLevel, 'none'>;
  start: number;
  end: number;
  count?: number;
}

function clauseAround(folded: string, start: number, end: number): [from: number, clause: string] {
  const from = clauseStart(folded, start);
  const lineEnd = folded.indexOf('\n', end);
  return [from, folded.slice(from, Math.max(end, lineEnd === -1 ? folded.length : lineEnd))];
}

/**
 * The words at start–end sit in a routine mention: asking about a complaint, "is this a scam?", a lawyer
 * friend. `anywhere` asks the question of the whole message.
 */
export function routineMention(folded: string, start: number, end: number, anywhere = false): boolean {
  const clause = anywhere ? folded : clauseAround(folded, start, end)[1];
  return ROUTINE.some((pattern) => pattern.test(clause));
}

function vetoed(folded: string, start: number, end: number): boolean {
  const [from, clause] = clauseAround(folded, start, end);
  if (ROUTINE.some((pattern) => pattern.test(clause))) return true;
  const before = folded.slice(from, start);
  return NEGATED.some((pattern) => pattern.test(before));
}

function count(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const number = Number.parseInt(word, 10);
  if (Number.isFinite(number)) return number;
  // 五六次 (five or six times) counts as its first number.
  return COUNT_WORDS[word] ?? COUNT_WORDS[word.slice(0, 2)] ?? COUNT_WORDS[word[0]!];
}

/** Red flags in one folded customer message. */
const RULES = ESCALATION_RULES.map((rule) => ({ ...rule, scripts: rule.patterns.map(patternScript) }));
const CONTACTS = REPEAT_CONTACT.map((entry) => ({ ...entry, script: patternScript(entry.pattern) }));

export function scanMessage(folded: string): EscalationHit[] {
  const hits: EscalationHit[] = [];
  const scripts = scriptsIn(folded);
  for (const rule of RULES) {
    for (let k = 0; k < rule.patterns.length; k++) {
      if (!canMatch(rule.scripts[k]!, scripts)) continue;
      const pattern = rule.patterns[k]!;
      const match = pattern.exec(folded);
      if (!match) continue;
      const end = match.index + match[0].length;
      if (vetoed(folded, match.index, end)) continue;
      hits.push({ code: rule.code, level: rule.level, start: match.index, end });
      break;
    }
  }
  let contacts: EscalationHit | undefined;
  for (const { pattern, count: fixed, script } of CONTACTS) {
    if (!canMatch(script, scripts)) continue;
    const match = pattern.exec(folded);
    if (!match) continue;
    const n = fixed ?? count(match.slice(1).find((group) => group !== undefined)) ?? 2;
    if (n < 2) continue;
    if (!contacts || n > (contacts.count ?? 0)) {
      contacts = {
        code: 'repeated-contact',
        level: n >= 3 ? 'high' : 'watch',
        start: match.index,
        end: match.index + match[0].length,
        count: n,
      };
    }
  }
  if (contacts) hits.push(contacts);
  return hits;
}

const HITS = new WeakMap<Prepared, EscalationHit[][]>();

/** `scanMessage` for a prepared conversation's message, computed once and shared by emotion and escalation. */
export function redFlags(prepared: Prepared, index: number): EscalationHit[] {
  let cache = HITS.get(prepared);
  if (!cache) HITS.set(prepared, (cache = []));
  return (cache[index] ??= scanMessage(prepared.folded[index]!));
}

const ORDER: Record<EscalationCode, number> = {
  safety: 0,
  threat: 1,
  abuse: 2,
  'repeated-contact': 3,
  complaint: 4,
  manager: 5,
  review: 6,
  churn: 7,
  'broken-promise': 8,
};

export function detectEscalation(input: Conversation | Prepared): Escalation {
  const prepared = 'folded' in input ? input : prepare(input);
  const reasons: EscalationReason[] = [];
  for (const index of prepared.customer) {
    const text = prepared.conversation.messages[index]!.text;
    for (const hit of redFlags(prepared, index)) {
      const reason: EscalationReason = {
        code: hit.code,
        level: hit.level,
        text: text.slice(hit.start, hit.end),
        span: { message: index, start: hit.start, end: hit.end },
        ...(hit.count === undefined ? {} : { count: hit.count }),
      };
      const same = reasons.findIndex((existing) => existing.code === reason.code);
      if (same === -1) reasons.push(reason);
      // Keep one reason per kind: the strongest, or the latest of equals (what the customer says now).
      else if (reason.level === 'high' || reasons[same]!.level !== 'high') reasons[same] = reason;
    }
  }
  reasons.sort((a, b) => (a.level === b.level ? ORDER[a.code] - ORDER[b.code] : a.level === 'high' ? -1 : 1));
  const level: EscalationLevel = reasons.some((r) => r.level === 'high') ? 'high' : reasons.length ? 'watch' : 'none';
  return { level, reasons };
}

/** "threat: 12315" — the one-line form the CLI and the panel show. */
export function describeReason(reason: EscalationReason): string {
  return `${reason.code}: ${reason.text.trim()}`;
}
