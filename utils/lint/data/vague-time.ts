/**
 * Promises without a time. Each phrase says how to rewrite it with a concrete time: `{time}` is
 * filled with "今天 16:30 前" / "by 4:30 PM today" (or "2 小时内", today's closing time), `{days}` with
 * a date two service days out, `{after}` with "今天 16:30 后", `{self}` with the flagged words. Sorted
 * by key within each language.
 */
import type { Term } from '../terms';

export interface VagueTimeTerm extends Term {
  /** The replacement for the flagged words. */
  rewrite: string;
}

/**
 * The customer's own waiting window: "过两天还没到再联系我", "if it hasn't come in a few days, reply here":
 * the time is when the customer should act, not a promise of the agent's.
 */
export const CUSTOMER_NEXT =
  '(?:再|就)(?:联系|找|告诉|私信|回复)我|再跟我说|\\b(?:let me know|reply here|get in touch with us|contact us|give us a call|message us)\\b';

/** The agent asks the customer to hurry: not the agent's promise. */
const ASKS_CUSTOMER_ZH = '(?:请|麻烦|烦请|务必|建议|提醒|需要)(?:您|你)?(?:再)?|您|你';
const ASKS_CUSTOMER_EN =
  '\\bplease\\b(?! note| be assured| rest assured)|\\b(?:could|can|would) you\\b|\\bkindly\\b|\\byou (?:need|have) to\\b';

