import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../../../utils/lint';
import { rows, type Row } from './helpers';

// Too long or too many questions for one chat message; numbered steps may run longer.
const TABLE: [draft: string, expected: Row[], options?: Partial<LintOptions>][] = [
  [
    '请问您是在哪个页面看到的报错？报错的具体内容是什么？您用的是什么手机型号？App 版本是多少？',
    [['overload', '请问您是在哪个页面看到的报错？报错的具体内容是什么？您用的是什么手机型号？App 版本是多少？', 0, 47]],
  ],
  [
    'Which browser are you using? Which app version? Are you on Wi-Fi? When did it start?',
    [['overload', 'Which browser are you using? Which app version? Are you on Wi-Fi? When did it start?', 0, 84]],
  ],
  ['您好，包裹今天上午已经到达派送站点，快递员会在今天 18:00 前送到。', []],
  ["Here's how:\n1. Unplug it for 30 seconds.\n2. Plug it back in.\n3. Tap 'Reconnect'.", []],
];

describe('overload', () => {
  it.each(TABLE)('%s', (draft, expected, options) => {
    expect(rows(draft, options, 'overload')).toEqual(expected);
  });
});
