/**
 * Refusals: a "no" is fine with a reason or an alternative, and bare without. The phrases below
 * are the agent's own refusal, not the customer's problem told back (您无法登录的问题, you can't log
 * in). Sorted by key within each language.
 */
import type { Term } from '../terms';

const ADVERBS_EN = '(?: (?:really|simply|just|unfortunately|currently|still|also|now|afraid|sadly))*';
/** "I can't wait", "I can't thank you enough", "I can't find the order": not refusals. */
const NOT_REFUSING_EN =
  ' (?:wait|thank|stress|emphasi[sz]e|apologi[sz]e|help but|imagine|believe|see|find|locate|tell|seem|let|say|access|reach|hear|open|load|view)\\b';

/**
 * A Chinese "no" is a refusal when the agent's side says it (我们无法…) or when it refuses a service
 * (不能退款, 无法为您…, 暂时不支持。); "这款耳机不支持无线充电" states a product fact.
 */
const SERVICE_ZH =
  '退|换|改|无理由|七天|取消|开|重|发票|上门|加急|指定|延期|价保|保价|自提|分期|定制|预约|补|赔|寄|配送|送货|安装|维修|叠加|办理|处理|操作|提供|申请|审核|通过|恢复|找回|查询|透露|告知|同意|接受|满足|保证|承诺|撤销|报销|返还|延长|合并|拆分|优惠|减免|免|赠送|发货|发出|安排|解绑|注销|冻结|解冻|支持';
const AGENT_ZH = '(?:我们|我|这边|本店|小店|店铺|平台|公司|我方)(?:这边|目前|暂时|现在|实在|真的|确实|也|都|是|恐怕|就|还)*';
const REFUSES_AFTER_ZH = `(?=[^,。!?,!?\\n]{0,8}?(?:${SERVICE_ZH})|(?:为|给|帮|替)(?:您|你)|的?(?:哦|呢|哈|啦|呀)?(?:[。!,~～]|$))`;
// The word first, so the engine can scan for it; then who says it, or what it refuses.
const refusalZh = (word: string) => `(?:${word})(?:(?<=${AGENT_ZH}(?:${word}))|${REFUSES_AFTER_ZH})`;
/** The customer's problem told back: 无法登录的问题, 不能用了吗. */
const PROBLEM_AFTER_ZH = '[^,。!?,!?]{0,6}(?:的问题|的情况|的原因|的话|吗|呢|么)';

export const REFUSALS: readonly Term[] = [
  { key: '不予', lang: 'zh', pattern: refusalZh('不予'), notBefore: `[以置理]|${PROBLEM_AFTER_ZH}` },
  { key: '不允许', lang: 'zh', pattern: refusalZh('不允许'), notBefore: PROBLEM_AFTER_ZH },
  { key: '不可以', lang: 'zh', pattern: refusalZh('不可以'), notAfter: '可|是否', notBefore: PROBLEM_AFTER_ZH },
  { key: '不接受', lang: 'zh', pattern: refusalZh('不接受'), notBefore: PROBLEM_AFTER_ZH },
  { key: '不提供', lang: 'zh', pattern: refusalZh('不提供'), notBefore: PROBLEM_AFTER_ZH },
  { key: '不支持', lang: 'zh', pattern: refusalZh('不支持'), notBefore: PROBLEM_AFTER_ZH },
  {
    key: '不能',
    lang: 'zh',
    pattern: refusalZh('不能'),
    notAfter: '能|可|会不会|是否',
    notBefore: `不|再让|让您|让你|再给您|用|正常|${PROBLEM_AFTER_ZH}`,
  },
  {
    key: '不行',
    lang: 'zh',
    notAfter: '行|还是|仍然|依然|一直|总是|都|也',
    notBefore: '了|吗|么|呢|的话|[^,。!?,!?]{0,4}(?:的话|就)',
  },
  { key: '做不到', lang: 'zh', pattern: '(?:做|办)不到', notBefore: '吗|么|呢|的话' },
  // 补不了 / 退不了: a service the agent cannot do (登录不了 is a problem the customer reports, so not listed).
  {
    key: '办不了',
    lang: 'zh',
    pattern: '(?:办|补|退|改|换|处理|修改|取消|开|发|操作|做|安排|申请)不了',
    notBefore: '吗|么|呢|的话|[^,。!?,!?]{0,4}(?:的话|吗)',
  },
  {
    key: '无法',
    lang: 'zh',
    pattern: refusalZh('无法'),
    notAfter: '都|一直|还是|仍然|依然|总是|老是',
    notBefore: `正常|联系到|联系上|接通|打通|收到您|及时|${PROBLEM_AFTER_ZH}`,
  },
  { key: '没办法', lang: 'zh', pattern: '没(?:有)?办法', notBefore: PROBLEM_AFTER_ZH },

  {
    key: "I can't",
    lang: 'en',
    pattern: `\\b(?:I|we)${ADVERBS_EN} (?:can't|cannot|can not|won't be able to|will not be able to)\\b`,
    notBefore: NOT_REFUSING_EN,
  },
  {
    key: "can't be done",
    lang: 'en',
    pattern:
      "\\b(?:can't|cannot|can not|won't|couldn't|could not) be (?:done|changed|modified|cancell?ed|refunded|returned|exchanged|reversed|undone|processed|approved|granted|arranged|edited|amended|extended|waived|reissued|honou?red|accepted|replaced|made)\\b",
  },
  {
    key: "isn't available",
    lang: 'en',
    pattern: "\\b(?:isn't|is not|aren't|are not) (?:available|offered|included)(?= (?:on|for|in|to|with|at)\\b|[.!]|$)",
  },
  {
    key: "it's not possible",
    lang: 'en',
    pattern:
      "\\b(?:(?:it|that|this)(?:'s| is) (?:not|simply not|just not)|(?:it|that|this) isn't|(?:is|are) not) (?:possible|allowed|permitted|supported|something (?:we|I) (?:can|could) (?:do|change|offer|arrange|help with)|something (?:we|I) (?:offer|do))\\b|\\b(?:it|that|this) (?:won't|will not) be (?:possible|allowed|permitted)\\b|\\b(?:it|that)(?:'s| is) impossible\\b|^not possible\\b",
  },
  { key: "there's nothing we can do", lang: 'en', pattern: "\\bthere(?:'s| is) nothing (?:(?:more|else) )?(?:I|we) can do\\b" },
  {
    key: 'unable to',
    lang: 'en',
    pattern: `\\b(?:I|we)(?:'re|'m| are| am)${ADVERBS_EN} (?:unable|not able) to\\b`,
    notBefore: NOT_REFUSING_EN,
  },
  {
    key: "we don't",
    lang: 'en',
    pattern:
      "\\bwe (?:don't|do not)(?= (?:offer|support|accept|allow|ship|provide|do|give|issue|refund|exchange|deliver|sell|handle|cover|replace|extend|waive|send|process|price[- ]match|honou?r|make exceptions|take|permit|reimburse|compensate)\\b)",
  },
];

