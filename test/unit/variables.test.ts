import { describe, expect, it } from 'vitest';
import { parseVariables, renderTemplate } from '../../utils/packs/variables';

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
