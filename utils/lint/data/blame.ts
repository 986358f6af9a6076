/**
 * Putting the fault on the customer. `repeat` marks the "as I already said" family, which blames the
 * customer for not listening. Sorted by key within each language.
 */
import type { Term } from '../terms';

export interface BlameTerm extends Term {
  repeat?: boolean;
  /** The phrase is itself an "if you had…" reproach, so a condition does not excuse it. */
  counterfactual?: boolean;
  /** What to say instead, in the draft's language; `{time}` is a concrete time. */
  instead: string;
}

const FIX_ZH = '我们一起看一下怎么处理：';
/** Negation before a reproach takes it back: 不是您的问题, 并非人为损坏, it isn't your fault. */
const NOT_ZH = '不|并不|并非|也不|绝不|不会|没有';
/** What the customer was meant to read: 您没看公告, 下单前不看详情页. */
const READING_ZH = '公告|说明书?|详情页?|规则|活动规则|页面|提示|须知|通知|商品介绍|介绍|条款|协议|描述|尺码表|短信';
/** "You didn't attach / forgot to confirm": a step the customer skipped, said as their failing. */
const STEPS_EN =
  'read|check|follow|see|look at|pay attention|notice|enter|select|update|click|attach|include|confirm|verify|save|back up|register|activate|submit|sign|fill in|fill out|complete|provide|tick|add|specify|choose|apply|scan|reply|respond|press|tap|install|restart|keep|use';
/** "As I said": repeating yourself at the customer. */
const SAID_EN = 'said|mentioned|explained|told you|stated|noted|pointed out|informed you';
const FIX_EN = "Let's sort this out together:";

