import { RULE_TITLES } from '../data/messages';
import { FILL_IN, HTML_TAGS, PLACEHOLDER_SHAPES, SLOT_BRACKETS, SLOT_NAMES } from '../data/placeholder';
import type { LintContext } from '../context';
import { renderTemplate } from '../../packs/variables';
import type { Hit, Rule } from '../rule';

const SHAPES = new RegExp(PLACEHOLDER_SHAPES.join('|'), 'gi');
const BRACKETS = new RegExp(SLOT_BRACKETS.join('|'), 'g');
const SLOT = new RegExp(`^\\s*(?:${SLOT_NAMES.join('|')})\\s*$`, 'i');
/** [ORDER_ID], [TOTAL]: a name in capitals is a slot ([OK] and [PDF] are too short to be one). */
const CONSTANT_CASE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{4,}$/;
const TAG = new RegExp(`^${HTML_TAGS}$`, 'i');
const HAN = /[\u3400-\u9fff]/;
const NAME_SLOT = /name|姓名|名字|称呼|昵称|customer/i;
const TICKET_SLOT = /ticket|case|工单|服务单/i;

/** A value from the conversation that fills the slot, when there is one. */
function filled(ctx: LintContext, token: string, lang: 'zh' | 'en'): string | undefined {
  const values = { 'customer.name': ctx.signals.customerName, 'ticket.id': ctx.signals.ticketId };
  if (token.startsWith('{{')) {
    const result = renderTemplate(token, { values, locale: lang === 'zh' ? 'zh-CN' : 'en', now: ctx.options.now });
    return result.missing.length || result.text === token ? undefined : result.text;
  }
  if (NAME_SLOT.test(token)) return values['customer.name'];
  if (TICKET_SLOT.test(token)) return values['ticket.id'];
  return undefined;
}

export const placeholder: Rule = {
  info: { id: 'placeholder', defaultSeverity: 'error', scope: 'words', replaces: false, title: RULE_TITLES.placeholder },
  check(ctx) {
    const hits: Hit[] = [];
    const add = (start: number, end: number) => {
      const token = ctx.original.slice(start, end);
      const lang = HAN.test(token) || ctx.draft.lang === 'zh' ? 'zh' : 'en';
      const value = filled(ctx, token, lang);
      const advice = FILL_IN[lang].replace('{what}', token);
      hits.push({ start, end, suggestions: value ? [value, advice] : [advice] });
    };
    BRACKETS.lastIndex = 0;
    for (const match of ctx.text.matchAll(BRACKETS)) {
      const content = match.slice(1).find((group) => group !== undefined) ?? '';
      if (match[0].startsWith('<') && TAG.test(content)) continue;
      if (SLOT.test(content) || CONSTANT_CASE.test(content.trim())) add(match.index, match.index + match[0].length);
    }
    SHAPES.lastIndex = 0;
    for (const match of ctx.text.matchAll(SHAPES)) {
      const start = match.index;
      const end = start + match[0].length;
      // Inside a bracketed slot already reported ([XX], 【某某】).
      if (hits.some((hit) => hit.start <= start && end <= hit.end)) continue;
      add(start, end);
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