/** The clause before a Chinese refusal talks about the customer's side: it is their problem, told back. */
export const CUSTOMER_SIDE_ZH = '您|你|客户|手机|电脑|页面|App|APP|app|提示|显示|报错|一直|还是|仍然|总是|老是|突然|快递员|骑手';
/** …unless the agent's side is named after it (您的订单我们无法修改). */
export const AGENT_SIDE_ZH = '我们|我|这边|本店|平台|公司';

/** Anywhere in the draft: the refusal comes with its reason. */
export const REASON_CUES = [
  '因为|由于|原因|是因为|因此|所以|根据|按照|依据|规定|政策|规则|条款|协议|为了|出于|鉴于|以免|否则|涉及|属于|超过|超出|已过|过了|已(?:经)?(?:发货|出库|签收|揽收|寄出|发出|拆封|使用|激活|过期|失效|截止|结束|关闭|退款|打款|生产|定制)',
  "\\b(?:because|since|as per|per our|under our|due to|owing to|polic(?:y|ies)|regulations?|law|legal|terms|for (?:security|safety|privacy|legal|hygiene) reasons|the reason|that's why|which means|already|has (?:shipped|expired|passed|been)|have (?:shipped|expired|passed)|past the|after \\d+ days|outside (?:the|our)|for your (?:protection|security|safety)|in order to|so that|without (?:the|your|a|an|any))\\b",
];

/** Anywhere in the draft: something the customer can do or get instead. */
export const ALTERNATIVE_CUES = [
  '(?<!不)可以|(?:只|仅|也|都)支持|建议|或者|另外|换成|改为|改成|替代|方案|选择|其他|转接|补偿|补发|(?:送|发|补|赠送|给)(?:您)?[^,。!?]{0,8}(?:优惠券|代金券|红包)|换货|重新|争取|(?:为|帮|给)您(?:提供|申请|安排|补|转|换|登记|记录|反馈|升级|加急|预留|保留)',
  "\\b(?:instead|alternatively|alternative|(?:another|other|an|one|two) options?|options? (?:is|are) to|workaround|however,? (?:you|we|I|there|what)|but (?:you|we|I|there|what|here)|what (?:I|we) can do|I'd (?:suggest|recommend|be happy|be glad)|I (?:suggest|recommend|can offer)|happy to|glad to|how about|would you like|let me|in the meantime|meanwhile|offer|replacement|credit|voucher|discount|exchange|try)\\b",
  "(?<!n't |not )\\b(?:you|we|I) (?:can|could)\\b(?!'t| not| be)",
  "\\b(?:I|we)(?:'ll| will) (?!not\\b|never\\b|have to\\b)",
];

/** Where the refusal's own clause turns to what is possible: 不能退款但可以换货. */
export const CONTRAST_CUES = '但|不过|可是|而是|改为|建议|\\b(?:but|instead|however|although)\\b';

/** Frames for a complete answer: reason, then what the agent can do; `……` marks what to fill in. */
export const REFUSAL_FRAMES: Record<'zh' | 'en', string[]> = {
  zh: [
    '这一点目前办不到\uFF0C原因是……。我可以为您……\uFF0C您看这样可以吗\uFF1F',
    '这个暂时处理不了\uFF0C因为……\uFF1B我先为您……\uFF0C{time}给您结果。',
  ],
  en: [
    "That isn't something we can do, because …. What I can do instead is …. Would that work for you?",
    "That isn't possible because …, but I can … and I'll confirm {time}.",
  ],
};
