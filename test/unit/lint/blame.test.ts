import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../../../utils/lint';
import { rows, type Row } from './helpers';

// Putting the fault on the customer, including "as I already said". Hypotheticals and "not your
// fault" are not blame.
const TABLE: [draft: string, expected: Row[], options?: Partial<LintOptions>][] = [
  ['这个是您自己操作失误导致的。', [['blame', '是您自己', 2, 6]]],
  ['您操作错了，应该先点确认。', [['blame', '您操作错了', 0, 5]]],
  ['您没看清尺码说明。', [['blame', '您没看清', 0, 4]]],
  ['我已经说过了，退款要 3 个工作日。', [['blame', '我已经说过了', 0, 6]]],
  ['您是不是没仔细看说明书？', [['blame', '您是不是没仔细看', 0, 8]]],
  ['You should have checked the size chart.', [['blame', 'You should have', 0, 15]]],
  ['As I already said, it takes 5 days.', [['blame', 'As I already said', 0, 17]]],
  ["That's your fault for entering the wrong postcode.", [['blame', "That's your fault", 0, 17]]],
  ['Per my last email, the label is attached.', [['blame', 'Per my last email', 0, 17]]],
  ['您自己也可以在订单页查看物流。', []],
  ['如果您填错了地址，可以在发货前修改。', []],
  ['不怪您，这个入口确实很难找。', []],
  ['You must have been so worried.', []],
  ["It's not your fault at all.", []],
  ['You should have received a code by text just now.', []],
  ['If you entered the wrong address, you can edit it until it ships.', []],
];

describe('blame', () => {
  it.each(TABLE)('%s', (draft, expected, options) => {
    expect(rows(draft, options, 'blame')).toEqual(expected);
  });
});
