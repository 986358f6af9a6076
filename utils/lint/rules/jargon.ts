import { JARGON } from '../data/jargon';
import { RULE_TITLES } from '../data/messages';
import type { Hit, Rule } from '../rule';
import { compileTerms, scanTerms } from '../terms';

const TERMS = compileTerms(JARGON);
// Quoted words are usually labels on screen (点击"后台管理"); the customer's own words are theirs.
const GUARDS = ['quote', 'reported', 'echo'] as const;

export const jargon: Rule = {
  info: { id: 'jargon', defaultSeverity: 'warning', scope: 'words', replaces: true, title: RULE_TITLES.jargon },
  check(ctx) {
    const customer = ctx.signals.customerText;
    return scanTerms(ctx.text, TERMS, ctx.sentenceText, ({ start, end }) => {
      if (ctx.exempt(start, end, GUARDS)) return false;
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
