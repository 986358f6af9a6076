/**
 * Word lists as data, compiled once into one regular expression per list. Each entry says what it
 * matches and in which surroundings it does not count; rules add what only code can judge.
 */
import type { Lang } from './types';

export interface Term {
  /** The phrase as people would list it ('尽快', 'ASAP'); unique in its list, lists sorted by it. */
  key: string;
  lang: Lang;
  /** Regex source when the key alone is not precise; non-capturing groups only. Default: the key (English: as a whole word). */
  pattern?: string;
  /** Regex source: the hit does not count when the text right before it matches (e.g. 不 before 可能). */
  notAfter?: string;
  /** Regex source: the hit does not count when the text right after it matches (e.g. 性 after 可能). */
  notBefore?: string;
  /** Regex source tested on the whole sentence around the hit: when it matches, the hit does not count. */
  unlessSentence?: string;
}

export interface CompiledTerms<T extends Term> {
  terms: T[];
  /** One expression per term: V8 scans a plain pattern far faster than one alternation of them all. */
  regexes: RegExp[];
  unlessSentence: (RegExp | undefined)[];
}

export interface TermHit<T extends Term> {
  term: T;
  start: number;
  end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function termSource(term: Term): string {
  const core = term.pattern ?? (term.lang === 'en' ? `\\b${escape(term.key)}\\b` : escape(term.key));
  const after = term.notBefore ? `(?!${term.notBefore})` : '';
  if (!term.notAfter) return `(?:${core})${after}`;
  // A plain phrase comes first so the engine can scan for it; the look back then includes it.
  if (!term.pattern) return `(?:${core})(?<!(?:${term.notAfter})${escape(term.key)})${after}`;
  return `(?<!${term.notAfter})(?:${core})${after}`;
}

export function compileTerms<T extends Term>(list: readonly T[]): CompiledTerms<T> {
  const terms = [...list];
  return {
    terms,
    regexes: terms.map((term) => new RegExp(termSource(term), 'gi')),
    unlessSentence: terms.map((term) => (term.unlessSentence ? new RegExp(term.unlessSentence, 'i') : undefined)),
  };
}

/**
 * Every hit of the list in `text`, without overlaps: at the same place the longer phrase wins
 * ('不太清楚' over '不清楚'). `accept` may refuse a hit (a guard in the rule); a refused hit leaves
 * its words free for another phrase.
 */
export function scanTerms<T extends Term>(
  text: string,
  compiled: CompiledTerms<T>,
  sentenceOf: (index: number) => string,
  accept: (hit: TermHit<T>) => boolean = () => true,
): TermHit<T>[] {
  const candidates: (TermHit<T> & { order: number })[] = [];
  compiled.regexes.forEach((regex, order) => {
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text))) {
      if (!match[0]) {
        regex.lastIndex++;
        continue;
      }
      candidates.push({ term: compiled.terms[order]!, start: match.index, end: match.index + match[0].length, order });
    }
  });
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const hits: TermHit<T>[] = [];
  let free = 0;
  for (const candidate of candidates) {
    if (candidate.start < free) continue;
    const unless = compiled.unlessSentence[candidate.order];
    const hit = { term: candidate.term, start: candidate.start, end: candidate.end };
    if (unless?.test(sentenceOf(hit.start)) || !accept(hit)) continue;
    hits.push(hit);
    free = hit.end;
  }
  return hits;
}
