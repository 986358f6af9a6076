import {
  AGENT_SIDE_ZH,
  ALTERNATIVE_CUES,
  CONTRAST_CUES,
  CUSTOMER_SIDE_ZH,
  REASON_CUES,
  REFUSAL_FRAMES,
  REFUSALS,
} from '../data/bare-refusal';
import { RULE_TITLES } from '../data/messages';
import { spanAt } from '../draft';
import type { Hit, Rule } from '../rule';
import { compileTerms, scanTerms } from '../terms';

const TERMS = compileTerms(REFUSALS);
const GUARDS = ['quote', 'reported', 'question', 'mirror', 'echo', 'conditional'] as const;
const CUSTOMER_SIDE = new RegExp(CUSTOMER_SIDE_ZH);
const AGENT_SIDE = new RegExp(`(?:${AGENT_SIDE_ZH})(?!.*(?:${CUSTOMER_SIDE_ZH}))`);
const REASON = new RegExp(REASON_CUES.join('|'), 'i');
const ALTERNATIVE = new RegExp(ALTERNATIVE_CUES.join('|'), 'i');
const CONTRAST = new RegExp(CONTRAST_CUES, 'i');

export const bareRefusal: Rule = {
  info: { id: 'bare-refusal', defaultSeverity: 'warning', scope: 'words', replaces: false, title: RULE_TITLES['bare-refusal'] },
  check(ctx) {
    const found = scanTerms(ctx.text, TERMS, ctx.sentenceText, ({ term, start, end }) => {
      if (ctx.exempt(start, end, GUARDS)) return false;
      if (term.lang === 'zh' && !term.decision) {
        // 您无法登录 / 页面提示无法支付: the customer's problem, unless the agent's side says no (您的订单我们无法修改).
        const before = ctx.text.slice(spanAt(ctx.draft.clauses, start).start, start);
        if (CUSTOMER_SIDE.test(before) && !AGENT_SIDE.test(before)) return false;
      }
      return true;
    });
    if (!found.length) return [];
    // A reason may sit in the refusal's own clause (因为是定制商品,无法退货); an alternative may not
    // (无法为您提供… offers nothing), except after a turn like 但/but.
    let rest = '';
    let last = 0;
    for (const hit of found) {
      if (hit.start < last) continue;
      const clause = spanAt(ctx.draft.clauses, hit.start);
      const tail = ctx.text.slice(hit.end, clause.end);
      const turn = CONTRAST.exec(tail);
      // The refusal's own subject is not an alternative ("This discount can't be combined"), unless a
      // turn comes before it ("You can exchange it, but we can't refund it").
      const lead = ctx.text.slice(Math.max(last, clause.start), hit.start);
      const keepLead = CONTRAST.test(lead);
      rest += `${ctx.text.slice(last, keepLead ? hit.start : Math.max(last, clause.start))} `;
      last = turn ? hit.end + turn.index : clause.end;
    }
    rest += ctx.text.slice(last);
    const words = found.reduce(
      (text, hit) => `${text.slice(0, hit.start)}${' '.repeat(hit.end - hit.start)}${text.slice(hit.end)}`,
      ctx.text,
    );
    if (REASON.test(words) || ALTERNATIVE.test(rest)) return [];
    return found.map(({ term, start, end }): Hit => ({
      start,
      end,
      suggestions: REFUSAL_FRAMES[term.lang].map((frame) => frame.replace('{time}', ctx.time(term.lang).reply)),
    }));
  },
};
