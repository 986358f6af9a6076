/**
 * Red flags (GUIDANCE §5), told apart from routine mentions. A keyword alone is not a threat:
 * "投诉进度怎么样了" asks about a complaint, "再不处理我就投诉到12315" threatens one. Each pattern
 * below therefore carries the intent (我就/要去/will/I'm …) or a target that only appears in threats,
 * and the ROUTINE / NEGATED patterns veto a match in the same clause.
 * All patterns run on folded text (lower-case, half-width punctuation).
 */
import type { EscalationLevel } from '../labels';

export type EscalationCode =
  'threat' | 'abuse' | 'safety' | 'repeated-contact' | 'complaint' | 'manager' | 'review' | 'churn' | 'broken-promise';

export interface EscalationRule {
  code: EscalationCode;
  level: Exclude<EscalationLevel, 'none'>;
  patterns: readonly RegExp[];
}

/** External bodies a customer threatens to go to, as they write them. */
const EXTERNAL_ZH = '12315|12345|消协|消费者协会|工商|市场监管|黑猫投诉|媒体|报社|记者|电视台|新闻|律师|法院|警察|派出所';
const EXTERNAL_EN =
  'bbb|better business bureau|ftc|cfpb|trading standards|ombudsman|consumer protection|attorney general|small claims|the press|the papers|newspapers?|journalists?|reporters?|the news|news|tv|television|radio|the media|media|my lawyer|a lawyer|lawyer|attorney|the police';

