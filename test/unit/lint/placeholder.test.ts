import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../../../utils/lint';
import { rows, type Row } from './helpers';

// Unfilled slots; brackets only around a slot name, so emoticons and headings pass.
const TABLE: [draft: string, expected: Row[], options?: Partial<LintOptions>][] = [
  ['{{customer.name}}您好，订单已经发货。', [['placeholder', '{{customer.name}}', 0, 17]]],
  ['您好[姓名]，感谢您的耐心。', [['placeholder', '[姓名]', 2, 6]]],
  ['您的订单号是 XXXXXX。', [['placeholder', 'XXXXXX', 7, 13]]],
  ['退款金额为 ___ 元。', [['placeholder', '___', 6, 9]]],
  ['我是客服【客服名】。', [['placeholder', '【客服名】', 4, 9]]],
  ['Hi [Name], your order has shipped.', [['placeholder', '[Name]', 3, 9]]],
  ['Your tracking number is <tracking number>.', [['placeholder', '<tracking number>', 24, 41]]],
  ['Your case number is [TICKET_ID].', [['placeholder', '[TICKET_ID]', 20, 31]]],
  ['We will deliver on {date}.', [['placeholder', '{date}', 19, 25]]],
  ['😀 Hi {{customer.name}}!', [['placeholder', '{{customer.name}}', 6, 23]]],
  ['好的亲，已经帮您备注了[微笑]', []],
  ['【温馨提示】退货时请保留原包装。', []],
  ['The XXL size is back in stock.', []],
  ['Your card ending in ****4821 was charged.', []],
  ['Hi <b>Anna</b>, your order is confirmed.', []],
];

describe('placeholder', () => {
  it.each(TABLE)('%s', (draft, expected, options) => {
    expect(rows(draft, options, 'placeholder')).toEqual(expected);
  });
});
