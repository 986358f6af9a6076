import { describe, expect, it } from 'vitest';
import { lintDraft } from '../../../utils/lint';
import { BUILTIN_PACKS } from '../../../utils/packs/builtin';
import { renderTemplate } from '../../../utils/packs/variables';
import { NOW } from './helpers';

// The built-in library must not teach what the coach warns about. Rendered with sample values, as an
// agent would insert it; {{cursor}} and the free-text gaps are left empty.
const CHECKED = ['vague-time', 'hedge', 'jargon', 'blame', 'over-empathy', 'bare-refusal', 'placeholder'];
const SAMPLE = {
  zh: { 'customer.name': '王女士', 'agent.name': '小李', 'order.id': 'A20261122', 'ticket.id': '10482', deadline: '今天 18:00' },
  en: { 'customer.name': 'Anna', 'agent.name': 'Sam', 'order.id': 'A20261122', 'ticket.id': '10482', deadline: '6 PM today' },
};

describe.each(BUILTIN_PACKS.map((pack) => [pack.id, pack] as const))('built-in pack %s', (_id, pack) => {
  it('has no template the draft coach flags for wording', () => {
    const flagged = pack.templates.flatMap((template) => {
      const locale = template.locale ?? pack.locale;
      const lang = locale.startsWith('zh') ? 'zh' : 'en';
      const { text, missing } = renderTemplate(template.body, { values: SAMPLE[lang], locale, now: NOW });
      expect(missing, template.id).toEqual([]);
      return lintDraft(text, { now: NOW, uiLanguage: lang })
        .filter((finding) => CHECKED.includes(finding.rule))
        .map((finding) => `${template.id}: ${finding.rule} "${finding.text}"`);
    });
    expect(flagged).toEqual([]);
  });
});