export const ESCALATION_RULES: readonly EscalationRule[] = [
  {
    code: 'threat',
    level: 'high',
    patterns: [
      new RegExp(`(?:投诉|举报|反映|告|找|去|到|报)[^,.!?;]{0,6}(?:${EXTERNAL_ZH})`),
      // 已经在12315登记了: the fact of having gone outside.
      new RegExp(`(?:${EXTERNAL_ZH})[^,.!?;]{0,6}(?:登记|备案|立案|投诉了|举报了|反映了)`),
      new RegExp(`(?:${EXTERNAL_ZH})[^,.!?;]{0,4}(?:投诉|举报|起诉|告你们|告你|见)`),
      /起诉|告你们|打官司|报警|曝光|拒付|发微博|上微博|微博上|发抖音|发小红书|发到网上|让大家看看/,
      /找lawyer|找律师|lawyer了/,
      new RegExp(
        `(?:report(?:ing|ed)?|contact(?:ing|ed)?|call(?:ing|ed)?|complain(?:ing|ed)? to|go(?:ing)? to|went to|writ(?:e|ing|ten) to|wrote to|tell(?:ing)?|told|fil(?:e|ed|ing) (?:with|a complaint with)|escalat(?:e|ed|ing) to|talk(?:ing|ed)? to|speak(?:ing)? (?:to|with)|spoke (?:to|with)|get(?:ting)?|hir(?:e|ed|ing)|consult(?:ing|ed)?|tak(?:e|ing) (?:this|it|you|the matter) to|took (?:this|it|you) to)\\s+(?:you\\s+to\\s+|it\\s+to\\s+)?(?:(?:the|a|my)\\s+)?(?:local\\s+|national\\s+)?(?:${EXTERNAL_EN}|消协|12315)`,
      ),
      /\bwill be in touch\b.*\blawyer|\blawyer will\b|\bmy lawyer\b.*\b(?:will|be in touch)|\bsue\b|\bsuing\b|\blegal action\b|\btake you to court\b/,
      /chargeback|charge back|dispute (?:the|this) (?:charge|payment)|reverse the (?:charge|payment)|(?:open(?:ed|ing)?|fil(?:e|ed|ing)|rais(?:e|ed|ing)) (?:a )?(?:dispute|claim|case) with (?:paypal|my bank|the bank|visa|mastercard|amex|my card|my credit card)/,
      // "disputing it with my bank", "report it to my bank", "我要 report 给 bank": the bank as the customer's lever.
      /\bdisput(?:e|es|ed|ing)\b[^.!?;\n]{0,30}\b(?:with|through|via) (?:my|the) (?:bank|card issuer|card company|credit card company|paypal)\b|\breport(?:ing|ed)? (?:(?:it|this|you|them) )?(?:to |给 ?)(?:my |the )?bank\b/,
      /(?:找|联系|打给|通过)银行(?:申请)?(?:拒付|追回|申诉|止付|冻结)|银行.{0,4}(?:拒付|申诉|追回)/,
      /police report|report(?:ed)? (?:it|this|you) to the police|call(?:ed)? the police|filed a report with/,
      /\bpost(?:ed|ing)? (?:about )?(?:this |it |the [a-z ]{1,20})?(?:online|everywhere|on (?:twitter|x|facebook|reddit|tiktok|instagram|social media|trustpilot))|tweet(?:ed|ing)? about|keep posting|go(?:es|ing)? viral|social media|leave reviews everywhere/,
    ],
  },
  {
    code: 'abuse',
    level: 'high',
    patterns: [
      /骗子|骗人|骗钱|欺诈|诈骗|黑店|奸商|傻逼|傻x|煞笔|(?<![a-z])(?:sb|tmd|nmsl|cnm|wcnm|mlgb|nnd)(?![a-z])|他妈|特么|(?<![我你她咱老])妈的|滚(?:吧|蛋|开)|吃干饭|废物|一群垃圾/,
      /\bscam(?:mers?)?\b(?! (?:text|email|call|message|link))|\bfrauds?\b|\bfraudsters?\b|\bliars\b|\bcrooks?\b|\bthie(?:f|ves)\b|\btheft\b|\bidiots?\b|\bmorons?\b|f\*+(?:ing)?|\bfuck|\bshit\b|\bbastards?\b/,
    ],
  },
  {
    code: 'safety',
    level: 'high',
    patterns: [
      /冒烟|着火|起火|爆炸|漏电|被电|触电|烧焦|焦味|糊味|烧伤|烫伤|烫红|烫起泡|烫出泡|受伤|流血|割伤|划伤|夹伤|过敏|红疹|起疹|皮疹|出人命|送医|住院|医院|吞下|误吞|吞了|火花|冒火|跳闸|短路|起泡|水泡|缝针|割破|划破|烫到|鼓包|(?:电池|外壳|充电宝|移动电源|手机|后盖|壳)[^,.!?;，。！？；]{0,4}鼓(?:起来|包|了)|膨胀|医生|红肿|起红点|起了红点/,
      /caught fire|on fire|\bsmok(?:e|ing)\b|burning smell|smell(?:s|ed|ing)? (?:like )?burn|swallow|\bspark(?:s|ed|ing)?\b|\bburn(?:ed|t)\b|electric(?:al)? shock|shocked me|explod|injur|\bhurt\b|hospital|chok(?:e|ing)|allergic reaction|\brash\b|\bhives\b|antihistamine|\bswollen\b|\bblister|(?:battery|case|power bank|phone)[^.!?;\n]{0,25}\b(?:swell(?:s|ed|ing)?|bulg(?:e|es|ed|ing)|puff(?:s|ed|ing)? up)|\b(?:swelling|bulging|puffing) up\b|\bmelt(?:ed|ing)\b|tripped (?:the|a) (?:breaker|fuse)|short[- ]circuit|\bcut (?:my|his|her|their|our) (?:finger|hand|thumb|foot|leg|arm|lip|face)|\bstitches\b|\bscald(?:ed|ing)?\b|\bbleed(?:ing)?\b|\bbruis(?:e|ed)\b/,
    ],
  },
  {
    code: 'complaint',
    level: 'watch',
    patterns: [
      /我要投诉|我要举报|投诉你们|投诉这个|要投诉|我就(?:去)?(?:投诉|举报)(?=了|[,.!?;，。！？；\s]|$)|\b(?:file|filing|filed|make|making|lodge|lodging|lodged|raise|raising|put in|submit(?:ting)?) (?:a )?(?:formal |official )?complaint\b/,
    ],
  },
  {
    code: 'manager',
    level: 'watch',
    patterns: [
      /(?:叫|找|让|换|要求)[^,.!?;]{0,4}(?:主管|经理|领导|负责人|上级)|(?:主管|经理|负责人)(?:来|出来|呢)/,
      /(?:speak|talk) (?:to|with) (?:a |your |the )?(?:manager|supervisor|someone senior)|get me (?:a |your |the )?(?:manager|supervisor)|your (?:manager|supervisor|boss)/,
      // "get me someone who knows something, a supervisor, anyone", "I want a manager", "escalate this".
      /\b(?:get|put|transfer|connect|pass) me (?:to |through to |on to )?[^.!?;\n]{0,40}\b(?:manager|supervisor|someone senior)\b|\b(?:i want|i need|i'?d like|i demand|let me (?:speak|talk) to)\b[^.!?;\n]{0,20}\b(?:manager|supervisor)\b|\bescalate (?:this|it|my (?:case|complaint|ticket))\b/,
    ],
  },
  {
    code: 'review',
    level: 'watch',
    patterns: [/差评|一星|给你们.{0,4}评价|bad review|1-star|one star|negative review/],
  },
  {
    code: 'churn',
    level: 'watch',
    patterns: [
      /再也不.{0,5}(?:买|来|用)|以后不.{0,5}(?:买|来|用)|不会再.{0,5}(?:买|来|用)|卸载了/,
      // Intent, not history: "never ordering from you again", not "never ordered from abroad before".
      /\bnever (?:order|buy|shop|use)(?:ing)? (?:from|with|here|at|again)\b|\b(?:i'?ll|i will|i'?m going to|gonna) never (?:order|buy|shop|use)\b|take my business elsewhere|not ordering from you again|cancelling (?:and|my)|(?:switch(?:ing)?|go(?:ing)?|mov(?:e|ing)) to (?:a |your )?competitor|this is where i (?:leave|go)|i'?m (?:leaving|done with) (?:you|your)|(?:not sure|don'?t think) i'?ll (?:shop|order|buy)[a-z]* (?:here|from you|with you) again/,
    ],
  },
  {
    code: 'broken-promise',
    level: 'watch',
    patterns: [
      /说好(?!听|话|看|吃|玩)|上次说|上周就说|答应.{0,4}(?:的|过)|承诺.{0,6}(?:的|过)|(?:你们|客服)?(?:上次|上周|昨天|之前|当时)?(?:也|就|明明)(?:是)?这么说的|当时说/,
      /you (?:said|promised|told me)|(?:i )?was told|last week you promised|promised to|that'?s what (?:you|i was|they) (?:said|told)|you guys said|\b(?:agent|colleague|rep|representative|someone|they|he|she)\b[^.!?;\n]{0,20}\b(?:promised|assured me|guaranteed)\b/,
    ],
  },
];

