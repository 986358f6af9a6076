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
      /微信|支付宝|支付包|花呗|银行卡|信用卡|储蓄卡|借记卡|云闪付|白条|零钱|apple pay|google pay|paypal|visa|mastercard|amex|debit card|credit card|\bcard\b|bank transfer|klarna/,
    ],
    asked: [/付款方式|支付方式|怎么付|用什么.{0,4}(?:付|支付)|how (?:did )?you pay|payment method|paid with|how you paid/],
  },
  errorMessage: {
    facts: ['errorCodes'],
    patterns: [
      /提示|报错|弹出|弹窗|显示 ?[a-z"“]|it says|says ["“]|saying ["“]|error message|no error|no message|没有提示|没提示|没有任何提示|got ["“]|getting ["“]|keep getting/,
    ],
    asked: [/报错|提示|error message|any error|what does the (?:message|error)/],
  },
  steps: {
    patterns: [
      /\b(?:when(?:ever)? i|every time i|each time i|after (?:i |updating|the update|logging|installing|login)|once i|as soon as i|i (?:click|clicked|tap|tapped|press|pressed|open|opened))\b|when i try|\b(?:opening|clicking|tapping|pressing|uploading|exporting|logging in|signing in) (?:the|a|my|to|on)\b/,
      /的时候|一打开就|打开.{0,8}(?:会|就|是)|每次|之后|以后就|点了|点击|点进去|导出的|登录后|后就|一.{1,4}就|(?:更新|升级)(?:完|后)/,
      /\bwhile i was [a-z]+ing\b|\bright (?:after|when|while)\b|\bafter every update\b/,
    ],
    asked: [/操作步骤|哪些操作|做了什么|steps|what (?:did you|happens) (?:do|when)|walk me through/],
  },
  device: {
    patterns: [
      /iphone|ipad|android|安卓|\bios\b|windows|\bmac\b|macbook|mac os|macos|chromebook|linux|华为|小米|三星|samsung|pixel|oppo|vivo|荣耀|鸿蒙|chrome|firefox|safari|\bedge\b/,
    ],
    asked: [
      /什么手机|手机型号|设备|哪个平台|手机 ?app 还是|app 还是网页|which (?:phone|device)|what (?:phone|device)|mobile app or|app or (?:on )?the web/,
    ],
  },
  appVersion: {
    patterns: [
      /(?:版本|version|ver\.?|\bv)\s*\d+(?:\.\d+)+|(?<![\d.])\d+\.\d+\.\d+(?![\d.])|最新版|最新的版本|版本(?:是|也是)?最新|latest version|up to date|(?:firefox|chrome|safari|edge)\s?\d+|version \d+/,
    ],
    asked: [/版本|version/],
  },
  network: {
    patterns: [
      /wi-?fi|\b[345]g\b|流量|移动数据|mobile data|cellular|宽带|broadband|ethernet|vpn|热点|hotspot|网络正常|网络没问题|(?:公司|家里|学校)的?网络|(?:office|home|company|school|work) (?:network|internet)/,
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
export const PURCHASE_WORDS = /买|购买|下单|下的单|bought|purchased|ordered|order(?:ed)? (?:it|them|on)/;
/** …unless the date measures use ("用了一周", "after 3 months"). */
export const USAGE_BEFORE_DATE = /(?:用了|才用了|穿了|after|used (?:it )?for)\s*$/;

/** Replies that don't answer ("不知道在哪找", "not sure where to find it"). */
export const NON_ANSWERS = /不知道|不清楚|忘了|找不到|没有订单号|not sure|don'?t know|no idea|can'?t find|cannot find/;
