import { describe, expect, it } from 'vitest';
import { clauseStart, fold, PhraseMatcher } from '../../../utils/conversation/text';

describe('fold', () => {
  it.each([
    ['I want a REFUND！！', 'i want a refund!!'],
    ['订单：ＡＢ１２３', '订单:ab123'],
    ['don’t\u3000go', "don't go"],
  ])('%s → %s, one unit for one', (input, expected) => {
    expect(fold(input)).toBe(expected);
    expect(fold(input)).toHaveLength(input.length);
  });
});

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher(
    [
      ['refund', 'refund'],
      ['crash*', 'crash'],
      ['iphone+', 'phone'],
      ['退款', 'refund-zh'],
      ['退款慢', 'slow'],
      ['导出', 'export'],
      ['no idea', 'idea'],
    ],
    ['领导'],
  );
  const find = (text: string) => matcher.find(fold(text)).map((m) => [m.value, m.start, m.end]);

  it.each([
    ['refund please', [['refund', 0, 6]]],
    ['refunded', []],
    ['the app crashes', [['crash', 8, 15]]],
    ['my iPhone13 died', [['phone', 3, 11]]],
    ['退款慢死了', [['slow', 0, 3]]],
    ['申请退款', [['refund-zh', 2, 4]]],
    ['叫领导出来', []],
    ['i have no idea', [['idea', 7, 14]]],
    ['xrefund', []],
  ] as const)('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('clauseStart', () => {
  it('stops at the previous clause break', () => {
    expect(clauseStart('不是这样。我要投诉', 7)).toBe(5);
    expect(clauseStart('no break here', 5)).toBe(0);
  });
});
