/**
 * Unfilled slots of a template or a copied reply. Brackets count only around a slot name, so that
 * 【重要提醒】 or an emoticon like [微笑] is left alone.
 */

/** Words that name a slot: `[姓名]`, `<order id>`, `【订单号】`. Regex source, matched on the whole content. */
export const SLOT_NAMES = [
  '(?:客户|用户|收件人|联系人|客服|顾客|您的)?(?:姓名|名字|名称|称呼|昵称|用户名)|(?:客户|客服|用户|顾客)名',
  '(?:快递|物流|运|订|工|退款|售后|服务)?单号|订单(?:编号|号码)?|编号|工号|账号|型号|数量|金额|价格|日期|时间|地址|电话|手机号?|邮箱|链接|网址|原因|商品(?:名称?)?|产品(?:名称?)?|验证码|密码|卡号|身份证号?|会员号|优惠码|券码|兑换码|门店|网点|天数|次数|折扣|期限|城市|此处|这里|待填|待定|请填写?[^\\]】>〉]*|填写[^\\]】>〉]*|(?:某某|[Xx×]{2,})[^\\]】>〉]*',
  '(?:customer|client|agent|user|first|last|full|your|my|rep)?[ _-]?name|customer|client|recipient|member|company|store|city|code|otp|pin|username|plan|(?:order|tracking|ticket|case|account|reference|invoice|refund)[ _-]?(?:id|number|no\\.?|#)|date|time|amount|price|product(?:[ _-]name)?|item|link|url|address|phone(?:[ _-]number)?|email|reason|insert[^\\]>]*|fill[ _-]?in[^\\]>]*|tbd|todo|placeholder|x{2,}',
];

/** Placeholder shapes that need no slot name. Regex sources. */
export const PLACEHOLDER_SHAPES = [
  '\\{\\{[^{}\\n]{0,60}\\}\\}|\\{\\{',
  '<<[^<>\\n]{1,30}>>',
  '(?<!\\{)\\{(?:[A-Za-z_][\\w.]{0,30}|[\\u4e00-\\u9fff]{1,8})\\}(?!\\})',
  '(?<![A-Za-z0-9])(?:[Xx]{2,}|×{2,})(?![A-Za-z0-9])|某某',
  '_{3,}|＿{2,}',
  '\\b(?:TBD|TODO|FIXME|TKTK)\\b|%s\\b|%[A-Z_]{2,}%|\\$\\{[^}\\n]{1,30}\\}',
  // Date and time patterns left in a template: DD/MM, HH:MM, YYYY-MM-DD; X 月 X 日.
  '\\b(?:DD|MM|YYYY|YY)(?:[/.-](?:DD|MM|YYYY|YY)){1,2}\\b|\\bHH:MM\\b',
  '(?<![A-Za-z0-9])[Xx×]{1,2}\\s?月\\s?[Xx×]{1,2}\\s?[日号]|(?<![A-Za-z0-9])[Xx×]\\s?(?=[月日号点时元天])[月日号点时元天]',
];

/** Brackets whose content is checked against SLOT_NAMES. */
export const SLOT_BRACKETS = [
  '\\[([^\\[\\]\\n]{1,30})\\]',
  '【([^【】\\n]{1,20})】',
  '〈([^〈〉\\n]{1,20})〉',
  '<([^<>\\n]{1,30})>',
];

/** Markup an agent may legitimately type between angle brackets. */
export const HTML_TAGS = '/?(?:a|b|i|u|p|br|hr|div|span|strong|em|img|ul|ol|li|h[1-6]|code|pre|small|sub|sup)\\s*/?';

export const FILL_IN: Record<'zh' | 'en', string> = {
  zh: '填入实际内容：{what}',
  en: 'Fill in the real value: {what}',
};
