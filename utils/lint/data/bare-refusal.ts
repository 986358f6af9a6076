/**
 * Refusals: a "no" is fine with a reason or an alternative, and bare without. The phrases below
 * are the agent's own refusal, not the customer's problem told back (您无法登录的问题, you can't log
 * in). Sorted by key within each language.
 */
import type { Term } from '../terms';

const ADVERBS_EN = '(?: (?:really|simply|just|unfortunately|currently|still|also|now|afraid|sadly))*';
/** Typed in a hurry, the apostrophe goes: "we cant", "wont". */
const CANT_EN = "(?:can'?t|cannot|can not)";
const WONT_EN = "(?:won'?t|will not)";
/** "I can't wait", "I can't thank you enough", "I can't find the order": not refusals. */
const NOT_REFUSING_EN =
  ' (?:wait|thank|stress|emphasi[sz]e|apologi[sz]e|help but|imagine|believe|see|find|locate|tell|seem|let|say|access|reach|hear|open|load|view|spot|trace|pull up|track down|make out|reproduce|recall|remember|understand|figure|work out|identify|match|detect|notice|get through|connect)\\b';

/**
 * A Chinese "no" is a refusal when the agent's side says it (我们无法…) or when it refuses a service
 * (不能退款, 无法为您…, 暂时不支持。); "这款耳机不支持无线充电" states a product fact.
 */
const SERVICE_ZH =
  '退|换|改|无理由|七天|取消|开|重|发票|上门|加急|指定|延期|价保|保价|自提|分期|定制|预约|补|赔|寄|配送|送货|安装|维修|叠加|办理|处理|操作|提供|申请|审核|通过|恢复|找回|查询|透露|告知|同意|接受|满足|保证|承诺|撤销|报销|返还|延长|合并|拆分|优惠|减免|免|赠送|发货|发出|安排|解绑|注销|冻结|解冻|支持|购买|单独|解封|解禁|解除|兑换|提现|退订|改签|转让|开通|续费|补办|挂失|货到付款|到付|便宜|降价|打折|包邮|受理|批准|放行|撤回|协助';
const AGENT_ZH =
  '(?:我们|我|这边|本店|小店|店铺|平台|公司|我方|咱们)(?:这边|这里|那边|目前|暂时|现在|实在|真的|确实|也|都|是|恐怕|就|还|实在是)*';
const REFUSES_AFTER_ZH = `(?=[^,。!?,!?\\n]{0,8}?(?:${SERVICE_ZH})|(?:为|给|帮|替)(?:您|你)|的?(?:哦|呢|哈|啦|呀)?(?:[。!,~～]|$))`;
// The word first, so the engine can scan for it; then who says it, or what it refuses.
const refusalZh = (word: string) => `(?:${word})(?:(?<=${AGENT_ZH}(?:${word}))|${REFUSES_AFTER_ZH})`;
/** The customer's problem told back: 无法登录的问题, 不能用了吗. */
// 呢 asks only before a question mark: 这边帮不了您呢。 is a statement.
const PROBLEM_AFTER_ZH = '[^,。!?,!?]{0,6}(?:的问题|的情况|的原因|的话|吗|呢[??]|么)';

export interface RefusalTerm extends Term {
  /**
   * A decision told to the customer (您的申请未能通过审核, 不予受理): theirs to hear even though the
   * clause names their side, so the "customer's own problem" reading does not apply.
   */
  decision?: boolean;
}

/** 不退不换 / 概不退换 / 定金是不退的: a standing "no" to returns and exchanges (不退色 is about colour). */
const NO_RETURNS_ZH = '(?:概|一律|均|都)?不(?:予)?(?:退|换)(?:不|也不)?(?:换|退)?(?:款|货)?(?![出役步缩烧色化])';
/** …不了: a service the agent cannot give (帮不了您, 给不了, 改不了); 登录不了 is the customer's problem, so not listed. */
const CANNOT_DO_ZH = `(?:办|补|退|改|换|处理|修改|取消|开|发|操作|做|安排|申请|帮|解决|保证|满足|承诺|恢复|答应|同意|接受|批|免|便宜|优惠|赔|管|负责|决定|做主)不了|(?<=${AGENT_ZH})给不了`;

