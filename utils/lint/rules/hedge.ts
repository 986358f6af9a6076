import type { LintContext } from '../context';
import { CONFIRM_BY, FIND_OUT, HEDGES, NOTICE_OPENERS, type HedgeTerm } from '../data/hedge';
import { RULE_TITLES } from '../data/messages';
import { hasConcreteTime, spanAt } from '../draft';
import type { Hit, Rule } from '../rule';
import { compileTerms, scanTerms, type TermHit } from '../terms';

const TERMS = compileTerms(HEDGES);
const GUARDS = ['quote', 'reported', 'question', 'mirror', 'echo'] as const;
const FIND_OUT_RE = new RegExp(FIND_OUT, 'i');
const NOTICE = new RegExp(NOTICE_OPENERS, 'i');
const OPENING_GUARDS = ['quote', 'reported', 'mirror', 'echo'] as const;
const CLAUSE_BEFORE = new Map(
  HEDGES.filter((term) => term.unlessClauseBefore).map((term) => [term, new RegExp(term.unlessClauseBefore!)]),
);

/** The clause as a statement of fact: 应该明天能到 → 明天能到, it should arrive → it will arrive. */
function asFact(ctx: LintContext, term: HedgeTerm, start: number, end: number): string | undefined {
  if (term.asFact === undefined) return undefined;
  // The clause, not the whole sentence: 亲，我们会尽快处理，应该明天能到 → 明天能到.
  const sentence = spanAt(ctx.draft.clauses, start);
  const found = ctx.text.slice(start, end);
  const replacement = term.asFact === 'will' && /n't$/i.test(found) ? "won't" : term.asFact;
  let fact = `${ctx.original.slice(sentence.start, start)}${replacement}${ctx.original.slice(end, sentence.end)}`
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.!?])/g, '$1')
    .replace(/^[\s,\uFF0C]+/, '')
    .trim();
  if (term.lang === 'en') fact = fact.charAt(0).toUpperCase() + fact.slice(1);
  return fact.length > 1 ? fact : undefined;
}

/** The sentence of the admission, or the one after it, says by when the agent will know. */
function findsOutBy(ctx: LintContext, index: number): boolean {
  const sentence = spanAt(ctx.draft.sentences, index);
  const next = ctx.draft.sentences.find((span) => span.start >= sentence.end);
  const text = ctx.text.slice(sentence.start, next ? next.end : sentence.end);
  return hasConcreteTime(text) && FIND_OUT_RE.test(text);
}

export const hedge: Rule = {
  info: { id: 'hedge', defaultSeverity: 'warning', scope: 'words', replaces: false, title: RULE_TITLES.hedge },
  check(ctx) {
    const hits: Hit[] = [];
    const accept = (hit: TermHit<HedgeTerm>) => {
      // "Perhaps you could try…?" opens with the hedge: a softened suggestion, not a question to answer.
      const opens = !ctx.text.slice(spanAt(ctx.draft.sentences, hit.start).start, hit.start).trim();
      if (ctx.exempt(hit.start, hit.end, opens ? OPENING_GUARDS : GUARDS)) return false;
      if (hit.term.modal && (ctx.exempt(hit.start, hit.end, ['conditional']) || NOTICE.test(ctx.sentenceText(hit.start))))
        return false;
      // "我暂时不确定，今天 17:00 前查清楚告诉您": saying what is not known yet and by when it will be is
      // the honest answer the rule asks for; only a bare admission is flagged.
      if (hit.term.asFact === undefined && findsOutBy(ctx, hit.start)) return false;
      // 大概 5 元左右: one estimate, reported once.
      const before = CLAUSE_BEFORE.get(hit.term);
      return !before?.test(ctx.text.slice(spanAt(ctx.draft.clauses, hit.start).start, hit.start));
    };
    for (const { term, start, end } of scanTerms(ctx.text, TERMS, ctx.sentenceText, accept)) {
      const confirm = CONFIRM_BY[term.lang].replace('{time}', ctx.time(term.lang).reply);
      const fact = asFact(ctx, term, start, end);
      hits.push({ start, end, suggestions: fact ? [fact, confirm] : [confirm] });
    }
    return hits;
  },
};
