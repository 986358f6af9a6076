import { BLAMES } from '../data/blame';
import { RULE_TITLES } from '../data/messages';
import type { Hit, Rule } from '../rule';
import { compileTerms, scanTerms } from '../terms';

const TERMS = compileTerms(BLAMES);
// Not 'question': "您是不是没看清?" blames as much as a statement does.
const GUARDS = ['quote', 'reported', 'mirror', 'echo', 'conditional'] as const;
const NOT_CONDITIONAL = ['quote', 'reported', 'mirror', 'echo'] as const;

export const blame: Rule = {
  info: { id: 'blame', defaultSeverity: 'error', scope: 'words', replaces: false, title: RULE_TITLES.blame },
  check(ctx) {
    return scanTerms(
      ctx.text,
      TERMS,
      ctx.sentenceText,
      (hit) => !ctx.exempt(hit.start, hit.end, hit.term.counterfactual ? NOT_CONDITIONAL : GUARDS),
    ).map(({ term, start, end }): Hit => ({
      start,
      end,
      suggestions: [term.instead],
      ...(term.repeat ? { message: 'repeat' } : {}),
    }));
  },
};
