/**
 * What the suggestion ranker knows, as data: which template tags carry which feeling and how strong,
 * which customer words a topical tag stands for, how a clarification template asks for each missing
 * fact, how to fill a template's {{cursor}} from the facts, and the words of the one-line reasons.
 * Customer words are folded (lower case) like the analysis lexicons.
 */
import type { Emotion, Language, MissingName, Scenario } from '../conversation/labels';

export type Tone = 'low' | 'medium' | 'high';

/** Feeling tags on empathy templates: the emotion they name and how strongly. */
export const TONE_TAGS: Record<string, { emotions: readonly Emotion[]; tone: Tone }> = {
  alarmed: { emotions: ['anxious'], tone: 'high' },
  angry: { emotions: ['angry'], tone: 'high' },
  annoyed: { emotions: ['angry', 'confused'], tone: 'medium' },
  complaint: { emotions: ['angry', 'disappointed'], tone: 'high' },
  disappointed: { emotions: ['disappointed'], tone: 'medium' },
  exhausted: { emotions: ['angry', 'disappointed'], tone: 'high' },
  frustrated: { emotions: ['angry', 'disappointed'], tone: 'medium' },
  overwhelmed: { emotions: ['confused', 'anxious'], tone: 'medium' },
  scared: { emotions: ['anxious'], tone: 'high' },
  stressful: { emotions: ['anxious'], tone: 'medium' },
  upset: { emotions: ['angry', 'disappointed'], tone: 'medium' },
  worried: { emotions: ['anxious'], tone: 'medium' },
  失望: { emotions: ['disappointed'], tone: 'medium' },
  安抚: { emotions: ['anxious', 'angry'], tone: 'medium' },
  害怕: { emotions: ['anxious'], tone: 'high' },
  投诉: { emotions: ['angry'], tone: 'high' },
  烦躁: { emotions: ['angry', 'confused'], tone: 'medium' },
  生气: { emotions: ['angry'], tone: 'high' },
  着急: { emotions: ['anxious'], tone: 'medium' },
};

/** The customer's intensity as a tone: below 0.45 low, from 0.75 high. */
export const TONE_BOUNDS = { medium: 0.45, high: 0.75 } as const;

/**
 * Topical template tags and the customer words they stand for; a tag not listed here matches when
 * the customer writes the tag itself.
 */
export const TOPIC_WORDS: Record<string, readonly string[]> = {
  again: ['again', 'second', 'third', 'times', 'still', 'keeps'],
  broken: ['broken', 'cracked', 'shattered', 'smashed', 'dented', 'damaged'],
  cancelled: ['cancelled', 'canceled', 'cancel'],
  charge: ['charged', 'charge', 'billed'],
  damaged: ['broken', 'cracked', 'damaged', 'crushed', 'soaked', 'shattered', 'dented'],
  data: ['gone', 'lost', 'disappeared', 'deleted', 'notes', 'recipes', 'files'],
  deadline: ['by tomorrow', 'need it by', 'need this by', 'in time', 'wedding', 'birthday', 'trip'],
  delay: ['late', 'delay', 'still not', 'not arrived', "hasn't arrived", 'still nothing', 'days', 'week'],
  delivered: ['delivered'],
  double: ['twice', 'double', 'two charges', '3 times', 'three times', 'duplicate'],
  error: ['error', 'keeps', 'still'],
  faulty: ['faulty', 'defect', 'broken', 'stopped working', "doesn't work", 'not working'],
  gift: ['gift', 'birthday', 'present', 'wedding'],
  hacked: ['hacked', "didn't make", "wasn't me", 'logged in from', 'unusual sign-in', 'not me', "didn't place"],
  late: ['late', 'delay', 'still not', 'not arrived', 'still nothing', 'supposed to arrive'],
  locked: ['locked', 'suspended', "can't log in", "can't get in", 'blocked'],
  login: ['log in', 'login', 'sign in', 'password'],
  lost: ['lost', 'gone', 'missing'],
  menu: ['find', 'where is', 'hidden', 'menu', 'looked everywhere'],
  missing: ['missing', 'not here', 'nothing here', "didn't get", 'never got', 'not received'],
  outage: ['down', 'not working', "can't access", 'blocked'],
  repeat: ['again', 'third time', 'second time', 'times', 'each time', 'every time'],
  safety: ['smoke', 'smoking', 'spark', 'fire', 'burning', 'shock', 'swallow', 'hospital', 'hurt', 'too hot'],
  setup: ['set up', 'setup', 'first time', 'new'],
  waiting: ['waiting', 'still no', 'still not', 'weeks', 'days'],
  wrong: ['wrong', 'instead of', 'not what i ordered'],
  付款: ['付款', '钱扣了', '扣款', '付过了'],
  修改地址: ['改地址', '地址写错', '修改地址', '改一下地址'],
  催发货: ['不发货', '没发货', '还没发货', '发货'],
  入口: ['找不到', '在哪', '没找到'],
  反复: ['又', '第二次', '第三次', '好几次', '反复', '每次', '三次', '无数次'],
  安全: ['冒烟', '着火', '漏电', '被电', '焦味', '吞', '受伤', '医院', '烫', '火花'],
  延误: ['还没到', '没更新', '不动', '延误', '还在路上', '天了', '一个星期', '迟迟'],
  影响工作: ['工作', '会议', '客户', '老板', '报表', '交材料'],
  快递员: ['快递员', '快递小哥', '派件员', '派送员'],
  扣款: ['扣款', '扣了', '扣钱', '扣费'],
  找不到: ['找不到', '没找到', '在哪'],
  数据丢失: ['没了', '丢失', '不见了', '全没了'],
  未收到: ['没收到', '未收到', '没看到包裹', '根本没收到'],
  破损: ['碎', '破', '压扁', '破损', '裂', '坏'],
  礼物: ['礼物', '送人', '生日'],
  等待: ['排队', '等了', '接通', '分钟'],
  签收: ['签收'],
  被盗: ['被盗', '盗号', '异地登录', '陌生设备', '不是我'],
  退款慢: ['还没到账', '没到账', '还没到', '天了', '慢'],
  退款被拒: ['驳回', '拒绝', '被拒', '没通过'],
  重复扣款: ['扣了两次', '扣了我两次', '两笔', '重复扣', '多扣', '扣了三次', '两次钱'],
  锁定: ['锁', '封', '冻结'],
  闪退: ['闪退', '崩'],
  降价: ['降价', '便宜了', '差价'],
};

