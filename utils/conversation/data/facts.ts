/**
 * Fact patterns. Every pattern runs on folded text (lower-case ASCII, half-width punctuation; see
 * text.ts), so it is written in lower case; values are read back from the original text by offset.
 * All regular expressions are compiled once, here, at module load.
 */

export const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;

export const PHONES: readonly RegExp[] = [
  // Chinese mobile numbers, optionally +86, with or without spaces/dashes: 138 1234 5678
  /(?<![\d+])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?![\d])/g,
  // International with a +: +1 (555) 013-2468, +44 20 7946 0958
  /\+\d{1,3}[\s-]?(?:\(\d{1,4}\)[\s-]?)?\d{2,4}(?:[\s-]\d{2,6}){1,3}(?!\d)/g,
  // North American: (555) 013-2468, 555-013-2468
  /(?<!\d)(?:\(\d{3}\)\s?|\d{3}-)\d{3}-\d{4}(?!\d)/g,
  // UK: 07700 900123
  /(?<![\d-])0\d{4}\s\d{6}(?!\d)/g,
];

/**
 * Courier number formats that need no context: 顺丰 SF, 圆通 YT, 极兔 JT, 中通 ZTO, 京东 JD, UPS 1Z, UPU
 * S10 (RR123456785GB, EMS …CN), USPS 22 digits, Amazon TBA, 菜鸟 LP.
 */
export const TRACKING_FORMATS =
  /(?<![a-z0-9])(?:sf\d{12,15}|yt\d{13}|jt\d{13}|zto\d{10,15}|jd[a-z0-9]{10,15}|1z[0-9a-z]{16}|[a-z]{2}\d{9}[a-z]{2}|9[1-5]\d{20}|tba\d{12}|lp\d{14})(?![a-z0-9])/g;

/**
 * A number right after a tracking word: 运单号 7512…, "tracking is 4820 1937 5512" (FedEx and DHL numbers
 * are often written in groups of four). A 投诉单号/工单号/售后单号 is a ticket, not a parcel.
 */