export const BLAMES: readonly BlameTerm[] = [
  {
    key: '下单前不看详情页',
    lang: 'zh',
    pattern: `(?:下单|购买|拍下|付款)(?:前|之前|的时候|时)(?:都)?(?:不|没|没有)(?:仔细|认真|好好)?看(?:清楚?)?(?:一下)?(?:${READING_ZH})`,
    instead: '这个信息确实不太显眼，我再说明一下：',
  },
  { key: '怪您', lang: 'zh', pattern: '(?:都|只能)?怪(?:您|你)(?:自己)?', notAfter: '不|别|不能|不会', instead: FIX_ZH },
  {
    key: '您填错了',
    lang: 'zh',
    pattern: '(?:您|你)(?:自己)?(?:填|输|选|写|买|拍|下单|点)错了?',
    instead: '信息和订单上的不一致，我们一起改一下：',
  },
  {
    key: '您应该早点',
    lang: 'zh',
    // 早点/提前 look back by themselves; 先/仔细/确认 only with a past marker (您当时应该先确认型号): without
    // one, "您应该先退出登录" is an instruction.
    pattern:
      '(?:您|你)(?:当时|之前|当初|本来)?(?:应该|应当|就应该|早该)(?:早点|提前)|(?:您|你)(?:当时|之前|当初|本来|下单前|购买前)(?:就)?(?:应该|应当)(?:先|仔细|看清|注意|确认)|(?:您|你)(?:早该|早就应该|本应该)(?:先|仔细|看清|注意|确认)?|(?<=(?:您|你)[^,。!?,!?]{0,10})(?:就该|早该|本该|早就应该|就应该|早就该)(?:问|看|确认|注意|检查|想到|知道|说)(?:清楚|好|一下)?',
    instead: '下次可以提前确认一下，这次我先帮您处理：',
  },
  {
    key: '您操作错了',
    lang: 'zh',
    pattern: '(?:您|你)(?:自己)?(?:的)?操作(?:错了|有误|不当|失误|错误|不对)',
    instead: '这一步的设置可能和预期不一样，我带您重新操作一遍：',
  },
  {
    key: '您没看清',
    lang: 'zh',
    pattern:
      `(?:您|你)(?:自己)?(?:是不是)?(?:没|没有)(?:(?:仔细|认真|好好)?(?:阅读|读)(?:${READING_ZH}|使用说明)?|看(?:${READING_ZH})|(?:仔细|认真|好好)?按照?(?:要求|步骤|说明书?|提示|流程)(?:操作|安装|使用|填写|设置|来|走)?)|(?:您|你)(?:自己)?(?:是不是)?(?:没|没有)(?:仔细)?(?:看清|看清楚|注意|看到|认真看|仔细看|看仔细)|` +
      '(?:您|你)(?:自己)?(?:当时|下单的?时候|操作的?时候|填写的?时候)(?:没|没有)(?:选对|填对|写对|输对|看清楚?|注意)',
    instead: '这个信息确实不太显眼，我再说明一下：',
  },
  {
    key: '您自己看',
    lang: 'zh',
    pattern: '(?:您|你)自己(?:去)?(?:看|查)(?:一下|吧)?(?=[。!,,!]|$)',
    instead: '我把步骤发给您：',
  },
  {
    key: '我已经说过了',
    lang: 'zh',
    pattern:
      '我(?:已经|刚才|刚刚|之前|前面|早就|都|也)*(?:跟您|和您|给您|向您)?(?:说|讲|告诉(?:过)?您|解释|强调|提醒)(?:过|了)(?:您)?(?:很多遍|好多遍|好几遍|多次|好几次|几遍|N遍|无数遍)?了?(?=[,。!,!]|$)|我不是(?:已经)?(?:跟您|和您)?(?:说|讲|告诉(?:过)?您)(?:过|了)(?:吗|嘛)?|(?:跟|和|给)您(?:说|讲|解释|强调)(?:过|了)(?:很多|好多|好几|多少|无数|N)(?:遍|次)|(?:早就|之前就|前面就|刚才就)(?:跟|和|给)您(?:说|讲|强调|提醒)(?:过|了)|(?:我)?(?:都|已经)?(?:说|讲|强调|提醒)(?:了|过)(?:多少|好几|很多|好多|无数|N)(?:遍|次)了?',
    repeat: true,
    instead: '我换个方式再说明一下：',
  },
  {
    key: '是人为损坏',
    lang: 'zh',
    pattern:
      '(?:您|你)(?:这个|这)?(?:是|属于)人为(?:损坏|原因|造成的?)|(?<!不可能|不|并非|并不)(?:是|属于)人为(?:损坏|原因|造成)',
    instead: '这个损坏不在免费保修里，我可以帮您安排：',
  },
  {
    key: '是您的问题',
    lang: 'zh',
    pattern:
      '是(?:您|你)(?:自己)?的(?:问题|责任|原因|失误|错)|(?:您|你)(?:自己)?的(?:责任|失误)|责任在(?:您|你)(?:自己|这边|那边)?|(?:您|你)(?:自己)?(?:的)?误操作',
    notAfter: NOT_ZH,
    instead: FIX_ZH,
  },
  {
    key: '是您自己',
    lang: 'zh',
    pattern: '是(?:您|你)自己(?=[^,。!?,!?]{0,8}(?:的|操作|弄|搞|删|改|点|选|填|取消|没))',
    notAfter: NOT_ZH,
    instead: FIX_ZH,
  },
  {
    key: '自己弄坏的',
    lang: 'zh',
    pattern: '(?:您|你|你们|您们)(?:自己)(?:不小心)?(?:弄|摔|碰|搞|拆|泡|刮|磕|压|用)(?:坏|丢|掉|裂|断|碎|花|湿)(?:了)?(?:的)?',
    notAfter: NOT_ZH,
    instead: '这个损坏不在免费保修里，我可以帮您安排：',
  },

  {
    key: 'as I already said',
    lang: 'en',
    pattern:
      `\\b(?:as|like) (?:I|we)(?:'ve| have)? (?:already |previously |just )?(?:${SAID_EN})\\b|` +
      "\\bas (?:previously|already) (?:stated|mentioned|explained)\\b|\\bas (?:I )?(?:previously |already )?(?:mentioned|stated|explained|said) (?:in|on) (?:my|our) (?:previous|last|earlier) (?:reply|email|message|response|chat)\\b|\\bI (?:already|have already|'ve already) (?:told|explained(?: to)?|said to) you\\b|\\bI(?:'ve| have) already (?:explained|said|mentioned|told you)(?= (?:this|that|it|how|why|the)\\b)|\\b(?:this is )?the (?:second|third|fourth|fifth|\\w+th) time I(?:'m| am|'ve| have) (?:explaining|explained|telling you|told you|saying|said)(?: this| that)?\\b|\\bper my (?:last|previous|earlier) (?:email|message|reply)\\b",
    // "As I mentioned on the phone, I've booked the engineer": a recap of what the agent did, not a reproach.
    unlessSentence:
      "^(?!.*\\b(?:already|again|twice|times|before|repeatedly)\\b).*[,;:] *(?:I've|I have|we've|we have|I'll|I will|we'll|we will) (?!to\\b|already\\b)",
    repeat: true,
    instead: 'To recap:',
  },
  {
    key: "if you'd read",
    lang: 'en',
    pattern:
      "\\bif you(?:'d| had) (?:read|checked|looked at|followed|listened to|paid attention to)(?: (?:our|the|my) (?:email|message|instructions|guide|description|terms|policy|FAQ|page|reply))?\\b",
    counterfactual: true,
    instead: 'To make this easier to find:',
  },
  {
    key: "it's your fault",
    lang: 'en',
    pattern:
      "\\b(?:(?:that|this|it)(?:'s| is| was) )?(?:entirely |all )?your (?:own )?(?:fault|mistake|responsibility|problem|error)\\b",
    notAfter: "\\bnot |n't |\\bnever |\\bnone of |\\bnone of (?:this|it) (?:is|was) ",
    // "your fault report", "your error code": the noun modifies another noun.
    notBefore: ' (?:report|reports|code|codes|line|log|message|number|ticket|finder|reference)\\b',
    instead: FIX_EN,
  },
  {
    key: 'read the instructions properly',
    lang: 'en',
    pattern:
      '\\b(?:read|check|follow|look at) (?:the |our |my )?(?:instructions|manual|guide|FAQ|description|terms|email|page|size chart|listing|steps)(?: again)? (?:properly|more carefully|carefully next time|next time|this time)\\b',
    instead: 'To make this easier to find:',
  },
  {
    key: "that's on you",
    lang: 'en',
    pattern: "\\b(?:that|this|it)(?:'s| is| was) on you\\b",
    notAfter: "\\bnot |n't ",
    instead: FIX_EN,
  },
  { key: 'user error', lang: 'en', instead: FIX_EN },
  {
    key: "you didn't read",
    lang: 'en',
    pattern: `\\byou (?:clearly |obviously |simply |just |apparently |evidently )?(?:didn'?t|did not|failed to|forgot to|neglected to|never) (?:${STEPS_EN})(?:e?d)?\\b`,
    instead: 'This step is easy to miss, so here it is again:',
  },
  {
    key: 'you entered the wrong',
    lang: 'en',
    pattern: '\\byou (?:entered|typed|selected|chose|ordered|filled in|put in|gave us|picked|used) (?:the |a |an )?wrong\\b',
    instead: "The details on the order don't match; let's correct them together:",
  },
  {
    key: 'you ignored',
    lang: 'en',
    pattern:
      '\\byou (?:clearly |obviously |simply |just |apparently |completely |must have )?(?:ignored|skipped|overlooked|misread|disregarded|misused)\\b',
    instead: 'This step is easy to miss, so here it is again:',
  },
  {
    key: 'you must have',
    lang: 'en',
    pattern:
      '\\byou must have (?:entered|typed|clicked|deleted|selected|missed|ignored|forgotten|done|chosen|ordered|misread|skipped|changed)\\b',
    instead: "Here's what happened and how we fix it:",
  },
  {
    key: 'you should have',
    lang: 'en',
    pattern:
      "\\byou (?:should|could)(?: have|'ve)(?! (?:received|got|gotten|seen|been (?:sent|given|notified|emailed|charged|refunded)|arrived|a |an |the |access|your)\\b)(?= [\\w-]+(?:ed|en|ne|wn|ld|ad|ht)\\b)|\\byou were supposed to\\b",
    instead: 'Next time it helps to … ; for now, here is how I fix it:',
  },
  {
    key: "you're using it wrong",
    lang: 'en',
    pattern:
      "\\byou(?:'re| are|'ve been| have been)? (?:using|doing|setting up|installing|holding|charging) (?:it|this|that|them|the \\w+) (?:wrong|wrongly|incorrectly|the wrong way)\\b|\\byou (?:did|set up|installed|used) (?:it|this|that|them) (?:wrong|wrongly|incorrectly)\\b|(?<=\\b(?:problem|issue|fault|error)(?:'s| is| was| lies) )on your (?:end|side)\\b",
    instead: "Here's what happened and how we fix it:",
  },
];
