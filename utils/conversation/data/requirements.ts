/**
 * What an agent needs per scenario before they can resolve it (GUIDANCE §1), how the conversation
 * can already contain each item, and how to recognise an agent asking for it — a customer's reply
 * to that question counts as the answer.
 */
import type { FactType, MissingName, Scenario } from '../labels';

/** One need; satisfied by any of `names` (logistics takes an order number *or* a tracking number). */
export interface Requirement {
  names: readonly MissingName[];
  /** Wording that satisfies it in this scenario only: for how-to questions "in the app" is the platform. */
  patterns?: readonly RegExp[];
}

/** Where a how-to question is asked: app, web, mini program, desktop. */
const PLATFORM =
  /\bapp\b|网页|web\b|website|小程序|电脑版|电脑端|桌面版|desktop|手机上|ios|android|安卓|iphone|ipad|mac\b|windows/;

export const REQUIREMENTS: Record<Scenario, readonly Requirement[]> = {
  order: [{ names: ['orderId'] }],
  logistics: [{ names: ['orderId', 'trackingNumber'] }],
  refund: [{ names: ['orderId'] }, { names: ['amount'] }, { names: ['paymentMethod'] }],
  quality: [{ names: ['productModel'] }, { names: ['purchaseDate'] }, { names: ['photos'] }],
  technical: [
    { names: ['errorMessage'] },
    { names: ['steps'] },
    { names: ['device'] },
    { names: ['appVersion'] },
    { names: ['network'] },
  ],
  account: [{ names: ['accountId'] }],
  howto: [{ names: ['device'], patterns: [PLATFORM] }],
  general: [],
};

export interface Satisfier {
  /** Extracted fact types that satisfy the need by themselves. */
  facts?: readonly FactType[];
  /** Customer wording that satisfies it (folded text). */
  patterns?: readonly RegExp[];
  /** Agent wording that asks for it; the customer's next reply answers it. */
  asked: readonly RegExp[];
}

