import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../../../utils/lint';
import { rows, type Row } from './helpers';

// Promises without a time are flagged; the customer's own words, requests to the customer and
// concrete triggers are not.
const TABLE: [draft: string, expected: Row[], options?: Partial<LintOptions>][] = [
  [
    '您好，我们会尽快处理，请耐心等待。',
    [
      ['vague-time', '尽快', 6, 8],
      ['vague-time', '耐心等待', 12, 16],
    ],
  ],
  ['好的，我马上给您安排补发。', [['vague-time', '马上', 4, 6]]],
  ['这个功能我们近期会上线。', [['vague-time', '近期', 6, 8]]],
  ['快递已经在路上了，过几天就能到。', [['vague-time', '过几天', 9, 12]]],
  ['这个我回头再跟您确认一下。', [['vague-time', '回头', 3, 5]]],
  ['有任何进展我们会随时通知您。', [['vague-time', '随时', 8, 10]]],
  ['您的申请已提交，请等通知。', [['vague-time', '等通知', 9, 12]]],
  ['已经帮您催促仓库了，稍后给您回复。', [['vague-time', '稍后', 10, 12]]],
  ["We'll process your refund ASAP.", [['vague-time', 'ASAP', 26, 30]]],
  ['It should arrive soon.', [['vague-time', 'soon', 17, 21]]],
  [
    'The team will be in touch shortly.',
    [
      ['vague-time', 'be in touch', 14, 25],
      ['vague-time', 'shortly', 26, 33],
    ],
  ],
  ["We'll get back to you.", [['vague-time', 'get back to you', 6, 21]]],
  ['The charge will eventually drop off.', [['vague-time', 'eventually', 16, 26]]],
  ["I'll have an answer in a bit.", [['vague-time', 'in a bit', 20, 28]]],
  ['Please try again later.', [['vague-time', 'later', 17, 22]]],
  ['您是希望我们尽快处理，对吗？', []],
  ['您是希望我们尽快处理,对吗?', []],
  ['请您尽快确认收货地址。', []],
  ['您刚才说客服答应尽快退款，我查了一下，退款已于今天 10:30 退回。', []],
  ['客户原话是“请尽快发货”，我们已经在今天 15:00 发出。', []],
  ['我们会在今天 18:00 前尽快处理完。', []],
  ['有任何问题，您随时联系我就好。', []],
  ['马上就要到双十一了。', []],
  ['请问您近期是否修改过密码？', []],
  ['我马上帮您查一下订单状态。', []],
  ['感谢您的耐心等待。', []],
  ['As soon as it arrives, we will send the replacement.', []],
  ["I'll get back to you by 5 PM today.", []],
  ['Please send the photos as soon as possible.', []],
  ['See you soon!', []],
  ['Your parcel was delivered shortly after 10 AM.', []],
  ['Two days later it was marked as delivered.', []],
  ["You said the last agent promised a call back soon; I'm calling you at 3 PM today.", []],
  ["I'll explain the fees later in this email.", []],
];

describe('vague-time', () => {
  it.each(TABLE)('%s', (draft, expected, options) => {
    expect(rows(draft, options, 'vague-time')).toEqual(expected);
  });
});
