import { describe, expect, it } from 'vitest';
import {
  isDeadlineRule,
  parseVariables,
  renderTemplate,
  resolveDeadline,
  type VariableValues,
} from '../../utils/packs/variables';

const now = new Date(2026, 10, 22, 10, 0); // 22 Nov 2026, local time

describe('renderTemplate', () => {
  it('fills values and uses the fallback when a value is missing', () => {
    expect(
      renderTemplate('{{customer.name|您}}好,订单 {{order.id}}', { values: { 'order.id': 'A-1' }, locale: 'zh-CN', now }),
    ).toEqual({
      text: '您好,订单 A-1',
      missing: [],
    });
    expect(renderTemplate('{{customer.name|您}}好', { values: { 'customer.name': '王女士' }, locale: 'zh-CN', now }).text).toBe(
      '王女士好',
    );
  });

  it('formats {{date +Nd}} in the template locale', () => {
    expect(renderTemplate('{{date +3d}} 前', { values: {}, locale: 'zh-CN', now }).text).toBe('11月25日 前');
    expect(renderTemplate('by {{date +10d}}', { values: {}, locale: 'en', now }).text).toBe('by Dec 2');
  });

  it('reports what it cannot fill instead of letting a literal {{…}} pass as done', () => {
    const result = renderTemplate('订单 {{order.id}},{{agent.name}} 为您服务', { values: {}, locale: 'zh-CN', now });
    expect(result.missing).toEqual(['order.id', 'agent.name']);
  });

  it('treats a blank value as missing, and an explicit empty fallback as a value', () => {
    expect(renderTemplate('{{order.id}}', { values: { 'order.id': '  ' }, locale: 'en', now }).missing).toEqual(['order.id']);
    expect(renderTemplate('Hi{{customer.name|}}!', { values: {}, locale: 'en', now })).toEqual({ text: 'Hi!', missing: [] });
  });

  it('marks where {{cursor}} was', () => {
    expect(renderTemplate('您好,{{cursor}}。', { values: {}, locale: 'zh-CN', now })).toEqual({
      text: '您好,。',
      cursor: 3,
      missing: [],
    });
  });

  it('keeps line breaks', () => {
    expect(renderTemplate('1. a\n2. b', { values: {}, locale: 'en', now }).text).toBe('1. a\n2. b');
  });
});

describe('parseVariables', () => {
  it('finds names, arguments, fallbacks and exact offsets', () => {
    expect(parseVariables('你好{{customer.name|您}},{{date +2d}}')).toEqual([
      { start: 2, end: 21, name: 'customer.name', fallback: '您' },
      { start: 22, end: 34, name: 'date', argument: '+2d' },
    ]);
  });
});

describe('{{deadline}}', () => {
  const at = (h: number, m = 0) => new Date(2026, 10, 22, h, m);
  it.each([
    ['today 18:00', at(10), 'zh-CN', '今天 18:00'],
    ['today 18:00', at(10), 'en', '6:00 PM today'],
    ['today 18:00', at(17, 45), 'zh-CN', '明天 18:00'],
    ['tomorrow 10:00', at(9), 'en', '10:00 AM tomorrow'],
    ['+2h', at(10, 33), 'zh-CN', '今天 12:35'],
    ['+30m', at(23, 50), 'en', '12:20 AM tomorrow'],
    ['+48h', at(10), 'zh-CN', '11月24日 10:00'],
  ])('%s at %s in %s → %s', (rule, now, locale, expected) => {
    expect(resolveDeadline(rule, now, locale)).toBe(expected);
  });

  it('fills {{deadline}} from the rule unless a value is given', () => {
    const render = (values: VariableValues) =>
      renderTemplate('我会在 {{deadline}} 前回复您', { values, locale: 'zh-CN', now: at(10), deadlineRule: 'today 18:00' }).text;
    expect(render({})).toBe('我会在 今天 18:00 前回复您');
    expect(render({ deadline: '周五中午' })).toBe('我会在 周五中午 前回复您');
  });

  it('rejects rules it does not understand, so the agent is asked instead', () => {
    expect(isDeadlineRule('soon')).toBe(false);
    expect(isDeadlineRule('today 25:00')).toBe(false);
    expect(renderTemplate('{{deadline}}', { values: {}, locale: 'en', now: at(10), deadlineRule: 'soon' }).missing).toEqual([
      'deadline',
    ]);
  });
});