export const SATISFIERS: Record<MissingName, Satisfier> = {
  orderId: {
    facts: ['orderIds'],
    asked: [/订单号|订单编号|order (?:number|no|id)|order #|which order/],
  },
  trackingNumber: {
    facts: ['trackingNumbers'],
    asked: [/运单号|快递单号|物流单号|tracking (?:number|no|id)/],
  },
  amount: {
    facts: ['amounts'],
    asked: [/金额|多少钱|退多少|amount|how much/],
  },
  paymentMethod: {
    patterns: [
      /微信|支付宝|支付包|花呗|银行卡|信用卡|储蓄卡|借记卡|云闪付|白条|零钱|apple pay|google pay|gpay|paypal|visa|mastercard|amex|debit card|credit card|\bcard\b|bank transfer|klarna|afterpay|alipay|wechat pay|venmo|cash app/,
      // 拼音缩写: zfb 支付宝, vx/wx 微信, yhk 银行卡, xyk 信用卡.
      /(?<![a-z])(?:zfb|vx|wx|yhk|xyk)(?![a-z])/,
    ],
    asked: [/付款方式|支付方式|怎么付|用什么.{0,4}(?:付|支付)|how (?:did )?you pay|payment method|paid with|how you paid/],
  },
  errorMessage: {
    facts: ['errorCodes'],
    patterns: [
      /提示|报错|弹出|弹窗|显示 ?[a-z"“]|it says|says ["“]|saying ["“]|error message|no error|no message|没有提示|没提示|没有任何提示|(?:get|gets|got|getting) ["“'‘]|(?:fails?|failed|failing) with|keep getting/,
    ],
    asked: [/报错|提示|error message|any error|what does the (?:message|error)/],
  },
  steps: {
    patterns: [
      /\b(?:when(?:ever)? i|every time i|each time i|after (?:i |updating|the update|logging|installing|login)|once i|as soon as i|the (?:second|moment|minute) i|i (?:click|clicked|tap|tapped|press|pressed|open|opened|hit|select|selected|choose|chose|enter|entered|submit|submitted|type|typed|scroll|scrolled|attach|attached|switch|switched)|i (?:go|went|try|tried) to|(?<!\b(?:can|could|do|did|cannot|can'?t|couldn'?t) )i (?:log|sign|logged|signed) in)\b|when i try|\b(?:opening|clicking|tapping|pressing|uploading|exporting|logging in|signing in) (?:the|a|my|to|on)\b/,
      /的时候|一打开就|打开.{0,8}(?:会|就|是)|每次|之后|以后就|点了|点击|点进去|导出的|登录后|后就|一.{1,4}就|(?:更新|升级)(?:完|后)/,
      // 点支付没反应, 点个保存就报500: the tap that leads to it.
      /点(?:了|击|一下|个)?[^\s,.!?;，。！？；]{1,6}(?:就|没反应|没有反应|后|之后|以后|的时候|时)/,
      // 授权完又跳回首页, 付完款就…: a step finished, then the fault.
      /(?:授权|登录|付款|付|支付|提交|保存|上传|下载|安装|打开|扫)完(?:了)?(?:款)?(?:就|又|之后|后)/,
      /\bwhile i was [a-z]+ing\b|\bright (?:after|when|while)\b|\bafter every update\b/,
    ],
    asked: [/操作步骤|哪些操作|做了什么|steps|what (?:did you|happens) (?:do|when)|walk me through/],
  },
  device: {
    patterns: [
      /iphone|ipad|android|安卓|\bios\b|windows|\bwin ?(?:7|8|10|11)\b|\bmac\b|macbook|mac os|macos|chromebook|chrome ?os|ipados|harmony ?os|linux|ubuntu|华为|小米|红米|redmi|一加|oneplus|三星|samsung|pixel|oppo|vivo|荣耀|honor|魅族|鸿蒙|chrome|firefox|safari|\bedge\b|opera|xbox|playstation|ps5/,
    ],
    asked: [
      /什么手机|手机型号|设备|哪个平台|手机 ?app 还是|app 还是网页|which (?:phone|device)|what (?:phone|device)|mobile app or|app or (?:on )?the web/,
    ],
  },
  appVersion: {
    patterns: [
      /(?:版本|version|ver\.?|\bv)\s*\d+(?:\.\d+)+|(?<![\d.])\d+\.\d+\.\d+(?![\d.])|最新版|最新的版本|版本(?:是|也是)?最新|latest version|up to date|(?:firefox|chrome|safari|edge)\s?\d+|version \d+/,
      // "updated to 7.2", 升级到 8.1
      /\b(?:updated|upgraded|updating|upgrading) to (?:v|version )?\d+(?:\.\d+)+|(?:更新|升级)到\s*v?\d+(?:\.\d+)+/,
    ],
    asked: [/版本|version/],
  },
  network: {
    patterns: [
      /wi-?fi|\b[345]g\b|\blte\b|流量|移动数据|mobile data|cellular|宽带|broadband|ethernet|\bwired\b|有线|vpn|热点|hotspot|网络正常|网络没问题|(?:公司|家里|家|学校|宿舍|校园|单位)的?网|(?:office|home|company|school|work) (?:network|internet)/,
    ],
    asked: [/wi-?fi|流量|网络|network|mobile data/],
  },
  productModel: {
    facts: ['products'],
    asked: [/型号|which model|model number|what model/],
  },
  purchaseDate: {
    facts: ['orderIds'],
    asked: [/什么时候买|购买日期|哪天买|when did you (?:buy|purchase|order)|purchase date/],
  },
  photos: {
    patterns: [
      /\[(?:图片|图|image|photo|picture|视频|video)\]|照片已|图片已|已经发您|附上|附件|attached|here'?s the (?:photo|picture)|photo attached|pictures attached|截图都给你们了|截图发你了|发了照片/,
      /\bsent (?:you )?(?:the |a |some )?(?:photos?|pictures?|pics?|videos?|screenshots?)\b|(?:照片|图片|视频|截图)(?:已经|都)?发(?:你|您|给你|过去)|拍了(?:照片|视频)/,
    ],
    asked: [/照片|拍张|图片|截图|photo|picture|screenshot/],
  },
  accountId: {
    facts: ['emails', 'phones'],
    patterns: [
      /账号是|账号就是|帐号是|用户名|\buid\b|username|user name|login is|account (?:id|name|number) is|account email is|signed up with/,
    ],
    asked: [/哪个账号|账号是|账号是哪个|您的账号|用户名|which account|username|email address on the account|current email/],
  },
  contact: {
    facts: ['phones', 'emails'],
    asked: [/联系电话|手机号|电话号码|phone number|contact number|email address/],
  },
};

/** A purchase word next to a date makes it a purchase date ("10月20号买的", "bought it on Oct 2"). */
export const PURCHASE_WORDS =
  /买|购买|下单|下的单|入手|拍的|bought|purchased|ordered|order(?:ed)? (?:it|them|on)|\bgot (?:it|them|this|mine|one)\b/;
/** How far before a date a purchase word may stand, within its sentence ("purchased a recliner from your store on 2 October"). */
export const PURCHASE_WINDOW = 80;
/** …unless the date measures use ("用了一周", "穿三天鞋底就开了", "after 3 months", "wore them for a week"). */
export const USAGE_BEFORE_DATE =
  /(?:(?:用|穿|戴|骑|开|洗|玩)了?(?:才|不到|没)?|才|after|used (?:it |them )?for|wor[en] (?:it |them )?(?:for)?|had (?:it|them) for)\s*$/;

/** Replies that don't answer ("不知道在哪找", "not sure where to find it"). */
export const NON_ANSWERS = /不知道|不清楚|忘了|找不到|没有订单号|not sure|don'?t know|no idea|can'?t find|cannot find/;
