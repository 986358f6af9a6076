import type { LintContext } from '../context';
import { CUSTOMER_NEXT, VAGUE_TIME, type VagueTimeTerm } from '../data/vague-time';
import { RULE_TITLES } from '../data/messages';
import { hasConcreteTime, spanAt } from '../draft';
import type { Hit, Rule } from '../rule';
import { compileTerms, scanTerms } from '../terms';
import type { Lang } from '../types';

const TERMS = compileTerms(VAGUE_TIME);
const CUSTOMER_NEXT_RE = new RegExp(CUSTOMER_NEXT, 'i');
// 'condition': a time word inside a condition (if it fails later, 如果稍后还不行) describes a case, not a promise.
const GUARDS = ['quote', 'reported', 'question', 'mirror', 'echo', 'condition'] as const;

/** The rewrite with each concrete time the team can offer, best first, without repeats. */
export function concreteRewrites(ctx: LintContext, term: VagueTimeTerm, lang: Lang, found: string): string[] {
  const time = ctx.time(lang);
  const fill = (value: string) =>
    term.rewrite.replace('{self}', found).replace('{time}', value).replace('{days}', time.days).replace('{after}', time.after);
  const variants = term.rewrite.includes('{time}') ? [time.reply, time.within, time.endOfDay, time.days] : [time.reply];
  return [...new Set(variants.filter((value): value is string => value !== undefined).map(fill))];
}

export const vagueTime: Rule = {
  info: {
    id: 'vague-time',
    defaultSeverity: 'warning',
    scope: 'words',
    replaces: true,
    title: RULE_TITLES['vague-time'],
  },
  check(ctx) {
    const hits: Hit[] = [];
    for (const hit of scanTerms(ctx.text, TERMS, ctx.sentenceText, ({ start, end }) => {
      if (ctx.exempt(start, end, GUARDS)) return false;
      // "过两天还没到再联系我": the customer's waiting window, not the agent's promise.
      if (CUSTOMER_NEXT_RE.test(ctx.text.slice(end, spanAt(ctx.draft.sentences, start).end))) return false;
      // "尽快,今天 18:00 前给您结果": the sentence already names the time.
      return !hasConcreteTime(ctx.sentenceText(start));
    }))
      hits.push({
        start: hit.start,
        end: hit.end,
        suggestions: concreteRewrites(ctx, hit.term, hit.term.lang, ctx.text.slice(hit.start, hit.end)),
      });
    return hits;
  },
};
