import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../../../utils/lint';
import { rows, type Row } from './helpers';

// A "no" without a reason or an alternative. The customer's problem told back, a condition and a
// refusal that explains itself are not flagged.
const TABLE: [draft: string, expected: Row[], options?: Partial<LintOptions>][] = [
  ['抱歉，无法退款。', [['bare-refusal', '无法', 3, 5]]],
  ['这个不行。', [['bare-refusal', '不行', 2, 4]]],
  ['我们这边做不到。', [['bare-refusal', '做不到', 4, 7]]],
  ['不好意思，这个我们没办法。', [['bare-refusal', '没办法', 9, 12]]],
  ['本店不支持七天无理由退货。', [['bare-refusal', '不支持', 2, 5]]],
  ['亲，订单不能修改地址的哦。', [['bare-refusal', '不能', 4, 6]]],
  ['很抱歉，我们无法为您提供上门安装。', [['bare-refusal', '无法', 6, 8]]],
  ["Sorry, we can't do that.", [['bare-refusal', "we can't", 7, 15]]],
  ["Unfortunately we're unable to refund this order.", [['bare-refusal', "we're unable to", 14, 29]]],
  ["That's not possible.", [['bare-refusal', "That's not possible", 0, 19]]],
  ["We don't offer exchanges on sale items.", [['bare-refusal', "We don't", 0, 8]]],
  ["Your order can't be cancelled.", [['bare-refusal', "can't be cancelled", 11, 29]]],
  ['I’m sorry, we can’t do that.', [['bare-refusal', 'we can’t', 11, 19]]],
  ['关于您无法登录的问题，请先重新打开 App 试试。', []],
  ['订单已经发货了，所以地址没办法修改，不过我可以帮您联系快递改派。', []],
  ['如果重启后还是无法打开，请把截图发给我。', []],
  ['这款耳机不支持无线充电，充电线在盒子里。', []],
  ['我们不能再让您多等了，今天就发出。', []],
  ['这个券无法和满减同时使用，但是您可以选择满减，更划算。', []],
  ['您能不能把订单号发我一下？', []],
  ["I can't wait to hear how you like it!", []],
  ["I can't wait to hear how you like it.", []],
  ["If you can't log in, tap 'Forgot password'.", []],
  ["We can't refund a used gift card because of card regulations.", []],
  ["We don't offer refunds on downloads, but I can give you store credit instead.", []],
  ["I can't find an order under that email; could you send the order number?", []],
];

describe('bare-refusal', () => {
  it.each(TABLE)('%s', (draft, expected, options) => {
    expect(rows(draft, options, 'bare-refusal')).toEqual(expected);
  });
});
