import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../../utils/conversation/analyze';
import { detectEmotion } from '../../../utils/conversation/emotion';
import { detectEscalation } from '../../../utils/conversation/escalation';
import { extractFacts } from '../../../utils/conversation/facts';
import type { FactType } from '../../../utils/conversation/labels';
import { prepare } from '../../../utils/conversation/prepare';
import { detectScenario } from '../../../utils/conversation/scenario';
import { canMatch, patternScript, scriptsIn } from '../../../utils/conversation/text';
import { chat, NOW } from './helpers';

// One table per generalisation made after the held-out set showed what unseen conversations look like.
// The sentences here are written for the tests; none is copied from the held-out set.

const emotion = (...lines: string[]) => detectEmotion(chat(...lines)).label;
const scenario = (...lines: string[]) => detectScenario(chat(...lines)).scenario;
const escalation = (text: string) => detectEscalation(chat(`C: ${text}`));
const facts = (type: FactType, ...lines: string[]) =>
  extractFacts(prepare(chat(...lines)), { now: NOW }).facts[type].map((fact) =>
    'amount' in fact ? { text: fact.text, amount: fact.amount, currency: fact.currency } : fact.value,
  );
const missing = (...lines: string[]) => analyzeConversation(chat(...lines), { now: NOW }).missing;

describe('emotion: grammar, not only words', () => {
  it.each([
    // Rhetorical questions that blame, at the start of a clause.
    ['angry', '你们客服是复读机吗 我问三遍了'],
    ['angry', '你们物流是走路送的吧'],
    ['angry', '你们售后都不看消息的吗'],
    ['angry', 'do you even test your updates before shipping them?'],
    // …but not a real question about who they are.
    ['neutral', '你们和那家专卖店是一家吗'],
    // Ultimatums, scornful idioms, exasperation.
    ['angry', "If this isn't sorted by Monday you'll hear from me again."],
    ['angry', '再不发货我就直接取消了'],
    ['angry', 'Premium support my foot.'],
    ['angry', 'the pop-ups are driving me crazy'],
    ['angry', '怎么能这样对待老客户'],
    ['angry', 'Your courier broke it. Who pays for that?'],
    // Needed by a day, fear of a hazard.
    ['anxious', 'I need it by Friday for the trip'],
    ['anxious', 'the charger got really hot, is it safe to keep using?'],
    // Praised usually, let down this time.
    ['disappointed', 'I usually rave about you, but this order was a letdown'],
    ['disappointed', '一直很喜欢你们家 就是这次发的货有点敷衍'],
  ])('%s: %s', (expected, text) => {
    expect(emotion(`C: ${text}`)).toBe(expected);
  });

  it('reads "doesn\'t understand" said of the agent as blame, said of oneself as confusion', () => {
    expect(emotion('C: 这个客服根本不懂我在说什么')).toBe('angry');
    expect(emotion("C: you just don't understand the problem")).toBe('angry');
    expect(emotion('C: 这个规则我没看懂')).toBe('confused');
    expect(emotion("C: I don't understand this charge")).toBe('confused');
  });

  it('gives no anger to a routine mention of a red-flag word', () => {
    expect(emotion('C: is this email legit or a scam? it asks for my card number')).not.toBe('angry');
    expect(emotion('C: My neighbour is a lawyer and says the warranty should cover it')).toBe('neutral');
  });

  it('turns praise before "but" into a cushion', () => {
    expect(emotion('C: Love the colour, but the seams are already coming loose')).not.toBe('positive');
    expect(emotion('C: 挺喜欢这个款式的 可是线头太多了')).not.toBe('positive');
  });

  it('reads "!!" after thanks as delight and "??" next to a hazard as fear', () => {
    expect(emotion("C: it's working again!! thank you so much")).toBe('positive');
    expect(emotion('C: the battery is bulging, will it catch fire??')).toBe('anxious');
  });

  it('does not hear shouting in codes, nor a demand in a question', () => {
    expect(emotion('C: checkout shows PAY-7001 again')).not.toBe('angry');
    expect(emotion('C: the parcel is held at customs, do I need to do something?')).not.toBe('angry');
  });

  it('keeps a plain report of a hazard as calm as it was written', () => {
    expect(emotion('C: The mixer blade came off and cut my hand, I needed two stitches.')).toBe('neutral');
  });

  it('knows emoji and slang cues', () => {
    expect(emotion('C: still no refund 😡')).toBe('angry');
    expect(emotion('C: the parcel says delivered but nothing here 😭 it was for my exam tomorrow')).toBe('anxious');
    expect(emotion('C: kinda freaking out, my card was charged three times')).toBe('anxious');
    expect(emotion('C: you guys are legends, thank u')).toBe('positive');
    // 等着吧 is a threat, not anxious waiting; 头晕 is a symptom, not confusion.
    expect(detectEmotion(chat('C: 等着吧')).scores.anxious).toBe(0);
    expect(detectEmotion(chat('C: 吃了以后有点头晕')).scores.confused).toBe(0);
  });
});

