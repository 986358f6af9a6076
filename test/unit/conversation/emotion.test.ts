import { describe, expect, it } from 'vitest';
import { detectEmotion, readMessage } from '../../../utils/conversation/emotion';
import { fold } from '../../../utils/conversation/text';
import { chat } from './helpers';

const label = (...lines: string[]) => detectEmotion(chat(...lines)).label;

describe('detectEmotion', () => {
  it.each([
    // The complaint AFINN reads as positive.
    ['angry', ['C: I want a refund NOW. You charged me $89.99 for something that never worked']],
    ['angry', ['C: 退款申请都3天了还没到账！！！再不处理我就投诉到12315']],
    ['angry', ['C: This is the THIRD time I am writing. Unbelievable.']],
    ['angry', ['C: Wow, thanks a lot for the "fast" refund. Only 3 weeks and counting.']],
    ['angry', ['C: Your app crashes every time. Every. Single. Time.']],
    ['anxious', ['C: 我的快递三天没更新了 是不是丢了 有点担心']],
    ['anxious', ['C: need this by tomorrow for a wedding, please help']],
    ['disappointed', ['C: 算了 不想要了 本来挺期待的 唉']],
    ['disappointed', ['C: honestly expected better from you guys. oh well']],
    ['confused', ['C: 为什么只退了150？没看懂这个规则']],
    ['confused', ["C: it says delivered but there's nothing here?? what does that mean"]],
    ['neutral', ['C: 麻烦帮我查下订单2026110655410什么时候能到 谢谢']],
    ['neutral', ['C: Please cancel order 12093.']],
    ['positive', ['C: 收到了收到了 谢谢你们处理这么快👍']],
    ['positive', ['C: Refund just landed, thank you so much!']],
  ])('%s: %j', (expected, lines) => {
    expect(label(...lines)).toBe(expected);
  });

  it('handles negation and intensifiers', () => {
    expect(readMessage('不急', fold('不急')).scores.anxious).toBe(0);
    expect(readMessage('not happy', fold('not happy')).scores.disappointed).toBeGreaterThan(0);
    expect(readMessage('非常着急', fold('非常着急')).scores.anxious).toBeGreaterThan(
      readMessage('着急', fold('着急')).scores.anxious,
    );
    expect(readMessage('有点失望', fold('有点失望')).scores.disappointed).toBeLessThan(
      readMessage('失望', fold('失望')).scores.disappointed,
    );
    // 能不能 asks; its 不 negates nothing.
    expect(readMessage('能不能帮帮忙', fold('能不能帮帮忙')).scores.anxious).toBeGreaterThan(0);
  });

  it('reads a bare answer with the feeling of the turn before it', () => {
    expect(label('C: 退款能不能快一点 这笔钱急用', 'A: 请问退款金额是多少？', 'C: 1200')).toBe('anxious');
  });

  it('lets a thankful latest turn win over earlier anger', () => {
    expect(label('C: 退款到底什么时候到？？？', 'A: 已经退回您的支付宝了', 'C: 收到了 谢谢')).toBe('positive');
  });

  it('grows with frustration across turns and reports the cues that decided it', () => {
    const result = detectEmotion(
      chat(
        'C: the app logs me out',
        'A: which phone?',
        'C: Samsung S23. still happens, annoying',
        'A: try reinstalling',
        'C: I ALREADY DID. Third time I am explaining this!!!',
      ),
    );
    expect(result.label).toBe('angry');
    expect(result.intensity).toBeGreaterThan(0.8);
    expect(result.cues.map((cue) => cue.text)).toEqual(expect.arrayContaining(['ALREADY', '!!!']));
    for (const cue of result.cues) if (cue.span) expect(cue.span.message).toBeLessThan(5);
  });

  it('keeps a calm customer neutral and low', () => {
    const result = detectEmotion(chat('C: Hi, can you give me an ETA for order 48213?'));
    expect(result).toMatchObject({ label: 'neutral' });
    expect(result.intensity).toBeLessThanOrEqual(0.3);
  });
});
