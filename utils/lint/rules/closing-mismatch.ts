import { CHEERFUL_CLOSINGS, CLOSINGS_INSTEAD } from '../data/closing';
import { RULE_TITLES } from '../data/messages';
import type { Hit, Rule } from '../rule';
import { compileTerms, scanTerms } from '../terms';

const TERMS = compileTerms(CHEERFUL_CLOSINGS);
const GUARDS = ['quote', 'reported', 'mirror', 'echo'] as const;

export const closingMismatch: Rule = {
  info: {
    id: 'closing-mismatch',
    defaultSeverity: 'warning',
    scope: 'words',
    replaces: true,
    title: RULE_TITLES['closing-mismatch'],
  },
  check(ctx) {
    const { upset, resolved } = ctx.signals;
    // Without a conversation (or an explicit override) nothing says the closing is wrong.
    if (upset !== true && resolved !== false) return [];
    return scanTerms(ctx.text, TERMS, ctx.sentenceText, (hit) => !ctx.exempt(hit.start, hit.end, GUARDS)).map(
      ({ term, start, end }): Hit => {
        const instead = CLOSINGS_INSTEAD[term.lang];
        const suggestions =
          resolved === false
            ? [instead.unresolved.replace('{time}', ctx.time(term.lang).reply)]
            : [instead.upset, instead.unresolved.replace('{time}', ctx.time(term.lang).reply)];
        return { start, end, suggestions, message: upset ? 'upset' : 'unresolved' };
      },
    );
  },
};
