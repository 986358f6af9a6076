import { describe, expect, it } from 'vitest';
import { extractFacts, maskEmail, maskPhone } from '../../../utils/conversation/facts';
import type { FactType } from '../../../utils/conversation/labels';
import { prepare } from '../../../utils/conversation/prepare';
import { chat, NOW } from './helpers';

const values = (lines: string[], type: FactType) =>
  extractFacts(prepare(chat(...lines)), { now: NOW }).facts[type].map((fact) =>
    'amount' in fact ? { text: fact.text, amount: fact.amount, currency: fact.currency } : fact.value,
  );

describe('extractFacts', () => {
  it.each<[string, string[], FactType, unknown[]]>([
    ['order number, no #', ['C: 订单号2026110312345，金额199元'], 'orderIds', ['2026110312345']],
    ['order with hash and letters', ['C: Order #A-10023, you charged me'], 'orderIds', ['A-10023']],
    ['typo in "number"', ['C: order numbr 55130 pls'], 'orderIds', ['55130']],
    ['an id given as the answer', ['C: 申请退款', 'A: 请提供一下订单号', 'C: 20261028-77812'], 'orderIds', ['20261028-77812']],
    ['no id without context', ['C: I ordered 12345 things'], 'orderIds', []],
    [
      'courier formats',
      ['C: 运单号SF1402938475612 还有 1Z999AA10123456784'],
      'trackingNumbers',
      ['SF1402938475612', '1Z999AA10123456784'],
    ],
    ['tracking by context', ['C: 物流单号 75123456789012'], 'trackingNumbers', ['75123456789012']],
    [
      'amounts with currency',
      ['C: 两笔都是 89.9 元，还有 $25.99 和 1,580 元'],
      'amounts',
      [
        { text: '$25.99', amount: 25.99, currency: 'USD' },
        { text: '89.9 元', amount: 89.9, currency: 'CNY' },
        { text: '1,580 元', amount: 1580, currency: 'CNY' },
      ],
    ],
    ['Chinese numerals', ['C: 两千多块的东西就这质量'], 'amounts', [{ text: '两千多块', amount: 2000, currency: 'CNY' }]],
    ['after an amount word', ['C: 为什么只退了150？'], 'amounts', [{ text: '150', amount: 150, currency: undefined }]],
    [
      'a bare number answering "how much"',
      ['C: 退款', 'A: 金额多少？', 'C: 整单 358'],
      'amounts',
      [{ text: '358', amount: 358, currency: undefined }],
    ],
    ['durations keep 了 and ago', ['C: 都3天了 10 days ago 半个月'], 'dates', ['3天了', '10 days ago', '半个月']],
    [
      'since, weekdays, months',
      ['C: stuck since Monday, bought in March, due the 14th'],
      'dates',
      ['since Monday', 'March', 'the 14th'],
    ],
    ['not idioms, not "today"', ['C: 找了半天 今天 问了两次'], 'dates', []],
    [
      'phones in many shapes',
      ['C: 138 1234 5678 / +1 (555) 013-2468 / 07700 900123'],
      'phones',
      ['138 1234 5678', '+1 (555) 013-2468', '07700 900123'],
    ],
    ['emails', ['C: 邮箱是 lily.chen@163.com'], 'emails', ['lily.chen@163.com']],
    [
      'error codes',
      ['C: 报错500, then ERR_CONNECTION_RESET and 0x80070005'],
      'errorCodes',
      ['ERR_CONNECTION_RESET', '0x80070005', '500'],
    ],
    ['a code inside a quoted error', ['C: it fails with "Export failed (E3002)"'], 'errorCodes', ['E3002']],
    ['products and models', ['C: 小米手环8 和 iPhone13，型号KF-5001'], 'products', ['小米手环8', 'iPhone13', 'KF-5001']],
    ['a brand alone is not a product', ['C: 三星的客服说'], 'products', []],
    ['agent text is not a fact', ['A: 您的订单 2026110312345 已发货'], 'orderIds', []],
  ])('%s', (_name, lines, type, expected) => {
    expect(values(lines, type)).toEqual(expected);
  });

  it('gives every fact its message index and UTF-16 span', () => {
    const conversation = chat('A: 您好', 'C: 😀订单号 2026110312345 电话13812345678');
    const { facts } = extractFacts(prepare(conversation));
    const [order] = facts.orderIds;
    expect(order!.span).toEqual({ message: 1, start: 6, end: 19 });
    expect(conversation.messages[1]!.text.slice(order!.span.start, order!.span.end)).toBe('2026110312345');
    expect(facts.phones[0]!.masked).toBe('138****5678');
  });

  it('counts days for durations and, with a "now", for past weekdays', () => {
    const { facts } = extractFacts(prepare(chat('C: 3 天了, 2 weeks, since Monday')), { now: NOW });
    expect(facts.dates.map((date) => [date.text, date.days])).toEqual([
      ['3 天了', 3],
      ['2 weeks', 14],
      ['since Monday', 4],
    ]);
  });

  it('collects quoted error texts and steps already tried', () => {
    const result = extractFacts(prepare(chat('C: 提示“系统繁忙，请稍后再试” 重装了两遍 cleared the cache')));
    expect(result.errorMessages.map((message) => message.text)).toEqual(['系统繁忙，请稍后再试']);
    expect(result.stepsTried.map((step) => step.text)).toEqual(['重装', 'cleared the cache']);
  });
});

describe('masking', () => {
  it('keeps the first three and last four digits of a phone, the first letter of an email', () => {
    expect(maskPhone('+1 (555) 013-2468')).toBe('+1 (55*) ***-2468');
    expect(maskPhone('138 1234 5678')).toBe('138 **** 5678');
    expect(maskEmail('lily.chen@163.com')).toBe('l***@163.com');
  });
});
