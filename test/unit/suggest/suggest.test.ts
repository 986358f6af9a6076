import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../../utils/conversation/analyze';
import type { Conversation } from '../../../utils/conversation/types';
import { builtinTemplates } from '../../../utils/packs/builtin';
import { candidateKey, suggestReplies, topSuggestions, type SuggestOptions } from '../../../utils/suggest';
import { chat, NOW } from '../conversation/helpers';

const templates = builtinTemplates();

function suggest(conversation: Conversation, options: Partial<SuggestOptions> = {}) {
  const analysis = analyzeConversation(conversation, { now: NOW });
  return { analysis, suggestions: suggestReplies(conversation, analysis, templates, { now: NOW, ...options }) };
}
const ids = (candidates: { template: { id: string } }[]) => candidates.map((candidate) => candidate.template.id);

describe('suggestReplies', () => {
  it.each([
    // [conversation, best empathy, best clarification, best resolution]
    [
      ['C: 你好 我的快递三天没更新了 是不是丢了 有点担心'],
      'logistics-empathy-delay',
      'logistics-clarification-tracking',
      'logistics-resolution-',
    ],
    [
      ['C: 一个订单扣了我两次钱？？你们是骗子吧！！订单 2026103055521 两笔都是 89.9 元 花呗付的'],
      'refund-empathy-double-charge',
      'refund-clarification-',
      'general-resolution-supervisor',
    ],
    [
      ['C: The blender arrived with a cracked jug. Absolutely ridiculous. Photo attached.'],
      'quality-empathy-damaged',
      'quality-clarification-details',
      'quality-resolution-',
    ],
    [["C: I'm back in, thanks for your patience with me!"], undefined, undefined, 'account-closing-resolved'],
  ])('%j', (lines, empathy, clarification, resolution) => {
    const { suggestions } = suggest(chat(...lines));
    expect(suggestions.empathy[0]?.template.id).toBe(empathy);
    if (clarification) expect(suggestions.clarification[0]?.template.id.startsWith(clarification)).toBe(true);
    else expect(suggestions.clarification).toEqual([]);
    expect(suggestions.resolution[0]?.template.id.startsWith(resolution)).toBe(true);
  });

  it('answers in the customer language, 1–3 ranked candidates per slot, each with a one-line reason', () => {
    for (const [line, locale] of [
      ['C: 退款申请3天了还没到账 有点着急', 'zh-CN'],
      ['C: my refund still has not arrived after 3 days, I am worried', 'en'],
    ] as const) {
      const { suggestions } = suggest(chat(line));
      for (const slot of ['empathy', 'clarification', 'resolution'] as const) {
        const candidates = suggestions[slot];
        expect(candidates.length).toBeGreaterThanOrEqual(1);
        expect(candidates.length).toBeLessThanOrEqual(3);
        expect(candidates.map((c) => c.score)).toEqual([...candidates.map((c) => c.score)].sort((a, b) => b - a));
        for (const candidate of candidates) {
          expect(candidate.template.locale).toBe(locale);
          expect(candidate.reason).not.toMatch(/\n/);
          expect(candidate.key).toBe(candidateKey(candidate.template));
        }
      }
    }
  });

  it("names the customer's fact in the empathy line and fills it from the facts", () => {
    const { suggestions } = suggest(chat('C: 下单都3天了包裹还在路上 急死了'));
    expect(suggestions.empathy[0]).toMatchObject({ template: { id: 'logistics-empathy-delay' } });
    expect(suggestions.empathy[0]!.text).toContain('下单 3 天了');
    expect(suggestions.empathy[0]!.reason).toBe('customer anxious about a delivery (3天了)');
  });

  it('matches intensity: a repeated contact gets the "you had to write again" phrasing with the count', () => {
    const { suggestions } = suggest(chat('C: This is the THIRD time I am writing about my refund. Nobody does anything.'));
    expect(suggestions.empathy[0]!.text).toContain('contact us 3 times');
  });

  it('offers no empathy to a calm customer: acknowledging a feeling they do not show rings false', () => {
    expect(suggest(chat('C: Hi, can you give me an ETA for order 48213?')).suggestions.empathy).toEqual([]);
  });

  it('asks for exactly what is missing, and mirrors when nothing is', () => {
    const asking = suggest(chat('C: 我要退款 订单号2026110312345 金额199元')).suggestions.clarification[0]!;
    expect(asking.template.body).toMatch(/支付方式/);
    expect(asking.reason).toBe('still needed: payment method; this asks for payment method');
    const mirroring = suggest(chat('C: 退款 订单号2026110312345 金额199元 微信付的 还没到账')).suggestions.clarification[0]!;
    expect(mirroring.template.tags).toContain('复述');
  });

  it('leads with a hand-over and raises a flag when escalation is high', () => {
    const { suggestions } = suggest(chat('C: 再不退款我就投诉到12315'), { uiLanguage: 'zh' });
    expect(suggestions.resolution[0]).toMatchObject({ template: { id: 'general-resolution-supervisor' }, handover: true });
    expect(suggestions.flag).toMatchObject({ level: 'high', text: '建议升级处理：threat: 投诉到12315' });
    expect(suggest(chat('C: 退款还没到')).suggestions.flag).toBeUndefined();
  });

  it('puts safety first when a product is dangerous', () => {
    const { suggestions } = suggest(chat('C: The charger caught fire last night!!! My kid was in the room.'));
    expect(ids(suggestions.empathy)[0]).toBe('quality-empathy-safety');
    expect(ids(suggestions.resolution)[0]).toBe('quality-resolution-safety');
    expect(suggestions.flag?.reasons.map((reason) => reason.code)).toEqual(['safety']);
  });

  it('closes warmly once the customer confirms it is solved, with a follow-up that fits', () => {
    const { suggestions } = suggest(chat('C: 我的退款还没到', 'A: 已经原路退回支付宝了', 'C: 收到了 谢谢你们'));
    expect(suggestions.empathy).toEqual([]);
    expect(suggestions.clarification).toEqual([]);
    for (const candidate of suggestions.resolution) expect(candidate.template.tags).toContain('resolved');
    expect(suggestions.followUp?.template.tags).toContain('resolved');
  });

  it('fills variables from the conversation and the panel, and reports what is still to fill', () => {
    const conversation = {
      ...chat('C: I want a refund NOW. Order #A-10023, $89.99, never worked'),
      ticketId: 'T-7',
      customer: { name: 'Sam' },
    };
    const { suggestions } = suggest(conversation, { values: { 'agent.name': 'Lee' } });
    const all = [...suggestions.empathy, ...suggestions.clarification, ...suggestions.resolution];
    expect(all.some((candidate) => candidate.text.includes('A-10023'))).toBe(true);
    for (const candidate of all) {
      // A literal {{…}} only ever remains together with its name in `missing`.
      for (const name of candidate.text.match(/\{\{\s*([a-z.]+)/g) ?? [])
        expect(candidate.missing).toContain(name.replace(/\{\{\s*/, ''));
      expect(candidate.missing).not.toContain('agent.name');
      expect(candidate.missing).not.toContain('order.id');
    }
  });

  it('drops dismissed candidates and fills the slot from the next ones', () => {
    const conversation = chat('C: 退款申请3天了还没到账 有点着急');
    const first = suggest(conversation).suggestions.empathy[0]!;
    const again = suggest(conversation, { dismissed: [first.key] }).suggestions.empathy;
    expect(ids(again)).not.toContain(first.template.id);
    expect(again.length).toBeGreaterThan(0);
  });

  it('writes reasons in the UI language and respects the limit', () => {
    const { suggestions } = suggest(chat('C: my parcel is 5 days late and I am worried'), { uiLanguage: 'zh', limit: 1 });
    expect(suggestions.empathy).toHaveLength(1);
    expect(suggestions.empathy[0]!.reason).toMatch(/^客户因物流的事/);
    expect(suggestions.empathy[0]!.template.locale).toBe('en');
  });

  it('gives the contract its best candidate per slot', () => {
    const { suggestions } = suggest(chat('C: 退款申请3天了还没到账 有点着急'));
    expect(topSuggestions(suggestions).map((s) => [s.kind, s.templateId])).toEqual([
      ['empathy', suggestions.empathy[0]!.template.id],
      ['clarification', suggestions.clarification[0]!.template.id],
      ['resolution', suggestions.resolution[0]!.template.id],
    ]);
  });

  it('suggests something for every conversation of the development set, in its language', () => {
    const cases = readFileSync('test/fixtures/conversations/dev.jsonl', 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { conversation: Conversation });
    for (const { conversation } of cases) {
      const { analysis, suggestions } = suggest(conversation);
      expect(suggestions.resolution.length).toBeGreaterThan(0);
      for (const candidate of [...suggestions.empathy, ...suggestions.clarification, ...suggestions.resolution]) {
        expect(candidate.template.locale.startsWith(analysis.language === 'zh' ? 'zh' : 'en')).toBe(true);
      }
    }
  });
});
