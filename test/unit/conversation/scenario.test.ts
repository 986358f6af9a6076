import { describe, expect, it } from 'vitest';
import { detectScenario } from '../../../utils/conversation/scenario';
import { chat } from './helpers';

describe('detectScenario', () => {
  it.each([
    ['refund', ['C: 退款申请3天了还没到账']],
    ['refund', ['C: You charged me twice for the same subscription']],
    ['logistics', ['C: 物流三天没更新了 包裹是不是丢了']],
    ['logistics', ['C: WHERE IS MY ORDER. IT HAS BEEN TWO WEEKS.']],
    ['order', ['C: 我刚下的单想改一下颜色']],
    ['order', ['C: Received the wrong size, M instead of L']],
    ['quality', ['C: 收到的杯子是碎的']],
    ['quality', ['C: The toaster sparked and the delivery was two days late']],
    ['technical', ['C: app一打开就闪退']],
    ['technical', ['C: The dashboard shows a blank page with error E-2041']],
    ['account', ['C: 手机号换了收不到验证码 登录不了']],
    ['account', ['C: someone logged into my account from Brazil']],
    ['howto', ['C: 请问怎么设置默认收货地址']],
    ['howto', ['C: How do I add my partner to the family plan?']],
    ['general', ['C: 你好 请问你们周末有人工客服吗']],
    ['general', ['C: hello?']],
  ])('%s: %j', (expected, lines) => {
    expect(detectScenario(chat(...lines)).scenario).toBe(expected);
  });

  it('does not read 导出 inside 领导, nor 坏 after 没', () => {
    expect(detectScenario(chat('C: 我要求你们领导出来解释')).scores.technical).toBe(0);
    expect(detectScenario(chat('C: 里面倒是没坏')).scores.quality).toBe(0);
  });

  it('does not take a reply to the agent for a how-to question', () => {
    expect(detectScenario(chat('C: 退款显示退到零钱了', 'A: 请问订单号是多少？', 'C: 不知道在哪找')).scenario).toBe('refund');
  });

  it('lists the keywords that decided it', () => {
    expect(detectScenario(chat('C: 退款还没到账')).keywords).toEqual(['退款', '还没到账']);
  });
});