export const REFUSALS: readonly RefusalTerm[] = [
  { key: '不予', lang: 'zh', pattern: '不予(?![以置理])', notBefore: PROBLEM_AFTER_ZH, decision: true },
  { key: '不允许', lang: 'zh', pattern: refusalZh('不(?:被)?允许'), notBefore: PROBLEM_AFTER_ZH },
  {
    key: '不办理',
    lang: 'zh',
    pattern: refusalZh('不(?:办理|受理|开通|承担|负责|赔付|赔偿|补偿|报销|包邮|开具|退还|返还|批准|同意)'),
    notBefore: PROBLEM_AFTER_ZH,
  },
  { key: '不可以', lang: 'zh', pattern: refusalZh('不可以'), notAfter: '可|是否', notBefore: PROBLEM_AFTER_ZH },
  { key: '不接受', lang: 'zh', pattern: refusalZh('不接受'), notBefore: PROBLEM_AFTER_ZH },
  { key: '不提供', lang: 'zh', pattern: refusalZh('不提供'), notBefore: PROBLEM_AFTER_ZH },
  { key: '不支持', lang: 'zh', pattern: refusalZh('不支持'), notBefore: PROBLEM_AFTER_ZH },
  { key: '不给', lang: 'zh', pattern: refusalZh('不给(?!力|您添|你添)'), notBefore: PROBLEM_AFTER_ZH },
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
    notBefore: '了|吗|么|呢[??]|的话|[^,。!?,!?]{0,4}(?:的话|就)',
  },
  { key: '不退不换', lang: 'zh', pattern: refusalZh(NO_RETURNS_ZH), notBefore: PROBLEM_AFTER_ZH },
  { key: '做不到', lang: 'zh', pattern: '(?:做|办)不到', notBefore: '吗|么|呢[??]|的话' },
  // 补不了 / 退不了: a service the agent cannot do (登录不了 is a problem the customer reports, so not listed).
  {
    key: '办不了',
    lang: 'zh',
    pattern: CANNOT_DO_ZH,
    notBefore: '吗|么|呢[??]|的话|[^,。!?,!?]{0,4}(?:的话|吗)',
  },
  {
    key: '恕难从命',
    lang: 'zh',
    pattern:
      '恕(?:难|不)(?:从命|办理|接受|退换|受理|提供|奉告|答复)|概不(?:退换|负责|受理)|歉难(?:从命|办理|接受)|爱莫能助|无能为力|帮不上(?:忙|您)?',
  },
  {
    key: '无法',
    lang: 'zh',
    pattern: refusalZh('无法'),
    notAfter: '都|一直|还是|仍然|依然|总是|老是',
    notBefore: `正常|联系到|联系上|接通|打通|收到您|及时|${PROBLEM_AFTER_ZH}`,
  },
  // Decisions: 未能通过审核, 审批不通过 (the customer hears them, whoever's side the clause names).
  {
    key: '未能通过',
    lang: 'zh',
    pattern: '(?:未能|未|没有|没)通过(?=审核|审批|评估|核验|申请)|(?:审核|审批)(?:未|没有|不)(?:能)?通过|(?:被)?驳回|被拒(?:绝)?',
    notBefore: PROBLEM_AFTER_ZH,
    decision: true,
  },
  { key: '没办法', lang: 'zh', pattern: '没(?:有)?办法', notBefore: PROBLEM_AFTER_ZH },
  { key: '没权限', lang: 'zh', pattern: refusalZh('没(?:有)?权限|无权'), notBefore: PROBLEM_AFTER_ZH },
  { key: '没法', lang: 'zh', pattern: refusalZh('没法(?!子)'), notBefore: PROBLEM_AFTER_ZH },
  { key: '没辙', lang: 'zh', pattern: '没(?:辙|招|法子)' },

  {
    key: "I can't",
    lang: 'en',
    pattern: `\\b(?:I|we)${ADVERBS_EN} (?:${CANT_EN}|${WONT_EN} be able to)\\b`,
    notBefore: NOT_REFUSING_EN,
  },
  {
    key: "can't be done",
    lang: 'en',
    // Any service in the passive ("can't be paused", "cannot be applied"); not a thing that is lost
    // or broken ("can't be found", "can't be opened": the customer's problem).
    pattern: `\\b(?:${CANT_EN}|couldn'?t|could not) be (?!(?:found|seen|reached|located|loaded|opened|helped|beat|beaten|bothered|happier|prouder|sure|easier|simpler|clearer|better|worse|more|less|too|so|very|any|much|displayed|read|heard|detected|recogni[sz]ed|verified)\\b)[a-z]+(?:ed|en|ne|wn|nt|de|id)\\b|(?<!\\byou )\\b${WONT_EN} be (?:refunded|returned|exchanged|replaced|reissued|cancell?ed|changed|extended|waived|accepted|honou?red|reversed|approved|processed)\\b`,
  },
  // A decision on the customer's request, told without its reason: "Your claim has been rejected".
  {
    key: 'has been rejected',
    lang: 'en',
    pattern:
      "(?<=\\b(?:claim|request|application|appeal|refund|return|complaint|dispute|booking|exchange|order|cancellation|submission)s?(?: [^.!?,;]{1,30})? )(?:has been|have been|was|were|is|are|got) (?:rejected|declined|denied|refused|turned down)\\b|\\b(?:we|I)(?:'ve| have)? (?:must |have to |had to )?(?:decline|declined|reject|rejected|deny|denied|refuse|refused)(?= (?:your|the|this)\\b)",
  },
  {
    key: "isn't available",
    lang: 'en',
    pattern: "\\b(?:isn'?t|is not|aren'?t|are not) (?:available|offered|included)(?= (?:on|for|in|to|with|at)\\b|[.!]|$)",
  },
  {
    key: "it's not possible",
    lang: 'en',
    pattern:
      "\\b(?:(?:it|that|this)(?:'s| is) (?:not|simply not|just not)|(?:it|that|this) isn'?t|(?:is|are) not|(?:is|are)n'?t) (?:possible|an option|doable|feasible|allowed|permitted|supported|something (?:we|I) (?:can|could) (?:do|change|offer|arrange|help with)|something (?:we|I) (?:offer|do|support|provide|allow|handle|cover)|something (?:we|I)(?:'m| am|'re| are) able to (?:do|change|offer|arrange|help with))\\b|\\b(?:it|that|this) (?:won'?t|will not) be (?:possible|allowed|permitted|an option)\\b|\\b(?:it|that)(?:'s| is) impossible\\b|^not possible\\b|\\bno can do\\b|(?<=(?:^|[.!?]\\s+|\\b(?:nope|sorry|no|unfortunately),? ))(?:can'?t|cannot|won'?t be able to) (?:do|help with|change|offer|refund|arrange)(?: (?:that|this|it))?\\b|\\b(?:that's|that is|it's|it is) (?:a (?:hard |firm )?no|not happening)\\b|\\bthe answer(?: is|'s) (?:a )?(?:hard |firm )?no\\b|^(?:that|this) (?:won'?t|will not) work\\b",
  },
  { key: "there's nothing we can do", lang: 'en', pattern: "\\bthere(?:'s| is) nothing (?:(?:more|else) )?(?:I|we) can do\\b" },
  {
    key: 'unable to',
    lang: 'en',
    pattern: `\\b(?:I|we)(?:'re|'m| are| am)${ADVERBS_EN} (?:unable|not able|not in a position|in no position) to\\b`,
    notBefore: NOT_REFUSING_EN,
  },
  {
    key: "we don't",
    lang: 'en',
    pattern:
      "\\bwe (?:don'?t|do not|won'?t|will not)(?= (?:offer|support|accept|allow|ship|provide|do|give|issue|refund|exchange|deliver|sell|handle|cover|replace|extend|waive|send|process|price[- ]match|honou?r|make exceptions|take|permit|reimburse|compensate)\\b)",
  },
];