describe('scenario: abbreviations, grammar and who is asking', () => {
  it.each([
    // 拼音缩写 read as the word they stand for, only in Chinese text, and negation still applies.
    ['refund', ['C: tk什么时候到账啊 等好久了']],
    ['logistics', ['C: kd三天没更新了']],
    ['quality', ['C: 收到的鞋开胶了 想hh 不想tk']],
    ['general', ['C: tk tk tk']],
    // Grammar cues.
    ['refund', ["C: I'd like to send the jacket back, it doesn't fit"]],
    ['refund', ['C: I was charged for gift wrap I never asked for, I want the $4 fee back']],
    ['logistics', ["C: where's my blender? it's been ages"]],
    ['logistics', ['C: 请问什么时候发货 我等着用']],
    ['order', ['C: can I add a second charger to my order before it ships?']],
    ['order', ['C: only 2 of the 4 plates arrived']],
    ['order', ['C: 餐椅少了配件 缺螺丝 装不上']],
    ['order', ['C: I think I paid for the same thing twice, please cancel one']],
    ['quality', ["C: your 'stainproof' tablecloth stained after one dinner"]],
    ['quality', ['C: 实物跟详情页的描述完全不一样']],
    ['quality', ['C: the lamp arrived cracked and the bulb rattles']],
    ['account', ['C: how do I change the phone number on my profile?']],
    ['account', ['C: 想把账号绑定的手机号换成新的']],
    ['howto', ['C: 能不能把消息提醒关掉 太吵了']],
    ['howto', ["C: Where's the setting for two-column view?"]],
    ['howto', ['C: does the web version let me share a wishlist?']],
    // Pre-sales questions, praise for a colleague and complaints about the service are general.
    ['general', ['C: thinking of buying the 2-seater, does it come in green?']],
    ['general', ['C: do you deliver to Iceland?']],
    ['general', ['C: 打算买一台送爸妈 有没有现货']],
    ['general', ['C: Mei sorted it in minutes, give her a raise']],
    ['general', ['C: 想表扬一下昨天的客服 很耐心']],
    ['general', ['C: 你们的客服态度越来越差了']],
  ])('%s: %j', (expected, lines) => {
    expect(scenario(...lines)).toBe(expected);
  });

  it('counts what the agent asked for: a model and a purchase date mean a quality case', () => {
    const conversation = chat(
      'C: the speaker makes a buzzing noise',
      'A: Sorry to hear that! Which model is it and when did you buy it? A photo of the label would help.',
      'C: SB-40, got it in June',
    );
    expect(detectScenario(conversation).scenario).toBe('quality');
  });

  it('does not read 退 inside 退出, nor "stuck on" a problem as a parcel', () => {
    expect(detectScenario(chat('C: 退出登录以后再进来就好了')).scores.refund).toBe(0);
    expect(detectScenario(chat("C: I'm stuck on the last step of the form")).scores.logistics).toBe(0);
  });
});