/**
 * Repeated contact, with the count when the customer gives one: "third time I'm writing", 4th email,
 * 问了好几次, 转了五个客服. Three or more contacts is high, two is watch.
 */
export const REPEAT_CONTACT: readonly { pattern: RegExp; count?: number }[] = [
  {
    pattern:
      /\b(second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:(?:email|message|call|request|chat|ticket)s?\b|time (?:i'?m|i am|i'?ve|that i|i|now|(?:contact|ask|writ|email|call|explain|reach|report|rais|chas|messag|complain)ing)\b)/,
  },
  {
    pattern:
      /\b(?:reported|asked|contacted|called|emailed|written|wrote|chased|messaged) (?:you |about )?(?:this |it )?(?:[a-z]+ ){0,2}(\d+|two|three|four|five|six|many|several|multiple)(?: or (?:\d+|[a-z]+))? times\b/,
  },
  { pattern: /\b(?:passed|transferred|bounced) between (\d+|two|three|four|five|six) (?:agents|people|departments)/ },
  { pattern: /\b(\d+|three|four|five|six|many|several) (?:emails|calls|messages|chats) (?:about|and)/ },
  { pattern: /\bagain and again\b|\bover and over\b|\bkeep having to\b|\bhad to explain everything each time\b/, count: 3 },
  {
    pattern:
      /\b(?:already asked|asked (?:you )?(?:about (?:this|it) )?(?:yesterday|before|last week|this morning)|second time (?:asking|contacting)|i already told you|contacted you before)\b/,
    count: 2,
  },
  { pattern: /第([二三四五六七八九十\d]+)次(?:联系|问|找|来|打|反馈|咨询|让我|催)/ },
  { pattern: /(?:联系|问|找|催|反馈|打电话|打了)[^,.!?;]{0,6}(好几|无数|[三四五六七八九十\d]+|n)(?:次|遍|回)/ },
  { pattern: /转了([二三四五六七八九十\d]+)个客服|找了([二三四五六七八九十\d]+)个客服/ },
  { pattern: /(\d+|[二三四五六七八九十]) ?次联系/ },
  { pattern: /无数次|说了好几遍|more times than i can count|lost count of how many times|countless times/, count: 3 },
  {
    pattern:
      /(?:昨天|上次|之前|前天|上周|早上|刚才)(?:就|已经)?(?:问|咨询|联系)过|(?<![都遍])问过(?:一次|一遍)?了|又来问|又要我重新说|再问一次/,
    count: 2,
  },
];