/** Words in a clarification template that ask for each missing fact. */
export const ASKS_FOR: Record<MissingName, RegExp> = {
  orderId: /订单号|order number|the order number|order #/,
  trackingNumber: /运单号|tracking number/,
  amount: /金额|which amount|amount/,
  paymentMethod: /支付方式|付款方式|did you pay|pay by|paid by|payment method/,
  errorMessage: /报错|提示|error|message says|exact text/,
  steps: /操作步骤|哪些操作|步骤|按顺序|steps|walk me through|what happened when/,
  device: /设备|手机|what (?:phone|device)|which (?:phone|device)|app or (?:on )?the web|电脑客户端还是网页|手机 app/,
  appVersion: /版本|version/,
  network: /wi-?fi|流量|网络|mobile data|network/,
  productModel: /型号|model/,
  purchaseDate: /购买日期|什么时候买|when did you buy|bought it/,
  photos: /照片|图片|截图|photo|picture|screenshot/,
  accountId: /手机号或邮箱|账号|which email|email address|sign in with|username/,
  contact: /联系电话|phone number|contact/,
};

/** Tags of a clarification that mirrors the customer's problem back (for when nothing is missing). */
export const MIRROR_TAGS: readonly string[] = ['mirror', '复述', '确认', 'confirm'];

/** Tags of templates written for a safety incident: they lead when the customer reports one. */
export const SAFETY_TAGS: readonly string[] = ['safety', '安全'];

/** Tags of a resolution that hands the case to a senior colleague. */
export const HANDOVER_TAGS: readonly string[] = ['handover', 'senior', 'supervisor', '主管', '转交'];

/**
 * Filling `{{cursor}}` from the facts when the words around it say what goes there: "下单 {{cursor}}
 * 天了" takes a number of days, "was due on {{cursor}}" a date, 'the message says "{{cursor}}"' the
 * customer's error text. `before`/`after` are tested on the body around the cursor.
 */
export interface CursorFill {
  before?: RegExp;
  after?: RegExp;
  fill: 'days' | 'date' | 'duration' | 'errorMessage' | 'product' | 'contacts' | 'problem';
}

export const CURSOR_FILLS: readonly CursorFill[] = [
  { after: /^\s*times/, fill: 'contacts' },
  { before: /(?:arrived|遇到)\s*$/, fill: 'problem' },
  { after: /^\s*天/, fill: 'days' },
  { after: /^\s*days/, fill: 'days' },
  { before: /(?:due on|since|on|从|在)\s*$/, fill: 'date' },
  { before: /(?:waiting|took)\s*$/i, fill: 'duration' },
  { before: /says\s*"$|提示是“$/, fill: 'errorMessage' },
  { before: /your\s*$/i, after: /^\s*arrived/, fill: 'product' },
];

/** Words for the one-line reasons, in the UI language. */
export const REASON_WORDS: Record<
  Language,
  {
    emotion: Record<Emotion, string>;
    tone: Record<Tone, string>;
    topic: Record<Scenario, string>;
    missing: Record<MissingName, string>;
    separator: string;
  }
> = {
  en: {
    emotion: {
      angry: 'angry',
      anxious: 'anxious',
      disappointed: 'disappointed',
      confused: 'confused',
      neutral: 'calm',
      positive: 'pleased',
    },
    tone: { low: 'a little ', medium: '', high: 'very ' },
    topic: {
      order: 'their order',
      logistics: 'a delivery',
      refund: 'a refund',
      quality: 'a faulty item',
      technical: 'a technical problem',
      account: 'their account',
      howto: 'how to do something',
      general: 'the service',
    },
    missing: {
      orderId: 'order number',
      trackingNumber: 'tracking number',
      amount: 'amount',
      paymentMethod: 'payment method',
      errorMessage: 'exact error message',
      steps: 'steps taken',
      device: 'device',
      appVersion: 'app version',
      network: 'network',
      productModel: 'product model',
      purchaseDate: 'purchase date',
      photos: 'photos',
      accountId: 'account',
      contact: 'contact details',
    },
    separator: ', ',
  },
  zh: {
    emotion: {
      angry: '生气',
      anxious: '着急',
      disappointed: '失望',
      confused: '困惑',
      neutral: '平静',
      positive: '满意',
    },
    tone: { low: '有点', medium: '', high: '很' },
    topic: {
      order: '订单',
      logistics: '物流',
      refund: '退款',
      quality: '商品质量',
      technical: '技术故障',
      account: '账号',
      howto: '使用方法',
      general: '服务',
    },
    missing: {
      orderId: '订单号',
      trackingNumber: '运单号',
      amount: '金额',
      paymentMethod: '支付方式',
      errorMessage: '报错原文',
      steps: '操作步骤',
      device: '设备',
      appVersion: 'App 版本',
      network: '网络',
      productModel: '型号',
      purchaseDate: '购买日期',
      photos: '照片',
      accountId: '账号',
      contact: '联系方式',
    },
    separator: '、',
  },
};