describe('facts: more formats as customers write them', () => {
  it.each<[string, FactType, string[], unknown[]]>([
    ['tracking in groups of four', 'trackingNumbers', ['C: tracking is 5531 2248 9901, can you check it'], ['5531 2248 9901']],
    [
      'Amazon and Cainiao formats',
      'trackingNumbers',
      ['C: TBA123456789012 和 LP00123456789012'],
      ['TBA123456789012', 'LP00123456789012'],
    ],
    [
      'bare 单号 in a parcel message is the courier number',
      'trackingNumbers',
      ['C: 快递 单号 73100012345678 不动了'],
      ['73100012345678'],
    ],
    ['bare 单号 otherwise is the order number', 'orderIds', ['C: 单号 2026111800123 能改颜色吗'], ['2026111800123']],
    ['a complaint or ticket number is neither', 'orderIds', ['C: 投诉单号 TS20261101 工单号 GD5566'], []],
    ['a list of order ids', 'orderIds', ['C: please merge orders 7001 and 7002'], ['7001', '7002']],
    ['a Chinese list', 'orderIds', ['C: 订单 2026111800001、2026111800002 一起发'], ['2026111800001', '2026111800002']],
    [
      'Chinese numerals after an amount word',
      'amounts',
      ['C: 金额是三百六十 一共扣了两千零五十'],
      [
        { text: '三百六十', amount: 360, currency: undefined },
        { text: '两千零五十', amount: 2050, currency: undefined },
      ],
    ],
    [
      '万 and € after the number',
      'amounts',
      ['C: 1.5万元的沙发 and a 45€ lamp'],
      [
        { text: '1.5万元', amount: 15000, currency: 'CNY' },
        { text: '45€', amount: 45, currency: 'EUR' },
      ],
    ],
    [
      'an amount after "charging"',
      'amounts',
      ['C: you keep charging 12.50 a month'],
      [{ text: '12.50', amount: 12.5, currency: undefined }],
    ],
    [
      '十几天, 二十来天 and a month by name',
      'dates',
      ['C: 等了十几天 上次二十来天 十二月份买的'],
      ['十几天', '二十来天', '十二月份'],
    ],
    ['三个月 is a duration, 三月 is March', 'dates', ['C: 用了三个月 三月买的'], ['三个月', '三月']],
    ['a day of the month, month end, last year', 'dates', ['C: 说好20号发 拖到月底 去年买的'], ['20号', '月底', '去年']],
    ['not a house number or a metro line', 'dates', ['C: 送到中山路18号 坐2号线'], []],
    ['a rate is not a date', 'dates', ['C: it crashes 5 times a day, 一天闪退三次'], []],
    ['an ordinal is not a date', 'dates', ['C: this is the 3rd email, due the 12th.'], ['the 12th']],
    [
      '"in may", "since 2019", "10+ minutes"',
      'dates',
      ['C: bought in may, member since 2019, waited 10+ minutes'],
      ['may', 'since 2019', '10+ minutes'],
    ],
    ['报错码 and a bare code after 报', 'errorCodes', ['C: 报错码 E-5120 保存又报502'], ['E-5120', '502']],
    ['a status code before its name', 'errorCodes', ['C: I get a 404 not found on the invoice page'], ['404']],
    [
      'a product line up to a word boundary',
      'products',
      ['C: my Xbox Series S and Surface Pro 9'],
      ['Xbox Series S', 'Surface Pro 9'],
    ],
    ['the OS is not part of the model', 'products', ['C: iPhone13 iOS17 最新版'], ['iPhone13']],
    ['a plain word that names a product line', 'products', ['C: three dead pixels and a scratched surface'], []],
    ['a brand with a line name', 'products', ['C: my Galaxy Tab keeps rebooting'], ['Galaxy Tab']],
    [
      'the model in a reply to "which model?"',
      'products',
      ['C: the fan rattles', 'A: Which model is it?', 'C: AF-300 Max, bought it last spring'],
      ['AF-300 Max'],
    ],
  ])('%s', (_name, type, lines, expected) => {
    expect(facts(type, ...lines)).toEqual(expected);
  });
});

