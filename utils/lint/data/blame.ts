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
const FIX_EN = "Let's sort this out together:";

export const BLAMES: readonly BlameTerm[] = [
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
    pattern: '(?:您|你)(?:当时|之前|当初|本来)?(?:应该|应当|就应该|早该)(?:早点|提前|先|仔细|看清|注意|确认)',
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
      '(?:您|你)(?:自己)?(?:是不是)?(?:没|没有)(?:仔细)?(?:看清|看清楚|注意|看到|认真看|仔细看|看仔细|按照?(?:要求|步骤|说明|提示))|(?:您|你)(?:自己)?(?:当时|下单的?时候|操作的?时候|填写的?时候)(?:没|没有)(?:选对|填对|写对|输对|看清楚?|注意)',
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
      '我(?:已经|刚才|之前|前面|早就)?(?:都)?(?:说|讲|告诉(?:过)?您|解释)(?:过|了)(?:很多遍|好几遍|多次|好几次|几遍)?了?(?=[,。!,!]|$)|我不是(?:已经)?(?:跟您|和您)?(?:说|讲|告诉(?:过)?您)(?:过|了)(?:吗|嘛)?|(?:跟|和)您说(?:过|了)(?:很多遍|好几遍|多次|好几次)|(?:我)?(?:都|已经)说了(?:多少|好几|很多|无数|N)(?:遍|次)了?',
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
    pattern: '是(?:您|你)(?:自己)?的(?:问题|责任|原因|失误|错)|(?:您|你)(?:自己)?的(?:责任|失误)',
    instead: FIX_ZH,
  },
  {
    key: '是您自己',
    lang: 'zh',
    pattern: '是(?:您|你)自己(?=[^,。!?,!?]{0,8}(?:的|操作|弄|搞|删|改|点|选|填|取消|没))',
    instead: FIX_ZH,
  },

  {
    key: 'as I already said',
    lang: 'en',
    pattern:
      "\\b(?:as|like) I (?:already |previously |just )?(?:said|mentioned|explained|told you|stated|noted)\\b|\\bas (?:previously|already) (?:stated|mentioned|explained)\\b|\\bas (?:I )?(?:previously |already )?(?:mentioned|stated|explained|said) (?:in|on) (?:my|our) (?:previous|last|earlier) (?:reply|email|message|response|chat)\\b|\\bI (?:already|have already|'ve already) (?:told|explained(?: to)?|said to) you\\b|\\b(?:this is )?the (?:second|third|fourth|fifth|\\w+th) time I(?:'m| am|'ve| have) (?:explaining|explained|telling you|told you|saying|said)(?: this| that)?\\b|\\bper my (?:last|previous|earlier) (?:email|message|reply)\\b",
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
    notAfter: 'not ',
    instead: FIX_EN,
  },
  { key: 'user error', lang: 'en', instead: FIX_EN },
  {
    key: "you didn't read",
    lang: 'en',
    pattern:
      "\\byou (?:clearly |obviously |simply |just )?(?:didn't|did not|failed to|forgot to|neglected to) (?:read|check|follow|see|look at|pay attention|notice|enter|select|update|click)\\b",
    instead: 'This step is easy to miss, so here it is again:',
  },
  {
    key: 'you entered the wrong',
    lang: 'en',
    pattern: '\\byou (?:entered|typed|selected|chose|ordered|filled in|put in|gave us|picked|used) (?:the |a |an )?wrong\\b',
    instead: "The details on the order don't match; let's correct them together:",
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
      "\\byou (?:should|could)(?: have|'ve)(?! (?:received|got|gotten|seen|been (?:sent|given|notified|emailed|charged|refunded)|arrived|a |an |the |access|your)\\b)(?= \\w+(?:ed|en|ne|wn|ld|ad|ht)\\b)|\\byou were supposed to\\b",
    instead: 'Next time it helps to … ; for now, here is how I fix it:',
  },
];
