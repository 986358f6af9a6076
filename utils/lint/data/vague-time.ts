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
    key: '及时',
    lang: 'zh',
    notAfter: '您|感谢|谢谢|不|没有|没|未',
    pattern: '及时(?=处理|跟进|通知|回复|答复|反馈给您|为您|给您|告知您|更新|解决|安排|发货|到账|退|联系您|同步)',
    rewrite: '在{time}',
  },
  { key: '只能等', lang: 'zh', pattern: '只能(?:耐心)?等(?:待)?', rewrite: '{time}我给您结果，先等' },
  {
    key: '回头',
    lang: 'zh',
    notAfter: `不|别|掉|${ASKS_CUSTOMER_ZH}|可以`,
    pattern: '回头(?=我|再|给|跟|联系|通知|发|告诉|回复|补|处理|看|问|帮|找)',
    rewrite: '{time}',
  },
  { key: '尽可能快', lang: 'zh', notAfter: ASKS_CUSTOMER_ZH, pattern: '尽可能(?:快|早)(?:地)?', rewrite: '在{time}' },
  { key: '尽快', lang: 'zh', notAfter: ASKS_CUSTOMER_ZH, rewrite: '在{time}' },
  { key: '尽早', lang: 'zh', notAfter: ASKS_CUSTOMER_ZH, rewrite: '在{time}' },
  { key: '待会儿', lang: 'zh', pattern: '待会儿?|等会儿?(?=给|再|回|联系|发|处理|通知|告诉)', rewrite: '{time}' },
  { key: '晚点', lang: 'zh', pattern: '晚(?:点|一点|些|些时候)(?=给|再|回|联系|发|处理|通知|告诉|帮|为|跟)', rewrite: '{time}' },
  {
    key: '有消息再',
    lang: 'zh',
    pattern:
      '(?:一|等|待)?有(?:消息|进展|结果|进度|新消息|新进展)(?:了)?(?:后|之后)?(?:(?:我们|我)?(?:会|再|就)?(?:马上|立刻|第一时间)|(?:我们|我)?(?:会|再|就))',
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
  { key: '等通知', lang: 'zh', pattern: '等(?:待)?(?:我们的|后续)?通知', rewrite: '等我们在{time}的通知' },
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
    pattern: '近期(?=[^,。!?;,;!?\\n]{0,8}?(?:会|将|能|可以|安排|上线|恢复|修复|发|到|处理|推出|更新|联系|回复|通知|解决|补))',
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
    key: '随时',
    lang: 'zh',
    pattern:
      '随时(?=(?:都)?(?:会|将)?(?:通知|告知|跟进|更新|同步|反馈|发货|发出|安排|处理|联系您|给您(?:回复|答复|通知|反馈)|为您(?:处理|安排|跟进))|可能)',
    rewrite: '在{time}',
  },
  {
    key: '马上',
    lang: 'zh',
    notAfter: '(?:就|快)要',
    pattern:
      '马上(?=(?:就|会|去|帮您|为您|给您|帮你|给你|为你)?(?:安排|处理|发货|发出|寄出|退款|退回|到账|解决|修复|恢复|回复|答复|联系|通知|告诉|告知|跟进|反馈|好|到|能|可以|补发|上线|生效|退))',
    rewrite: '在{time}',
  },

  { key: 'ASAP', lang: 'en', unlessSentence: ASKS_CUSTOMER_EN, rewrite: '{time}' },
  { key: 'any day now', lang: 'en', rewrite: '{days}' },
  {
    key: 'as quickly as possible',
    lang: 'en',
    pattern: "\\bas (?:quickly|fast|soon) as (?:possible|we can|I can|we're able|I'm able|humanly possible|feasible)\\b",
    unlessSentence: ASKS_CUSTOMER_EN,
    rewrite: '{time}',
  },
  { key: 'at a later date', lang: 'en', pattern: '\\bat a later (?:date|time|stage|point)\\b', rewrite: '{days}' },
  { key: 'at some point', lang: 'en', rewrite: '{days}' },
  {
    key: 'be in touch',
    lang: 'en',
    pattern: '\\b(?:be|get) (?:back )?in touch\\b',
    unlessSentence: ASKS_CUSTOMER_EN,
    rewrite: '{self} {time}',
  },
  { key: 'before long', lang: 'en', rewrite: '{time}' },
  { key: 'circle back', lang: 'en', pattern: '\\bcircle back(?: (?:to|with) you)?\\b', rewrite: '{self} {time}' },
  { key: 'down the road', lang: 'en', pattern: '\\b(?:down the (?:road|line))\\b', rewrite: '{days}' },
  { key: 'eventually', lang: 'en', rewrite: '{days}' },
  { key: 'follow up with you', lang: 'en', pattern: '\\bfollow[ -]up with you\\b', rewrite: '{self} {time}' },
  {
    key: 'get back to you',
    lang: 'en',
    pattern: '\\b(?:get|come|report|reach) back (?:to you|out to you)\\b',
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
      '(?<=\\b(?:in|within|over|take|takes|taking|took|need|needs) )(?:a few|a couple of|the next few|the coming|the next couple of|several) (?:days|weeks)\\b',
    rewrite: '{days}',
  },
  { key: 'in due course', lang: 'en', pattern: '\\bin due (?:course|time)\\b', rewrite: '{days}' },
  { key: 'in the near future', lang: 'en', rewrite: '{days}' },
  {
    key: 'keep you posted',
    lang: 'en',
    pattern: '\\b(?:keep you (?:posted|updated|informed|in the loop)|let you know|update you)\\b',
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
  { key: 'shortly', lang: 'en', notBefore: ' (?:after|before)\\b', rewrite: '{time}' },
  {
    key: 'some time',
    lang: 'en',
    pattern: '\\bsome ?time\\b(?! (?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|on|before|by|ago)\\b)',
    notAfter: '\\b(?:for|take|takes|took|taking|spend|spent|in|a|quite|some) ',
    rewrite: '{days}',
  },
  {
    key: 'soon',
    lang: 'en',
    notAfter: '\\b(?:as|see you|talk|speak|well|too|how) ',
    pattern: '\\bsoon\\b(?! as\\b| after\\b)',
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
