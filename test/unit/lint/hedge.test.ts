import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../../../utils/lint';
import { rows, type Row } from './helpers';

// Uncertainty about a fact or a commitment; obligation, risk warnings and questions to the
// customer are not hedges.
const TABLE: [draft: string, expected: Row[], options?: Partial<LintOptions>][] = [
  ['应该明天能到。', [['hedge', '应该', 0, 2]]],
  ['这个订单应该明天能到。', [['hedge', '应该', 4, 6]]],
  ['退款大概三到五天到账。', [['hedge', '大概', 2, 4]]],
  ['可能是系统出了点问题。', [['hedge', '可能', 0, 2]]],
  ['这个我也不太清楚。', [['hedge', '不太清楚', 4, 8]]],
  ['我不确定还有没有货。', [['hedge', '不确定', 1, 4]]],
  ['一般来说七天内可以退货。', [['hedge', '一般来说', 0, 4]]],
  ['The parcel should arrive soon.', [['hedge', 'should', 11, 17]]],
  ['It will probably arrive tomorrow.', [['hedge', 'probably', 8, 16]]],
  ['Maybe the payment failed.', [['hedge', 'Maybe', 0, 5]]],
  ['I think it has shipped.', [['hedge', 'I think', 0, 7]]],
  ["I'm not sure it's in stock.", [['hedge', "I'm not sure", 0, 12]]],
  ['That should be fine.', [['hedge', 'should', 5, 11]]],
  ['Hopefully this fixes it.', [['hedge', 'Hopefully', 0, 9]]],
  ['Maybe try logging out and back in?', [['hedge', 'Maybe', 0, 5]]],
  ['这是我们应该做的。', []],
  ['这是我们应该做的,不用客气。', []],
  ['不可能是人为损坏。', []],
  ['出现的可能性很小。', []],
  ['我们应该提前通知您的，抱歉。', []],
  ['根据规定，退货应该在签收后 7 天内申请。', []],
  ['清除数据可能会导致重新登录。', []],
  ['您大概是什么时候下的单？', []],
  ['如有不清楚的地方，可以直接问我。', []],
  ['您是说快递员讲包裹可能明天到，对吗？', []],
  ['You might want to restart the router.', []],
  ['Clearing the data might log you out.', []],
  ['You should contact your bank.', []],
  ['Should you need anything else, just reply.', []],
  ["If you're not sure which plan fits, I can compare them.", []],
  ['Could you roughly tell me when it started?', []],
  ["I think you'll love it.", []],
  ['The refund appears on your statement within 3 days.', []],
];

describe('hedge', () => {
  it.each(TABLE)('%s', (draft, expected, options) => {
    expect(rows(draft, options, 'hedge')).toEqual(expected);
  });
});