export const VAGUE_TIME: readonly VagueTimeTerm[] = [
  {
    key: '一会儿',
    lang: 'zh',
    notAfter: '等|稍等|请稍等|等我',
    pattern: '(?:过)?一会儿?(?=给|再|回|联系|发|处理|通知|告诉|就|帮|为)',
    rewrite: '{time}',
  },
  {
    key: '一段时间',
    lang: 'zh',
    pattern: '(?<=(?:需要|要|得|等|再等|过|花|耗)(?:上)?)一段时间|(?<=(?:需要|要|得|只能))等(?:一等|等|些时日|些日子)',
    rewrite: '两个工作日（{days}）',
  },
  {
    key: '几个小时',
    lang: 'zh',
    pattern: '(?<!(?:前|这|那|最近|过去|头|第|好|等了|了))几(?:个)?(?:小时|钟头)(?!前|之前|以前|了|没)',
    rewrite: '{time}',
  },
  // 需要几个工作日 / 几天内: a number the customer cannot count down (前几天, 等了几天 are the past).
  {
    key: '几个工作日',
    lang: 'zh',
    pattern:
      '(?<!(?:前|这|那|最近|过去|头|第|隔|好|等了|了|过|没|才|不到|没有))几(?:个)?(?:工作日|天|日|周|个?星期|个?礼拜|个月)(?!前|之前|以前|了|没|都)',
    rewrite: '两个工作日（{days}）',
  },
  {
    key: '及时',
    lang: 'zh',
    notAfter: '您|感谢|谢谢|不|没有|没|未',
    pattern: '及时(?=处理|跟进|通知|回复|答复|反馈给您|为您|给您|告知您|更新|解决|安排|发货|到账|退|联系您|同步)',
    rewrite: '在{time}',
  },
  { key: '另行通知', lang: 'zh', pattern: '另行(?:通知|告知|安排|公告)', rewrite: '{time}通知' },
  { key: '只能等', lang: 'zh', pattern: '只能(?:耐心)?等(?:待)?', rewrite: '{time}我给您结果，先等' },
  {
    key: '后续',
    lang: 'zh',
    pattern: '后续(?=(?:我们|我|这边)?(?:会|将|再|还会)(?:有|安排|联系|通知|跟进|给|为|处理|回复|发|告知|同步|反馈))',
    rewrite: '{time}',
  },
  {
    key: '后面再',
    lang: 'zh',
    pattern: '(?:后面|之后|以后|到时候|到时)(?=[^。!?!?]{0,12}?(?:我们|我)?再(?:给|跟|联系|通知|帮|处理|回复|同步|告诉|发|安排))',
    rewrite: '{time}',
  },
  {
    key: '回头',
    lang: 'zh',
    notAfter: `不|别|掉|${ASKS_CUSTOMER_ZH}|可以`,
    pattern: '回头(?=我|再|给|跟|联系|通知|发|告诉|回复|补|处理|看|问|帮|找)',
    rewrite: '{time}',
  },
  {
    key: '尽可能快',
    lang: 'zh',
    notAfter: ASKS_CUSTOMER_ZH,
    pattern: '尽(?:可能|量)(?:快|早)(?:点|些|一点|一些)?(?:地)?',
    rewrite: '在{time}',
  },
  { key: '尽快', lang: 'zh', notAfter: ASKS_CUSTOMER_ZH, rewrite: '在{time}' },
  { key: '尽早', lang: 'zh', notAfter: ASKS_CUSTOMER_ZH, rewrite: '在{time}' },
  { key: '待会儿', lang: 'zh', pattern: '待会儿?|等会儿?(?=给|再|回|联系|发|处理|通知|告诉)', rewrite: '{time}' },
  {
    key: '很快',
    lang: 'zh',
    notAfter: '得|不是',
    pattern: '很快(?=就?(?:会|能|可以|给|为|帮|安排|处理|发|到|恢复|修复|回复|联系|通知|有|上线|解决|退))',
    rewrite: '{time}',
  },
  {
    key: '抓紧',
    lang: 'zh',
    notAfter: ASKS_CUSTOMER_ZH,
    pattern: '抓紧(?:时间)?(?=(?:为|给|帮|跟)?(?:您)?(?:处理|安排|发|寄|退|补|修|核实|跟进|解决|回复|联系|办理|审核))',
    rewrite: '在{time}',
  },
  // 改天 / 有空 / 过段时间 / 不久: a later that nobody can put in a diary.
  {
    key: '改天',
    lang: 'zh',
    pattern:
      '(?:改天|改日|择日|日后|找(?:个)?时间|有空(?:的时候)?|等(?:我)?有空)(?=了?[,，]?(?:我|我们)?(?:再|就|会|给|帮|跟|让|上门|联系|问|看|处理|安排|回|过来|来))|(?:过(?:一)?段时间|过(?:一)?阵子|过些(?:天|日子)|不久(?:后|之后)?|用不了多久|过不了多久)(?=[^,。!?,!?]{0,6}?(?:会|就|再|能|可以|给|安排|处理|发|到|恢复|通知|联系|统一))',
    rewrite: '{time}',
  },
  { key: '早日', lang: 'zh', notAfter: '祝(?:您|你)?|盼|希望(?:您|你)?|愿(?:您|你)?|祈祷', rewrite: '在{time}' },
  // 晚点开好发您 promises a later; 航班晚点了 / 晚点到 says something is late.
  {
    key: '晚点',
    lang: 'zh',
    notAfter: '航班|飞机|火车|高铁|列车|车次|比预计|稍微',
    pattern: '(?:稍)?晚(?:些时候|一些|一点|点|些)(?:儿)?(?=[^了到送达的。!?,!?;;\\s~～])',
    rewrite: '{time}',
  },
  {
    key: '有消息再',
    lang: 'zh',
    pattern:
      '(?:一|等|待)?有(?:了)?(?:消息|进展|结果|进度|新消息|新进展)(?:了)?(?:后|之后)?(?:(?:我们|我)?(?:会|再|就)?(?:马上|立刻|第一时间)|(?:我们|我)?(?:会|再|就))',
    rewrite: '在{time}',
  },
  // "请稍等" holds the chat line; "稍后" promises an unspecified later.
  { key: '稍后', lang: 'zh', notBefore: '再试|重试|再操作|刷新|再刷新', rewrite: '{time}' },
  { key: '稍后再试', lang: 'zh', pattern: '稍后(?:再试|重试|再操作|刷新|再刷新)', rewrite: '{after}再试' },
  { key: '第一时间', lang: 'zh', rewrite: '在{time}' },
  {
    key: '等消息',
    lang: 'zh',
    pattern: '等(?:待)?(?:我们的)?(?:消息|回复|回音)(?=[。!,,!~～]|$|吧|哦|哈|就)',
    rewrite: '等我们在{time}的回复',
  },
  {
    key: '等通知',
    lang: 'zh',
    pattern: '等(?:待|候)?(?:我们的|后续|短信|电话|邮件|系统)?(?:的)?通知',
    rewrite: '等我们在{time}的通知',
  },
  {
    key: '耐心等待',
    lang: 'zh',
    notAfter: '的|谢谢您?|感谢您?',
    pattern: '耐心(?:地)?等(?:待|候)?(?:一下|几天|一段时间)?',
    rewrite: '稍等，我会在{time}给您结果',
  },
  { key: '过几天', lang: 'zh', pattern: '过(?:几|两|一两|两三)天', rewrite: '{days}' },
  {
    key: '近期',
    lang: 'zh',
    pattern:
      '(?:近(?:期|日|几日|几天)|不日)(?:内|之内)?(?=[^,。!?;,;!?\\n]{0,8}?(?:会|将|能|可以|安排|上线|恢复|修复|发|到|处理|推出|更新|联系|回复|通知|解决|补|开放|开通|开启|生效))',
    unlessSentence: '[??]|是否|有没有|吗',
    rewrite: '{days}',
  },
  {
    key: '这两天',
    lang: 'zh',
    pattern: '这(?:两|几|两三)天(?=就|会|能|可以|安排|给您|发|到|处理|内|之内|里)',
    rewrite: '{days}',
  },
  {
    key: '陆续',
    lang: 'zh',
    pattern: '陆续(?=(?:会|将)?(?:发放|发出|到账|恢复|上线|安排|处理|发货|通知|退还|补发|到|开放|送达))',
    rewrite: '在{time}',
  },
  {
    key: '随后',
    lang: 'zh',
    notAfter: '系统',
    pattern: '随后(?=(?:会|将|再|就)?(?:为|给|帮|跟|与)?(?:您)?(?:安排|联系|回复|通知|发|寄|处理|致电|回电|告知|补|跟进|上门))',
    rewrite: '{time}',
  },
  {
    key: '随时',
    lang: 'zh',
    pattern:
      '随时(?=(?:都)?(?:会|将)?(?:通知|告知|跟进|更新|同步|反馈|发货|发出|安排|处理|联系您|给您(?:回复|答复|通知|反馈)|为您(?:处理|安排|跟进))|可能)',
    rewrite: '在{time}',
  },
  // 马上/立马/赶紧 + an outcome (补发, 退款, 处理) promise an unspecified soon; + an action in the chat
  // (查一下, 转接) happens now. 立即/立刻 say "immediately" literally and are left alone.
  {
    key: '马上',
    lang: 'zh',
    notAfter: '(?:就|快)要',
    pattern:
      '(?:马上|立马|赶紧|赶快|火速)(?=(?:就|会|再|都)*(?:就|会|去|帮您|为您|给您|帮你|给你|为你)?(?:安排|处理|发货|发出|寄出|退款|退回|到账|解决|修复|恢复|回复|答复|联系|通知|告诉|告知|跟进|反馈|好|到|能|可以|补发|上线|生效|退))',
    rewrite: '在{time}',
  },

  { key: 'ASAP', lang: 'en', unlessSentence: ASKS_CUSTOMER_EN, rewrite: '{time}' },
  { key: 'any day now', lang: 'en', pattern: '\\bany (?:day|time|minute|moment|second) now\\b', rewrite: '{days}' },
  {
    key: 'as quickly as possible',
    lang: 'en',
    pattern:
      "\\bas (?:quickly|fast|soon|early) as (?:possible|humanly possible|feasible|(?:we|I|they|he|she|(?:our|the) (?:team|courier|warehouse|engineers?|technicians?|specialists?))(?: can| could|'re able| are able|'m able| am able| is able))\\b",
    unlessSentence: ASKS_CUSTOMER_EN,
    rewrite: '{time}',
  },
  // "as soon as one is free": the trigger is the team's own availability, which the customer cannot see.
  {
    key: 'as soon as someone is free',
    lang: 'en',
    pattern:
      '\\b(?:as soon as|once|when) (?:one|someone|somebody|(?:an?|the|our) (?:agent|specialist|technician|engineer|advisor|adviser|colleague|supervisor|manager|rep|team))(?: is| becomes| gets) (?:free|available)\\b|\\b(?:as soon as|once|when) (?:one|someone|(?:an?|the|our) (?:agent|specialist|technician|engineer|advisor|adviser|team)) has (?:a )?(?:free )?(?:slot|moment|capacity|availability)\\b',
    rewrite: '{time}',
  },
  { key: 'at a later date', lang: 'en', pattern: '\\bat a later (?:date|time|stage|point)\\b', rewrite: '{days}' },
  { key: 'at some point', lang: 'en', pattern: '\\bat some (?:point|stage)\\b', rewrite: '{days}' },
  {
    key: 'at the earliest opportunity',
    lang: 'en',
    pattern:
      '\\bat (?:the|our) (?:earliest|first|soonest) (?:opportunity|convenience|possible (?:time|moment)|available (?:time|slot|moment))\\b|\\bat the soonest\\b',
    rewrite: '{time}',
  },
  {
    key: 'be in touch',
    lang: 'en',
    pattern: '\\b(?:be|get) (?:back )?in (?:touch|contact)\\b',
    unlessSentence: ASKS_CUSTOMER_EN,
    rewrite: '{self} {time}',
  },
  { key: 'bear with us', lang: 'en', pattern: '\\bbear with us\\b', rewrite: 'expect our reply {time}' },
  {
    key: 'before long',
    lang: 'en',
    pattern: '\\b(?:before long|in no time|in a jiffy|before you know it)\\b',
    rewrite: '{time}',
  },
  { key: 'circle back', lang: 'en', pattern: '\\bcircle back(?: (?:to|with) you)?\\b', rewrite: '{self} {time}' },
  { key: 'down the road', lang: 'en', pattern: '\\b(?:down the (?:road|line))\\b', rewrite: '{days}' },
  { key: 'eventually', lang: 'en', rewrite: '{days}' },
  { key: 'follow up with you', lang: 'en', pattern: '\\bfollow[ -]up with you\\b', rewrite: '{self} {time}' },
  {
    key: 'get back to you',
    lang: 'en',
    pattern:
      '\\b(?:get|come) back(?: to (?:you|u))? with (?:an answer|an update|news|more (?:info|information|details)|the (?:answer|result|outcome))\\b|\\b(?:get|come|report|reach) back (?:to (?:you|u)|out to (?:you|u))\\b',
    rewrite: '{self} {time}',
  },
  {
    key: 'in a bit',
    lang: 'en',
    pattern: '\\bin a (?:little )?(?:bit|while)\\b|(?<=\\bgive (?:us|me|them) )a (?:little |short )?while\\b',
    rewrite: '{time}',
  },
  {
    key: 'in a few days',
    lang: 'en',
    pattern:
      '(?<=\\b(?:in|within|over|take|takes|taking|took|need|needs|for) )(?:a few|a couple of|the next few|the coming|the next couple of|several) (?:days|weeks)\\b|\\bin a (?:day|week) or two\\b|(?<=\\b(?:in|within|over) )the next (?:day|week|month|fortnight) or (?:so|two)\\b',
    rewrite: '{days}',
  },
  { key: 'in due course', lang: 'en', pattern: '\\bin due (?:course|time)\\b', rewrite: '{days}' },
  { key: 'in the near future', lang: 'en', rewrite: '{days}' },
  {
    key: 'keep you posted',
    lang: 'en',
    pattern:
      '\\b(?:keep you (?:posted|updated|informed|in the loop)|let you know|update you|(?:send|share|give|post) (?:you )?(?:an|any|further|more) updates?)\\b',
    unlessSentence: '\\b(?:when|once|as soon as|after|if|whether|whenever)\\b',
    rewrite: '{self} {time}',
  },
  {
    key: 'later',
    lang: 'en',
    notAfter: '\\b(?:\\d+|a|an|one|two|three|few|several|couple of) (?:minutes?|hours?|days?|weeks?) |\\bno |\\bnot |sooner or ',
    pattern:
      '\\blater\\b(?! (?:today|tonight|this (?:morning|afternoon|evening))\\b| than\\b| (?:on )?in (?:this|the|my) (?:email|message|chat|reply|article|guide)\\b)',
    rewrite: '{time}',
  },
  { key: 'momentarily', lang: 'en', rewrite: '{time}' },
  // "Someone will reach out / follow up / touch base": a promise to come back, with no time.
  {
    key: 'reach out',
    lang: 'en',
    pattern:
      "(?<=\\b(?:will be|'ll be) )(?:reaching out|following up)(?: (?:to|with) (?:you|u))?\\b|(?<=\\b(?:will|'ll|shall|going to|to) )(?:reach out(?: to (?:you|u))?|follow up(?: with (?:you|u))?|touch base(?: with (?:you|u))?|loop back(?: (?:to|with) (?:you|u))?)\\b",
    // "will reach out soon / at 3 PM": the time words that follow decide, not the verb.
    notBefore:
      '(?: (?:to|with) (?:you|u))? (?:soon|shortly|asap|later|today|tonight|tomorrow|within|by|before|after|first thing|this|next|when|once|as soon|right away|straight away|again|in (?:\\d|an? |one|two|three|due|the next)|on (?:mon|tue|wed|thu|fri|sat|sun|the \\d|\\d)|at \\d)',
    unlessSentence: `${ASKS_CUSTOMER_EN}|\\b(?:if|when|once|whenever)\\b`,
    rewrite: '{self} {time}',
  },
  // "I will revert" (reply later), in the English of many support teams.
  {
    key: 'revert',
    lang: 'en',
    pattern: "(?<=\\b(?:I|we)(?:'ll| will| shall) )revert(?: back)?(?: to (?:you|u))?\\b",
    rewrite: 'reply {time}',
  },
  { key: 'shortly', lang: 'en', notBefore: ' (?:after|before)\\b', rewrite: '{time}' },
  {
    key: 'some time',
    lang: 'en',
    pattern: '\\bsome ?time\\b(?! (?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|on|before|by|ago)\\b)',
    notAfter: '\\b(?:for|take|takes|took|taking|spend|spent|in|a|quite|some) ',
    rewrite: '{days}',
  },
  { key: 'sometime soon', lang: 'en', pattern: '\\bsome ?time soon\\b', rewrite: '{time}' },
  {
    key: 'soon',
    lang: 'en',
    notAfter: '\\b(?:as|see you|talk|speak|well|too|how) ',
    pattern: '\\bsoon(?:-ish)?\\b(?! as\\b| after\\b|-(?!ish))',
    rewrite: '{time}',
  },
  { key: 'sooner or later', lang: 'en', rewrite: '{days}' },
  {
    key: 'when I hear back',
    lang: 'en',
    pattern:
      '\\b(?:when|once|as soon as|after) (?:I|we) (?:hear (?:back|something|more)|have (?:more (?:info|information|details|news)|an update|news|something|any (?:news|updates?))|know more|get (?:an update|more (?:info|information|details)|news|word))\\b',
    rewrite: '{time}',
  },
];
