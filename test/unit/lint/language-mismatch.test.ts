import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../../../utils/lint';
import { conversation, rows, type Row } from './helpers';

// A reply in a language the customer doesn't write in; names and ids don't count.
const TABLE: [draft: string, expected: Row[], options?: Partial<LintOptions>][] = [
  [
    'Hello, your refund has been approved.',
    [['language-mismatch', 'Hello, your refund has been approved.', 0, 37]],
    { conversation: conversation(['customer', '你好，我的退款什么时候到账？']) },
  ],
  [
    '您好，您的包裹今天下午会送到。',
    [['language-mismatch', '您好，您的包裹今天下午会送到。', 0, 15]],
    { conversation: conversation(['customer', 'Hi, where is my parcel?']) },
  ],
  [
    'Your refund has been approved.',
    [['language-mismatch', 'Your refund has been approved.', 0, 30]],
    { customerLanguage: 'zh' },
  ],
  ['王女士您好，订单 A20261122 已经发出。', [], { conversation: conversation(['customer', '我的订单 A20261122 发货了吗']) }],
  ['Hi Mr. Zhang, your order has shipped.', [], { conversation: conversation(['customer', 'Hi, has my order shipped?']) }],
  ['Your refund has been approved.', []],
];

describe('language-mismatch', () => {
  it.each(TABLE)('%s', (draft, expected, options) => {
    expect(rows(draft, options, 'language-mismatch')).toEqual(expected);
  });
});