export const TRACKING_CONTEXT =
  /(?:运单号?|快递单号?|物流单号?|tracking(?:\s*(?:number|no\.?|#|id))?)\s*(?:是|为|:|#|is|=)?\s*#?(\d{4}(?: \d{4}){2,4}(?! ?\d)|[a-z0-9][a-z0-9-]{7,29})(?![a-z0-9])/dg;

/** A bare 单号 is a courier number only in a message about the parcel; otherwise it is the order's. */
export const TRACKING_BARE =
  /(?<!订|投诉|工|售后|服务|申请|退款)单号\s*(?:是|为|:|#)?\s*#?([a-z0-9][a-z0-9-]{7,29})(?![a-z0-9])/dg;
export const COURIER_CONTEXT = /快递|物流|包裹|运单|寄|顺丰|圆通|中通|申通|韵达|极兔|邮政|驿站|派送|签收|揽收|到哪/;

/** A number right after an order word: 订单号 2026…, order #A-10023, order numbr 55130, orders 5581 (not 投诉单号 T2026…). */
export const ORDER_CONTEXT =
  /(?:订单编号|订单号|订单|(?<!投诉|工|售后|服务|申请|退款)单号|(?<![a-z])orders?(?![a-z])(?:\s*(?:number|numbr|nr\.?|no\.?|num|id)(?![a-z]))?)\s*(?:是|为|:|#)?\s*#?\s*([a-z0-9][a-z0-9-]{3,29})(?![a-z0-9])/dg;

/** Another id right after one: "orders 5581 and 5582", 单号 X 和 Y, #1001, #1002. */
export const NEXT_ID = /^\s*(?:and|&|or|和|与|及|、|,|，|\/)\s*#?([a-z0-9][a-z0-9-]{3,29})(?![a-z0-9])/;

/** `#55821` on its own reads as an order number. */
export const ORDER_HASH = /(?<![a-z0-9&])#([a-z0-9-]*\d{3,}[a-z0-9-]*)/g;

/** In a reply to "what's your order number?": the first long number. */
export const BARE_ID = /(?<![a-z0-9.,$¥￥€£-])([a-z]{0,4}-?\d[\d-]{4,28}[a-z0-9]*)(?![a-z0-9]|[.,]\d)/dg;

/** An order or tracking id has at least this many digits. */
export const MIN_ID_DIGITS = 3;

export const CURRENCY_CODES: Record<string, string> = {
  $: 'USD',
  a$: 'AUD',
  aud: 'AUD',
  bucks: 'USD',
  c$: 'CAD',
  cad: 'CAD',
  cny: 'CNY',
  dollar: 'USD',
  dollars: 'USD',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  gbp: 'GBP',
  hk$: 'HKD',
  hkd: 'HKD',
  jpy: 'JPY',
  pound: 'GBP',
  pounds: 'GBP',
  rmb: 'CNY',
  s$: 'SGD',
  sgd: 'SGD',
  us$: 'USD',
  usd: 'USD',
  '£': 'GBP',
  '¥': 'CNY',
  '€': 'EUR',
  人民币: 'CNY',
  元: 'CNY',
  块: 'CNY',
  块钱: 'CNY',
  日元: 'JPY',
  欧元: 'EUR',
  港元: 'HKD',
  港币: 'HKD',
  澳元: 'AUD',
  美元: 'USD',
  美金: 'USD',
  英镑: 'GBP',
  '￥': 'CNY',
};

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?`;

/** ¥199, $ 89.99, USD 12, RMB 300, HK$80 */
export const AMOUNT_PREFIX = new RegExp(
  String.raw`(?<![a-z])(us\$|hk\$|a\$|c\$|s\$|rmb|cny|usd|eur|gbp|hkd|aud|cad|sgd|jpy|人民币|[$¥￥€£])\s?` + NUMBER,
  'g',
);

/** 199元, 89.9 元, 800多块, 1.2万元, 45.50 EUR, 12 dollars, 45€ */
export const AMOUNT_SUFFIX = new RegExp(
  NUMBER +
    String.raw`\s?(万|千|k)?\s?(多)?\s?(块钱|块|元|人民币|rmb|cny|usd|eur|gbp|hkd|aud|cad|sgd|jpy|dollars?|bucks|euros?|pounds?|美元|美金|欧元|英镑|日元|港币|港元|澳元|[€£$])(?![a-z])`,
  'g',
);
/** What 万 / 千 / k multiply an amount by. */
export const AMOUNT_MULTIPLIERS: Record<string, number> = { k: 1000, 万: 10000, 千: 1000 };

/** 两千多块, 三百元: Chinese numerals need 十/百/千/万 so that 一块 (one piece) isn't money. */
export const AMOUNT_HAN = /([一二两三四五六七八九十百千万零]*[十百千万][一二两三四五六七八九十百千万零]*)(多)?(块钱|块|元)/g;

/** Chinese numerals right after an amount word, without a unit: 金额一百二十九, 扣了两百. */
export const AMOUNT_CONTEXT_HAN =
  /(?:金额|扣了|退了|付了|花了|实付|一共|总共)\s*(?:是|为|:)?\s*([一二两三四五六七八九十百千万零]*[十百千万][一二两三四五六七八九十百千万零]*)(?![一二两三四五六七八九十百千万零块元个件次天])/dg;

/** A number right after an amount word: 扣了 299.00, 只退了150, charged 45.99, kept charging 9.99/month. */
export const AMOUNT_CONTEXT = new RegExp(
  String.raw`(?:金额|扣了|退了|付了|花了|实付|一共|总共|charg(?:ed|ing|es)(?: me| us)?(?: for)?|billed(?: me)?|paid|refund of|refunded|amount(?: was| is)?)\s*(?:是|为|:)?\s*` +
    NUMBER +
    String.raw`(?!\s*(?:天|次|个|件|小时|days?|times?|hours?|%|\d))`,
  'dg',
);

/** In a reply to "how much was it?": the first number that isn't an id. */
export const BARE_AMOUNT =
  /(?<![\d.,a-z-])(\d{1,3}(?:,\d{3})+|\d{1,6})(?:\.(\d{1,2}))?(?![\d.,a-z-]|\s*(?:天|次|个|件|days?|times?))/g;

export const HAN_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
export const HAN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** 三, 十二, 十几 (ten-odd), 几十 (tens of). */
const HAN_NUM = '(?:[一二两三四五六七八九十]+[几来]?|几十)';
const EN_NUM = String.raw`(?:\d+\+?(?:\s*-\s*\d+)?|an?(?:\s+(?:whole|full|entire))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)`;
const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** Words that may follow "the 14th" in a date; any other word makes it an ordinal ("the 4th email"). */
const AFTER_ORDINAL_DATE = 'of|and|or|at|by|before|after|but|so|to|until|when|which|is|was|please|i|we|it';

/** Date and duration expressions; overlapping matches keep the longest. */
export const DATE_PATTERNS: readonly RegExp[] = [
  /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}[日号]?/g,
  /(?:今年|去年|前年)?(?<!\d)\d{1,2}月(?:份|初|中|底|\d{1,2}[日号])?/g,
  // 十月份, 去年三月: a month by its Chinese name (a number of months takes 个: 三个月).
  /(?:今年|去年|前年)?(?<![\d一二两三四五六七八九十几第个])(?:十[一二]?|[一二三四五六七八九])月(?:份|初|中|底|[一二三四五六七八九十]{1,3}[日号]|\d{1,2}[日号])?/g,
  /(?:今年|去年)?(?:双十一|双11|双十二|双12)/g,
  /(?:上个?|下个?|这个?|本)?(?:周|星期|礼拜)[一二三四五六日天]/g,
  /[上下]个?(?:周|星期|礼拜|月)(?![一二三四五六日天])/g,
  /大前天|前天|昨天|昨晚|明天(?:早上|晚上)?|明早|明晚|后天|大前年|前年|去年/g,
  /(?:上个?|下个?|这个?|本)?月(?:底|初|中旬)|年(?:底|初)/g,
  /上个?月\d{1,2}[日号]/g,
  // 15号发: a day of the month on its own (not 3号楼, 2号线, 5号电池, 100号).
  /(?<![\d月年.:/#\-路街巷弄道村区栋])\d{1,2}[号日](?![\d楼线门室栋位床房层座期电])/g,
  new RegExp(
    String.raw`(?<!第)(?:\d+(?:\s*[-~到至]\s*\d+)?|${HAN_NUM}|半)\s*(?:(?:个\s*)?(?:多\s*)?(?:个\s*)?(?:工作日|天|日|周|星期|礼拜|年|小时|分钟)|(?:多\s*)?个\s*(?:多\s*)?月)(?![一二三四五六日天])`,
    'g',
  ),
  /(?<![\d/])\d{4}-\d{2}-\d{2}(?!\d)/g,
  /(?<![\d/])\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?![\d/])/g,
  new RegExp(String.raw`\b(?:${MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b`, 'g'),
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH})\b`, 'g'),
  /\b(?:january|february|march|april|june|july|august|september|october|november|december)\b/g,
  // "in may", "since May": the month, where "may" can't be the verb.
  // (The lookbehinds sit after the word they guard, so they run only where it matched.)
  /\bmay\b(?<=\b(?:in|since|from|until|till|by|early|late|mid|of|last|this|next)\smay)(?!\s+(?:be|have|not|i|we|you|they|need|take|want|get|help|ask|cost|also)\b)/g,
  // "since 2015", "back in 2019": a year after a preposition.
  /\b(?:19|20)\d{2}\b(?<=\b(?:since|in|from|until|till|early|late|mid)\s\d{4})(?![\d-])/g,
  new RegExp(
    String.raw`\bthe\s+\d{1,2}(?:st|nd|rd|th)(?:\s+of\s+(?:last|this|next)\s+month)?\b(?!\s+(?!(?:${AFTER_ORDINAL_DATE})\b)[a-z])`,
    'g',
  ),
  new RegExp(String.raw`\b(?:(?:last|next|this)\s+)?(?:${WEEKDAY})\b`, 'g'),
  /\b(?:yesterday|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|last\s+(?:night|week|month|year|weekend)|next\s+(?:week|month|year))\b/g,
  new RegExp(
    String.raw`\b${EN_NUM}\s+(?:business\s+|working\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b(?:\s+ago)?`,
    'g',
  ),
];

/** One unit of time ("a day", 一天, 每周) — the only durations that can be a rate. */
export const PER_UNIT = /^(?:一|每|a|an|one|per)\s*(?:个\s*)?(?:天|日|周|星期|礼拜|月|年|小时|day|week|month|year|hour)$/;
/** Right before a duration: it counts how often, not how long ("15 times a day", "once a week"). */
export const FREQUENCY_BEFORE = /(?:\btimes?|\bper|\bonce|\btwice|\bevery|每)\s*$/;
/** Right after one: the same (一天崩三回, 一周两次). */
export const FREQUENCY_AFTER = /^\s?[^\s,.!?;，。！？；]{0,2}[\d一二两三四五六七八九十几]+\s?[次回遍下趟]/;

/** Right before a date: part of it ("since Monday", 自从上周). */
export const DATE_PREFIX = /(?:\bsince|自从)\s*$/;
/** Right after a duration: part of it (3 天了, 两周前). */
export const DATE_SUFFIX = /^\s?(?:了|前(?!往))/;
/** Durations that are idioms rather than facts ("找了半天" means "for ages"). */
export const DATE_IGNORE: readonly string[] = ['半天', '一天到晚', '天天'];

/** Days per unit, to turn "3 天了" / "2 weeks" into a number of days for the UI and reasons. */
export const DURATION_UNITS: Record<string, number> = {
  分钟: 0,
  小时: 0,
  天: 1,
  日: 1,
  工作日: 1,
  周: 7,
  星期: 7,
  礼拜: 7,
  月: 30,
  年: 365,
  minute: 0,
  min: 0,
  hour: 0,
  hr: 0,
  day: 1,
  week: 7,
  month: 30,
  year: 365,
};

export const EN_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

/**
 * Error codes: the first two patterns are the code itself (ERR_CONNECTION_RESET, 0x80070005); the others
 * capture it in group 1 after a word that introduces it (error 502, 报错码 E-4031, 点保存就报500, "404 not
 * found"). A bare 3-digit code after 报/显示 or before "error"/"not found" is taken only in the HTTP 4xx/5xx range.
 */
export const ERROR_CODES: readonly RegExp[] = [
  /(?<![a-z0-9_])err_[a-z_]+(?![a-z0-9_])/g,
  /(?<![a-z0-9])0x[0-9a-f]{4,8}(?![0-9a-f])/g,
  /(?:error|err|报错码|错误码|错误代码|错误号|故障码|异常码|报错|code|代码|http)\s*(?:code|码|是|为)?\s*[:#]?\s*([a-z]{0,3}-?\d{3,5})(?![a-z0-9])/dg,
  /(?:报|弹出?|显示|提示|返回|出现)\s*([45]\d\d)(?![\d.%])/dg,
  /(?<![\d.$¥€£])\b([45]\d\d)\s*(?:error|错误|page|not found|bad gateway|service unavailable|internal server error|forbidden|unauthori[sz]ed|gateway time-?out)\b/dg,
];

/** Product lines that name a product on their own; a model may follow (iPhone 15 Pro). */
export const PRODUCT_LINES: readonly string[] = [
  'airpods',
  'apple watch',
  'ipad',
  'iphone+',
  'kindle',
  'macbook',
  'mi band',
  'ps5',
  'redmi',
  'thinkpad',
  'xbox',
  '小米手环',
  '红米',
];

/**
 * Brands that only name a product with a model after them (小米13, Samsung S23, 索尼WH-1000XM5) — and
 * product lines whose name is also a plain word (a dead pixel, the surface, the galaxy).
 */
export const PRODUCT_BRANDS: readonly string[] = [
  'anker',
  'bose',
  'dyson',
  'galaxy',
  'honor',
  'huawei',
  'jbl',
  'lenovo',
  'oneplus',
  'oppo',
  'pixel',
  'samsung',
  'sony',
  'surface',
  'vivo',
  'xiaomi',
  '三星',
  '华为',
  '小米',
  '戴森',
  '索尼',
  '联想',
  '苹果',
  '荣耀',
];

/** What may follow a product line or brand as part of the model name. */
export const PRODUCT_TAIL =
  /^(?:\s?(?:mate\s?\d+[a-z]*|series\s[a-z0-9]+|tab(?:\s?s\d+)?|(?!ios|android|win|mac)[a-z]{0,4}-?\d+[a-z0-9-]*|pro|max|plus|ultra|mini|air|se|lite|detect|note|fold|flip|buds|band)(?![a-z0-9]))*/;

/** A model after 型号 / model: KF-5001, KX-300. */
export const MODEL_CONTEXT =
  /(?:型号|model(?:\s*(?:number|no\.?))?)\s*(?:是|为|:|\()?\s*([a-z0-9]+(?:-[a-z0-9]+)*)(?![a-z0-9])/dg;

/** In a reply to "which model is it?": the first model-like word, "T8 Max 去年买的", "WH-CH720N, got them in May". */
export const BARE_MODEL =
  /(?<![a-z0-9])([a-z]{1,6}(?:-[a-z]{1,6})?[- ]?\d{1,5}[a-z0-9-]*(?: (?:pro|max|plus|ultra|mini|lite|air|se|x|s)(?![a-z0-9]))*)(?![a-z0-9])/dg;

/** In a reply to "which model is it?": "It's the V12 Detect, bought in March". */
export const MODEL_ANSWER =
  /(?:it'?s|it is)\s+(?:the\s+|a\s+|an\s+)?([a-z0-9][a-z0-9 -]{1,30}?)(?=\s*(?:[,.;!?]|$|\bbought\b|\bfrom\b))/dg;

/** Steps the customer already tried — satisfies `steps` and goes into `stepsTried`. */
export const STEPS_TRIED: readonly string[] = [
  'already did',
  'cleared cookies',
  'cleared the cache',
  'clearing the app data',
  'clearing the cache',
  'did that',
  'logged out and back in',
  'reboot*',
  'refresh*',
  'reinstall*',
  'restart*',
  'tried',
  'tried a different',
  'tried another',
  'tried on',
  'tried two',
  'updated',
  'updating to',
  '刷新',
  '卸载重装',
  '换了',
  '换了两个手机',
  '更新了',
  '清了一下缓存',
  '清了缓存',
  '清缓存',
  '试了',
  '试了好几次',
  '试过',
  '退出重进',
  '都试了',
  '重启',
  '重新打开',
  '重新登录',
  '重装',
  '重试',
];

/** An error code inside a quoted error message: "Export failed (E3002)". */
export const CODE_IN_MESSAGE = /(?<![a-z0-9])([a-z]{1,3}-?\d{3,5}|\d{3})(?![a-z0-9])/dg;

/** Quoted error text: it says "Payment failed", 提示“系统繁忙”. */
export const ERROR_MESSAGE_QUOTED: readonly RegExp[] = [
  /(?:says?|said|saying|shows?|showing|get|gets|getting|got|message|error|reads?|fails? with|failed with|failing with)\s*:?\s*["“'‘]([^"”'’\n]{3,80})["”'’]/dg,
  /(?:提示|显示|报错|弹出|弹窗|报)\s*:?\s*['‘]([^'’\n]{2,60})['’]/dg,
  /(?:提示|显示|报错|弹出|弹窗)\s*:?\s*[“"「]([^”"」\n]{2,60})[”"」]/dg,
  /["“]([^"”\n]{0,60}(?:error|fail|failed|denied|invalid|unable|exception|错误|失败|异常|无效)[^"”\n]{0,60})["”]/dg,
];