/** The clause before a Chinese refusal talks about the customer's side: it is their problem, told back. */
export const CUSTOMER_SIDE_ZH = '您|你|客户|手机|电脑|页面|App|APP|app|提示|显示|报错|一直|还是|仍然|总是|老是|突然|快递员|骑手';
/** …unless the agent's side is named after it (您的订单我们无法修改). */
export const AGENT_SIDE_ZH = '我们|我|这边|本店|平台|公司';

/** Anywhere in the draft: the refusal comes with its reason. */
export const REASON_CUES = [
  '因为|由于|原因|是因为|因此|所以|根据|按照|依据|规定|政策|规则|条款|协议|为了|出于|鉴于|以免|否则|涉及|属于|超过|超出|已过|过了(?=[^,。!?,!?]{0,4}(?:期|天|时间|日期|截止|时限))|最低价|底价|已经是(?:最低|活动|优惠|折扣)|已(?:经)?(?:发货|出库|签收|揽收|寄出|发出|拆封|使用|激活|过期|失效|截止|结束|关闭|退款|打款|生产|定制)',
  "\\b(?:because|since|as per|per our|under our|due to|owing to|polic(?:y|ies)|regulations?|law|legal|terms|for (?:security|safety|privacy|legal|hygiene) reasons|the reason|that's why|which means|already|has (?:shipped|expired|passed|been)|have (?:shipped|expired|passed)|past the|after \\d+ days|outside (?:the|our)|for your (?:protection|security|safety)|in order to|so that|without (?:the|your|a|an|any))\\b",
];

/** Anywhere in the draft: something the customer can do or get instead. */
export const ALTERNATIVE_CUES = [
  '(?<!不)可以|请您(?:去|到|前往|改用|通过)|需要您(?:去|到|前往|本人)|(?:只|仅|也|都)支持|建议|或者|另外|换成|改为|改成|替代|方案|选择|其他|转接|补偿|补发|(?:送|发|补|赠送|给)(?:您)?[^,。!?]{0,8}(?:优惠券|代金券|红包)|换货|重新|争取|(?:为|帮|给)您(?:提供|申请|安排|补|转|换|登记|记录|反馈|升级|加急|预留|保留)',
  "\\b(?:instead|alternatively|alternative|(?:another|other|an|one|two) options?|options? (?:is|are) to|workaround|however,? (?:you|we|I|there|what)|but (?:you|we|I|there|what|here)|what (?:I|we) can do|I'd (?:suggest|recommend|be happy|be glad)|I (?:suggest|recommend|can offer)|happy to|glad to|how about|would you like|let me|in the meantime|meanwhile|offer|replacement|credit|voucher|discount|exchange|try)\\b",
  "(?<!n't |not )\\b(?:you|we|I) (?:can|could)\\b(?!'t| not| be)",
  // "…, but the front desk can do it", "but our website lets you": someone else or something else can.
  "\\bbut\\b[^.!?]{0,50}\\b(?:can|could|does|do|lets? you|allows? you|is available|are available|offers?|will)\\b(?!'t| not)",
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
