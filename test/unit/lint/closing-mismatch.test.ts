import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../../../utils/lint';
import { conversation, rows, type Row } from './helpers';

// A cheerful closing to an upset customer or an open problem; it fits a solved one.
const TABLE: [draft: string, expected: Row[], options?: Partial<LintOptions>][] = [
  [
    '已经反馈给仓库了，今天 18:00 前给您结果。祝您生活愉快！',
    [['closing-mismatch', '祝您生活愉快', 24, 30]],
    { conversation: conversation(['customer', '东西都坏了你们还让我等?太差劲了!!']) },
  ],
  ['这个问题我们还在排查，今天 17:00 前通知您。祝您周末愉快！', [['closing-mismatch', '祝您周末愉快', 25, 31]]],
  [
    "I've passed your complaint on. Have a nice day!",
    [['closing-mismatch', 'Have a nice day', 31, 46]],
    { conversation: conversation(['customer', 'Your courier broke my package. I am furious.']) },
  ],
  ["We're still investigating. Enjoy your weekend!", [['closing-mismatch', 'Enjoy your weekend', 27, 45]]],
  ['Your refund is on its way. Have a nice day!', [['closing-mismatch', 'Have a nice day', 27, 42]], { customerUpset: true }],
  ['Your refund is on its way. Have a nice day!', [['closing-mismatch', 'Have a nice day', 27, 42]], { resolved: false }],
  ['不客气，问题解决了就好。祝您生活愉快！', [], { conversation: conversation(['customer', '好了，可以登录了，谢谢你！']) }],
  ['退款已原路退回，1-3 个工作日到账。祝您生活愉快！', []],
  [
    "Great to hear it's working now! Have a great day.",
    [],
    { conversation: conversation(['customer', 'That worked, thanks so much!']) },
  ],
  [
    'You can change it under Settings. Have a great day!',
    [],
    { conversation: conversation(['customer', 'How do I change my password?']) },
  ],
  ["We're still investigating. Have a nice day!", [], { resolved: true }],
];

describe('closing-mismatch', () => {
  it.each(TABLE)('%s', (draft, expected, options) => {
    expect(rows(draft, options, 'closing-mismatch')).toEqual(expected);
  });
});