/** Number words in repeat counts. */
export const COUNT_WORDS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  many: 3,
  several: 3,
  multiple: 3,
  n: 3,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  好几: 3,
  无数: 3,
};

/** A clause like these turns a match into a routine mention (asking about a complaint, a friend who is a lawyer). */
export const ROUTINE: readonly RegExp[] = [
  /投诉(?:的)?(?:进度|处理|结果|电话|渠道|入口)|投诉处理得|之前的投诉|上次的投诉/,
  /(?:朋友|哥|姐|弟|妹|同事|家人|老公|老婆)是律师|律师(?:朋友)?说/,
  // Someone else pointing at a way out, or working there: 朋友说可以去12315, 我朋友在消协工作, 还是想先跟你们沟通.
  /(?:朋友|别人|有人|网上|家人|同事)(?:说|告诉我|建议)(?:我)?(?:可以|能|应该)|在(?:12315|消协|工商|法院|派出所|律所)(?:工作|上班)|还是想先|想先跟你们/,
  /complaint i (?:filed|made|sent)|status of (?:my|the) complaint|update on (?:the|my) complaint/,
  /\b(?:brother|sister|friend|dad|mom|wife|husband|cousin) is a lawyer\b|\blawyer (?:friend )?said\b/,
  /contact my bank or|do i need to contact my bank|should i contact my bank/,
  /诈骗(?:短信|电话|信息|网站|链接)|防诈骗|是不是诈骗|还是诈骗|是不是骗子|phishing|is (?:this|that|it) a scam/,
  // Asking whether something is legitimate: "legit or a scam", "if it's a scam".
  /\b(?:legit|legitimate|real|genuine) or (?:a )?scam\b|\b(?:if|whether) (?:it'?s|this is|that'?s|they'?re|you'?re) (?:legit|a scam|real|genuine)\b/,
  // A chargeback someone else suggested, or one the customer would rather avoid.
  /\b(?:bank|they|you|agent|someone|friends?|people|(?:dad|mum|mom|brother|sister|partner|wife|husband|neighbou?r))\s+(?:said|told me|suggested|says)\s+(?:that\s+)?i\s+(?:could|can|should|might)\b|\bi(?:'?d| would) (?:\w+ )?(?:rather|prefer to) (?:not|just|we|sort|settle|fix|resolve|work|get)\b/,
];

/** Negation right before a match ("我不是要投诉", "I'm not going to sue") cancels it. */
export const NEGATED: readonly RegExp[] = [
  /(?:不是|不会|没打算|没有|不想|并不想|没想)要?[^,.!?;]{0,4}$/,
  /\b(?:not going to|won'?t|not gonna|no need to|don'?t want to|not trying to|never said i'?d|not a)\s+(?:[a-z]+\s+){0,2}$/,
];
