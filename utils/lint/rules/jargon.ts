import { JARGON } from '../data/jargon';
import { RULE_TITLES } from '../data/messages';
import type { Hit, Rule } from '../rule';
import { compileTerms, scanTerms } from '../terms';

const TERMS = compileTerms(JARGON);
const TITLE_WORD = /^[A-Z][a-z]/;
const NAME_NEXT = /^[ ]+[A-Z][A-Za-z]/;
const NAME_BEFORE = /(?:^|[^.!?\s])[ ]+[A-Z][a-z]+[ ]+$/;

/**
 * "Cache Raiders", "Backend Pro": an everyday word written as part of a product's name (capitalised,
 * next to another capitalised word that does not start the sentence) names the product.
 */
function inProductName(text: string, start: number, end: number): boolean {
  if (!TITLE_WORD.test(text.slice(start, end))) return false;
  return NAME_NEXT.test(text.slice(end, end + 30)) || NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}
// Quoted words are usually labels on screen (点击"后台管理"); the customer's own words are theirs.
const GUARDS = ['quote', 'reported', 'echo'] as const;

export const jargon: Rule = {
  info: { id: 'jargon', defaultSeverity: 'warning', scope: 'words', replaces: true, title: RULE_TITLES.jargon },
  check(ctx) {
    const customer = ctx.signals.customerText;
    return scanTerms(ctx.text, TERMS, ctx.sentenceText, ({ start, end }) => {
      if (ctx.exempt(start, end, GUARDS) || inProductName(ctx.text, start, end)) return false;
      // A developer asking about "the API" can hear "API" back.
      return !customer || !customer.includes(ctx.text.slice(start, end).toLowerCase());
    }).map(({ term, start, end }): Hit => ({
      start,
      end,
      suggestions: [term.plain],
      vars: { plain: term.plain },
      ...(term.severity ? { severity: term.severity } : {}),
    }));
  },
};
