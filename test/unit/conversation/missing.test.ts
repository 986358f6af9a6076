import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../../utils/conversation/analyze';
import { chat, NOW } from './helpers';

const missing = (...lines: string[]) => analyzeConversation(chat(...lines), { now: NOW }).missing;

describe('missing', () => {
  it.each([
    // refund needs order id, amount, payment method
    [['C: 我要退款'], ['orderId', 'amount', 'paymentMethod']],
    [['C: 退款 订单号2026110312345 199元 微信付的'], []],
    // an agent question answered by the customer counts
    [['C: 申请退款 订单 2026111945210', 'A: 请问金额和付款方式？', 'C: 69 云闪付'], []],
    // "I don't know" is not an answer
    [
      ['C: refund to store credit but I paid by card?', 'A: Could you share the order number?', 'C: not sure where to find it'],
      ['orderId', 'amount'],
    ],
    // logistics takes an order number or a tracking number
    [['C: 我的快递到哪了'], ['orderId', 'trackingNumber']],
    [['C: 我的快递到哪了 SF1402938475612'], []],
    // quality: model, purchase date (an order id or a dated purchase will do), photos
    [['C: 杯子碎了'], ['productModel', 'purchaseDate', 'photos']],
    [['C: My kettle (model KX-300) stopped heating. I bought it on Oct 2. Pictures attached.'], []],
    [['C: 小米手环8用了一周就充不进电了'], ['purchaseDate', 'photos']],
    // technical: error text, steps, device, version, network
    [['C: app闪退'], ['errorMessage', 'steps', 'device', 'appVersion', 'network']],
    [['C: 安卓手机 app版本5.3.0 在4G下打开订单页会报错 ERR_CONNECTION_RESET'], []],
    [
      ['C: 上传图片一直失败', 'A: 有报错提示吗？什么手机、App 版本、Wi-Fi 还是流量？', 'C: 没有提示 iPhone 14 版本6.2.1 用的5G'],
      ['steps'],
    ],
    // account: an email, phone or username identifies it
    [['C: 登录不了'], ['accountId']],
    [['C: 登录不了 账号是 zhangwei_88'], []],
    // how-to: which platform
    [['C: How do I change my shipping address?'], ['device']],
    [['C: how do I export orders on the website?'], []],
    // general needs nothing
    [['C: 你们周末有人工客服吗'], []],
  ])('%j → %j', (lines, expected) => {
    expect(missing(...lines)).toEqual(expected);
  });

  it('counts the e-mail the helpdesk shows for the customer as their account', () => {
    const conversation = { ...chat('C: 登录不了'), customer: { email: 'wang@example.com' } };
    expect(analyzeConversation(conversation).missing).toEqual([]);
  });

  it('is empty once the customer closes the matter', () => {
    expect(missing('C: 我的退款还没到', 'A: 已原路退回支付宝', 'C: 收到了 谢谢')).toEqual([]);
    expect(analyzeConversation(chat('C: Refund just landed, thank you so much!')).resolved).toBe(true);
    expect(analyzeConversation(chat('C: thanks, but it is still broken')).resolved).toBe(false);
  });
});
