import { describe, expect, it } from 'vitest';
import { analyzeConversation, analyzeReport } from '../../../utils/conversation/analyze';
import { EMOTIONS, ESCALATION_LEVELS, MISSING_NAMES, SCENARIOS } from '../../../utils/conversation/labels';
import { customerLanguage, latestCustomerMessage, type Conversation } from '../../../utils/conversation/types';
import { chat, NOW } from './helpers';

describe('analyzeConversation', () => {
  const conversation: Conversation = {
    ...chat(
      'C: 退款申请都3天了还没到账！！！订单号2026110312345，金额199元，再不处理我就投诉到12315',
      'A: 非常抱歉，请问您是用什么方式付款的？',
      'C: 微信 电话13812345678',
    ),
    ticketId: '1042',
  };
  const analysis = analyzeConversation(conversation, { now: NOW });

  it('understands the customer', () => {
    expect(analysis).toMatchObject({
      language: 'zh',
      emotion: { label: 'angry' },
      scenario: 'refund',
      missing: [],
      escalation: { level: 'high' },
      latestTurn: [2],
      resolved: false,
    });
    expect(analysis.emotion.intensity).toBeGreaterThan(0.6);
    expect(analysis.facts.phones[0]).toMatchObject({ value: '13812345678', masked: '138****5678', span: { message: 2 } });
  });

  it('prints the contract shape of `deskmate analyze --json`, key for key', () => {
    const report = analyzeReport(analysis, [{ kind: 'empathy', text: '…', templateId: 'x' }]);
    expect(Object.keys(report)).toEqual(['language', 'emotion', 'scenario', 'facts', 'missing', 'escalate', 'suggestions']);
    expect(Object.keys(report.emotion)).toEqual(['label', 'intensity', 'cues']);
    expect(Object.keys(report.facts)).toEqual([
      'orderIds',
      'trackingNumbers',
      'amounts',
      'dates',
      'phones',
      'emails',
      'errorCodes',
      'products',
    ]);
    expect(Object.keys(report.escalate)).toEqual(['level', 'reasons']);
    expect(report.facts.amounts).toEqual([{ value: 199, currency: 'CNY', text: '199元' }]);
    expect(report.facts.orderIds).toEqual(['2026110312345']);
    expect(report.escalate).toEqual({ level: 'high', reasons: ['threat: 投诉到12315'] });
    expect(report.emotion.cues.every((cue) => typeof cue === 'string')).toBe(true);
    expect(EMOTIONS).toContain(report.emotion.label);
    expect(SCENARIOS).toContain(report.scenario);
    expect(ESCALATION_LEVELS).toContain(report.escalate.level);
    for (const name of report.missing) expect(MISSING_NAMES).toContain(name);
    expect(report.suggestions).toEqual([{ kind: 'empathy', text: '…', templateId: 'x' }]);
  });

  it('leaves out an amount currency it does not know', () => {
    const report = analyzeReport(analyzeConversation(chat('C: 退款', 'A: 金额多少？', 'C: 358')));
    expect(report.facts.amounts).toEqual([{ value: 358, text: '358' }]);
  });

  it('copes with a conversation where the customer has said nothing', () => {
    const empty = analyzeConversation(chat('A: 您好，有什么可以帮您？'));
    expect(empty).toMatchObject({
      language: 'en',
      scenario: 'general',
      missing: [],
      escalation: { level: 'none' },
      latestTurn: [],
    });
    expect(empty.emotion.label).toBe('neutral');
  });

  it('keeps the helpers other modules import', () => {
    expect(latestCustomerMessage(conversation)?.text).toBe('微信 电话13812345678');
    expect(customerLanguage(conversation)).toBe('zh');
  });
});
