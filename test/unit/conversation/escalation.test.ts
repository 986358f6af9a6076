import { describe, expect, it } from 'vitest';
import { detectEscalation } from '../../../utils/conversation/escalation';
import { chat } from './helpers';

const escalate = (text: string) => detectEscalation(chat(`C: ${text}`));

describe('detectEscalation', () => {
  it.each([
    // Threats against routine mentions: the keyword alone decides nothing.
    ['high', 'threat', '再不处理我就投诉到12315'],
    ['none', undefined, '投诉进度怎么样了'],
    // A threat to complain to the company itself: watch (hand-over when it grows).
    ['watch', 'complaint', '今天再不解决我就投诉了'],
    ['none', undefined, '我不是要投诉 就想知道进度'],
    ['none', undefined, '请问投诉电话是多少 我想表扬一下快递员'],
    ['high', 'threat', '我要去消协投诉'],
    ['high', 'threat', "If it's not fixed today I'm filing a chargeback"],
    ['none', undefined, 'If the refund never arrives, do I need to contact my bank?'],
    ['high', 'threat', 'My lawyer will be in touch.'],
    ['none', undefined, 'My brother is a lawyer and he said 30 days is standard'],
    ['none', undefined, '我朋友是律师 他说可以七天无理由'],
    ['none', undefined, "I'm not going to sue anyone, I just want answers"],
    ['high', 'threat', "I'm posting the video online so everyone sees"],
    ['high', 'threat', '我已经在微博上发了'],
    ['high', 'threat', 'reporting you to the BBB'],
    ['high', 'abuse', '你们是骗子吧'],
    ['none', undefined, '这是真的还是诈骗短信？'],
    ['high', 'abuse', 'you guys are f***ing useless'],
    ['high', 'safety', '充电宝冒烟了 差点着火'],
    ['high', 'safety', 'the heater gives off a burning smell'],
    ['none', undefined, '电热毯摸着特别烫 会不会有危险'],
    ['high', 'repeated-contact', 'This is the THIRD time I am writing about this'],
    ['high', 'repeated-contact', '问了你们五六次了'],
    ['watch', 'repeated-contact', 'Second time asking btw'],
    ['none', undefined, 'out for delivery for the third day in a row'],
    ['none', undefined, "That's the second time my order got cancelled"],
    ['watch', 'complaint', '我要投诉这个快递员'],
    ['none', undefined, '没有要投诉的意思 就是问问'],
    ['watch', 'manager', 'Get me a supervisor.'],
    ['watch', 'review', '问客服半天不回 我给差评了'],
    ['watch', 'churn', "I'm not ordering from you again"],
    ['watch', 'broken-promise', 'You told me on Monday it would be done'],
  ])('%s (%s): %s', (level, code, text) => {
    const result = escalate(text);
    expect(result.level).toBe(level);
    expect(result.reasons[0]?.code).toBe(code);
  });

  it('reports reasons strongest first, with what was said and where', () => {
    const result = detectEscalation(chat('C: 说好的今天退款', 'A: 抱歉', 'C: 第三次问了 再不退我就去12315'));
    expect(result.level).toBe('high');
    expect(result.reasons.map((reason) => reason.code)).toEqual(['threat', 'repeated-contact', 'broken-promise']);
    expect(result.reasons[1]).toMatchObject({ text: '第三次问', count: 3, span: { message: 2, start: 0, end: 4 } });
  });

  it('reads only the customer: an agent offering a supervisor is no red flag', () => {
    expect(detectEscalation(chat('A: 需要的话我可以请主管来处理', 'C: 好的')).level).toBe('none');
  });
});
