import { RULE_TITLES } from '../data/messages';
import { APOLOGIES, EMPATHY_INSTEAD, OVERDONE, REPEAT_GAP, STACK_GAP } from '../data/over-empathy';
import type { Hit, Rule } from '../rule';
import { compileTerms, scanTerms } from '../terms';
import type { Lang } from '../types';

const TERMS = compileTerms(OVERDONE);
const APOLOGY = new RegExp(APOLOGIES.join('|'), 'gi');
const HAN = /[\u3400-\u9fff]/;
const REPEAT = new RegExp(REPEAT_GAP);
/** Only the bare word repeats in a breath; "非常抱歉！非常抱歉！" is two apologies. */
const BARE = /^(?:sorry|抱歉|对不起|不好意思)$/i;
const BARE_RUN = /^(?:(?:sorry|抱歉|对不起|不好意思)[\s,，、!！~～.。]*)+$/i;
const GUARDS = ['quote', 'reported'] as const;

export const overEmpathy: Rule = {
  info: { id: 'over-empathy', defaultSeverity: 'info', scope: 'words', replaces: false, title: RULE_TITLES['over-empathy'] },
  check(ctx) {
    const hits: Hit[] = scanTerms(ctx.text, TERMS, ctx.sentenceText, (hit) => !ctx.exempt(hit.start, hit.end, GUARDS)).map(
      ({ term, start, end }) => ({ start, end, suggestions: [EMPATHY_INSTEAD[term.lang].overdone] }),
    );
    const apologies: { start: number; end: number; lang: Lang }[] = [];
    APOLOGY.lastIndex = 0;
    for (const match of ctx.text.matchAll(APOLOGY)) {
      const start = match.index;
      const end = start + match[0].length;
      if (ctx.exempt(start, end, GUARDS)) continue;
      // 抱歉抱歉 / "Sorry, sorry": one apology said twice in a breath, not a stack.
      const previous = apologies.at(-1);
      const again =
        previous &&
        REPEAT.test(ctx.text.slice(previous.end, start)) &&
        BARE.test(match[0]) &&
        BARE_RUN.test(ctx.text.slice(previous.start, previous.end)) &&
        ctx.text.slice(previous.start, previous.end).toLowerCase().endsWith(match[0].toLowerCase());
      if (previous && (previous.end === start || again)) previous.end = end;
      else apologies.push({ start, end, lang: HAN.test(match[0]) ? 'zh' : 'en' });
    }
    apologies.forEach((apology, i) => {
      const previous = apologies[i - 1];
      if (!previous) return;
      if (i >= 2 || apology.start - previous.end <= STACK_GAP[apology.lang])
        hits.push({
          start: apology.start,
          end: apology.end,
          suggestions: [EMPATHY_INSTEAD[apology.lang].stacked],
          message: 'stacked',
        });
    });
    return hits;
  },
};