describe('missing: what counts as already given', () => {
  it.each([
    // Payment in 拼音缩写.
    [['C: 退款 订单2026111900011 金额88元 zfb付的'], []],
    // Steps: the tap that leads to it, what was tried, a step finished.
    [['C: app crashes the moment I tap checkout, no error. Pixel 7, latest version, wifi'], []],
    [['C: 点提交没反应 没有提示 安卓 最新版 流量'], []],
    [['C: 登录完就闪退 没提示 华为 最新版 wifi'], []],
    [["C: it won't load, tried another browser. Chrome 120, no error, home wifi"], []],
    // Device, network and version in other words.
    [['C: 打印的时候提示“连接失败” Win11 客户端 3.1.0 公司网'], []],
    [['C: since I updated to 6.3 the sync fails with "quota exceeded" when I open the app on my iPad, on wifi'], []],
    // Photos sent, a purchase date further back in the sentence.
    [['C: 电饭煲内胆掉漆 型号 RC-20 上个月买的 照片发你了'], []],
    [
      [
        'C: I purchased the rice cooker (model RC-20) from your online shop on 3 March and the coating is peeling, photos attached',
      ],
      [],
    ],
    // Wearing for three days is use, not the purchase date.
    [['C: 鞋子穿三天就开胶了 型号 X9 照片已发'], ['purchaseDate']],
  ])('%j → %j', (lines, expected) => {
    expect(missing(...lines)).toEqual(expected);
  });

  it('asks for nothing when the customer confirms the fix in other words', () => {
    expect(missing('C: the page is blank', 'A: Could you clear the cache and reload?', 'C: nvm that worked, thanks!')).toEqual(
      [],
    );
  });
});

describe('escalation: threat grammar and routine mentions', () => {
  it.each([
    ['high', 'threat', "I'm taking this to the local news."],
    ['high', 'threat', 'Sort it or I go to the papers.'],
    ['high', 'threat', "I'm disputing the payment with my bank."],
    ['high', 'threat', 'already filed with the ombudsman'],
    ['high', 'threat', '消协那边已经立案了'],
    ['none', undefined, 'The bank told me I could dispute it but I would rather not.'],
    ['none', undefined, 'My brother says I could take you to small claims, but honestly I would rather sort it here.'],
    ['high', 'threat', "I'm taking you to small claims."],
    ['none', undefined, 'Is this text legit or a scam?'],
    ['none', undefined, '我表姐在消协上班 她说这个可以退'],
    ['none', undefined, '朋友说可以去12315 但我还是想先跟你们沟通'],
    ['high', 'abuse', 'You are frauds.'],
    ['high', 'abuse', 'tmd 什么破店'],
    ['high', 'safety', 'the phone battery is swelling and the back cover popped off'],
    ['high', 'safety', 'my daughter got a rash from the bracelet'],
    ['high', 'safety', '热水壶把我手烫红了'],
    ['high', 'safety', 'the plug was sparking'],
    ['high', 'repeated-contact', 'Fourth time chasing this.'],
    ['high', 'repeated-contact', '找了你们五回了'],
    ['none', undefined, '物业和邻居都问过了 没人看到包裹'],
    ['watch', 'complaint', "I'm filing a complaint about the driver."],
    ['watch', 'broken-promise', '说好三天内发货的呢'],
    ['watch', 'broken-promise', 'Your agent last week promised a refund.'],
    ['watch', 'manager', 'put me through to someone who can decide, a manager or whoever'],
    ['watch', 'churn', 'honestly this is where I leave'],
    ['none', undefined, 'I have never ordered from a UK shop before, is there customs?'],
  ])('%s (%s): %s', (level, code, text) => {
    const result = escalation(text);
    expect(result.level).toBe(level);
    expect(result.reasons[0]?.code).toBe(code);
  });
});

describe('pattern scripts', () => {
  it('skips Chinese-only patterns on English text and the reverse, never mixed ones', () => {
    expect(patternScript(/你们[^，]{0,6}是/)).toBe('han');
    expect(patternScript(/\bwhere is my\b/)).toBe('latin');
    expect(patternScript(/到手就坏|arrived broken/)).toBe('any');
    expect(canMatch('han', scriptsIn('where is my order'))).toBe(false);
    expect(canMatch('latin', scriptsIn('我的 order 呢'))).toBe(true);
  });
});
