import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../../../utils/lint';
import { rows, type Row } from './helpers';

// Performed empathy and stacked apologies; naming the feeling once, and one apology, are good.
const TABLE: [draft: string, expected: Row[], options?: Partial<LintOptions>][] = [
  ['我太理解您了，换做是我也会很着急。', [['over-empathy', '我太理解您了', 0, 6]]],
  ['我也遇到过同样的情况。', [['over-empathy', '我也遇到过同样的情况', 0, 10]]],
  [
    '真的非常抱歉！非常抱歉！实在对不起！',
    [
      ['over-empathy', '非常抱歉', 7, 11],
      ['over-empathy', '实在对不起', 12, 17],
    ],
  ],
  ['I totally know how you feel.', [['over-empathy', 'I totally know how you feel', 0, 27]]],
  [
    'I know exactly how you feel, the same thing happened to me.',
    [
      ['over-empathy', 'I know exactly how you feel', 0, 27],
      ['over-empathy', 'the same thing happened to me', 29, 58],
    ],
  ],
  ['Sorry for the wait. So sorry about this!', [['over-empathy', 'So sorry', 20, 28]]],
  ['我理解您很着急，我现在就帮您查。', []],
  ['很抱歉让您久等了。退款已经处理好。', []],
  ['对不起对不起，让您久等了！', []],
  ["I understand you're disappointed.", []],
  ["I'm sorry your parcel arrived damaged. I've sent a replacement.", []],
];

describe('over-empathy', () => {
  it.each(TABLE)('%s', (draft, expected, options) => {
    expect(rows(draft, options, 'over-empathy')).toEqual(expected);
  });
});
