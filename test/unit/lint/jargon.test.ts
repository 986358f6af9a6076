import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../../../utils/lint';
import { conversation, rows, type Row } from './helpers';

// Internal terms get a plain rewrite; the same word as a label on screen, in a device, or in the
// customer's own words is not flagged.
const TABLE: [draft: string, expected: Row[], options?: Partial<LintOptions>][] = [
  ['您好，后台显示您的订单已经出库了。', [['jargon', '后台', 3, 5]]],
  ['已经帮您提交工单了。', [['jargon', '工单', 6, 8]]],
  ['最近服务器负载过高，所以有点慢。', [['jargon', '服务器负载过高', 2, 9]]],
  ['这个功能目前是灰度测试。', [['jargon', '灰度测试', 7, 11]]],
  ['接口返回异常，所以支付没成功。', [['jargon', '接口', 0, 2]]],
  ['麻烦您清除一下缓存再试试。', [['jargon', '缓存', 7, 9]]],
  ['这个 SKU 暂时缺货。', [['jargon', 'SKU', 3, 6]]],
  ['Our backend shows the payment as pending.', [['jargon', 'backend', 4, 11]]],
  ["I've moved your case to the escalation queue.", [['jargon', 'escalation queue', 28, 44]]],
  ['The API returned an error.', [['jargon', 'API', 4, 7]]],
  ['Please clear your cache and reload.', [['jargon', 'cache', 18, 23]]],
  ['您的充电接口如果松动，可以寄回维修。', []],
  ['请把 App 的后台运行权限打开。', []],
  ['请点击页面右上角的“后台管理”。', []],
  ["Thanks, I've updated your ticket with the photos.", []],
  ['Yes, our API supports webhooks.', [], { conversation: conversation(['customer', 'Does your API support webhooks?']) }],
];

describe('jargon', () => {
  it.each(TABLE)('%s', (draft, expected, options) => {
    expect(rows(draft, options, 'jargon')).toEqual(expected);
  });
});
