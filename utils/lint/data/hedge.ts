/**
 * Uncertainty about a fact or a commitment. Legitimate uses are carved out in the patterns:
 * 不可能 / 可能性, obligation (这是我们应该做的), risk warnings (可能会导致数据丢失), "might want to".
 * Sorted by key within each language.
 */
import type { Term } from '../terms';

export interface HedgeTerm extends Term {
  /** Regex source tested on the clause before the hit: when it matches, the hedge is already flagged there. */
  unlessClauseBefore?: string;
  /**
   * What the hedge becomes once the agent has checked ('' drops it: 应该明天能到 → 明天能到;
   * 'will' for should). Absent when there is no fact to state (不确定, not sure): then the only
   * suggestion is to confirm by a time.
   */
  asFact?: string;
}

/** The honest alternative to a guess: confirm and reply by a concrete time. */
export const CONFIRM_BY: Record<'zh' | 'en', string> = {
  zh: '我核实后在{time}给您准确答复',
  en: "I'll confirm this and reply {time}",
};

/** A warning about a risk is uncertain by nature ("清除缓存可能会退出登录"): not a hedge. */
const RISK_ZH = '(?:会)?(?:导致|造成|影响|清除|清空|丢失|失效|失败|被拦截|被|产生|出现|退出|延误|延迟|收取|扣)';
const RISK_EN =
  ' (?:cause|delete|erase|lose|remove|reset|affect|result in|log you out|sign you out|be charged|charge|incur|void|cancel|trigger|take longer|delay)\\b';

export const HEDGES: readonly HedgeTerm[] = [
  {
    key: '一般来说',
    lang: 'zh',
    pattern: '一般来说|一般情况下|一般而言|正常来说|通常来说|按理说|按道理|理论上|原则上',
    asFact: '',
  },
  { key: '不一定', lang: 'zh', notAfter: '并|也', notBefore: '[要能会]' },
  {
    key: '不太清楚',
    lang: 'zh',
    pattern: '(?<=(?:我|我们|这边|也)(?:确实|真的|暂时|目前|还|也)?)不(?:太|是很|大)?清楚',
    notBefore: '的地方|的话|的问题|的可以',
  },
  {
    key: '不确定',
    lang: 'zh',
    pattern: '(?<=(?:我|我们|这边|也|还)(?:确实|真的|暂时|目前|还|也)?)不(?:太|是很|大)?确定',
    notBefore: '的地方|的话|的问题|的可以',
  },
  { key: '也许', lang: 'zh', asFact: '' },
  { key: '估计', lang: 'zh', notAfter: '预|评', asFact: '' },
  { key: '似乎', lang: 'zh', asFact: '' },
  { key: '八成', lang: 'zh', asFact: '' },
  {
    key: '可能',
    lang: 'zh',
    notAfter: '不|尽|如有|如果|若有|几种|一种|多种',
    notBefore: `性|的原因|原因|${RISK_ZH}`,
    asFact: '',
  },
  { key: '大概', lang: 'zh', asFact: '' },
  { key: '大约', lang: 'zh', asFact: '' },
  { key: '大致', lang: 'zh', asFact: '' },
  { key: '好像', lang: 'zh', notAfter: '就', asFact: '' },
  // 三天左右 / 50 元左右: an estimate where the customer needs the figure.
  {
    key: '左右',
    lang: 'zh',
    pattern:
      '(?<=[\\d一二两三四五六七八九十百千几半]\\s*(?:个)?\\s*(?:天|小时|分钟|元|块|周|月|工作日|件|点|号|次|斤|公斤|米|%)?\\s*)左右',
    unlessClauseBefore: '大概|大约|差不多|估计|大致',
    asFact: '',
  },
  { key: '差不多', lang: 'zh', asFact: '' },
  // Probability, not duty: 应该明天能到 (hedge) vs 这是我们应该做的 / 您应该在 7 天内申请 (obligation).
  {
    key: '应该',
    lang: 'zh',
    notAfter: '本|理|也|更',
    pattern:
      '应该(?=是|会|能|可以|没(?:有)?(?:问题|事|影响)|已经|已|(?<!您应该)在|就|不会|不是|快|马上|很快|明天|今天|后天|下周|这两天|\\d|到|好了|可以了|没事|有|还|问题不大|不大)',
    unlessSentence: '按(?:照)?规定|根据规定|本应|理应|按流程|按照流程|应该[^,。!?,!?]*的(?:[,,。!!]|$)',
    asFact: '',
  },
  { key: '我猜', lang: 'zh', asFact: '' },
  { key: '或许', lang: 'zh', asFact: '' },
  { key: '说不定', lang: 'zh', asFact: '' },
  { key: '貌似', lang: 'zh', asFact: '' },

  {
    key: 'I believe',
    lang: 'en',
    pattern: '\\bI (?:believe|suppose|assume|reckon|imagine)\\b(?! (?:you|we) (?:deserve|should be treated))',
    asFact: '',
  },
  { key: "I don't know", lang: 'en', pattern: "\\b(?:I|we) (?:don't|do not) (?:know|have any idea)\\b|\\bno idea\\b" },
  { key: 'I guess', lang: 'en', asFact: '' },
  { key: 'I think', lang: 'en', pattern: "\\bI think\\b(?! (?:you(?:'ll| will) (?:love|like|enjoy)|so\\b))", asFact: '' },
  { key: 'approximately', lang: 'en', pattern: '\\b(?:approximately|roughly|more or less|give or take)\\b', asFact: '' },
  {
    key: 'as far as I know',
    lang: 'en',
    pattern: "\\b(?:as far as I (?:know|can tell)|if I'm not mistaken|I'd say)\\b",
    asFact: '',
  },
  {
    key: 'generally speaking',
    lang: 'en',
    pattern: '\\b(?:generally speaking|in theory|in principle|theoretically)\\b',
    asFact: '',
  },
  { key: 'hopefully', lang: 'en', asFact: '' },
  {
    key: 'it seems',
    lang: 'en',
    pattern: '\\b(?:it seems|seems to be|it appears(?= (?:that|to|as if|like)\\b|,)|appears to be|seems like)\\b',
  },
  { key: 'likely', lang: 'en', pattern: '\\b(?:(?:most|quite|very|more than) )?(?:un)?likely\\b', asFact: '' },
  { key: 'maybe', lang: 'en', asFact: '' },
  {
    key: 'might',
    lang: 'en',
    pattern: `\\bmight\\b(?! I\\b| (?:want|like|wish|prefer|find it|enjoy|be interested)\\b|${RISK_EN}|(?: also)? help\\b)`,
    notAfter: '\\bwhat you |\\bwhich ',
    asFact: 'will',
  },
  {
    key: 'not sure',
    lang: 'en',
    pattern:
      "\\b(?:I'm|I am|we're|we are|I was|we were)(?: still| just)? (?:not (?:100% |entirely |completely |totally |quite )?(?:sure|certain)|unsure|uncertain)\\b",
  },
  {
    key: 'not sure (alone)',
    lang: 'en',
    pattern: '\\bnot (?:100% |entirely |totally |quite )?sure\\b',
    notAfter: "\\b(?:you're|you are|you were|I'm|I am|we're|we are|I was|we were|if) (?:still |just )?",
  },
  { key: 'perhaps', lang: 'en', asFact: '' },
  { key: 'possibly', lang: 'en', notAfter: '\\b(?:as (?:soon|quickly|fast) as |can |could )', asFact: '' },
  { key: 'probably', lang: 'en', asFact: '' },
  // Likelihood, not advice: "it should arrive" (hedge) vs "you should contact your bank" (advice).
  {
    key: 'should',
    lang: 'en',
    pattern:
      "\\bshould(?:n't)?(?= (?:be|arrive|reach|work|receive|see|get|come|show|appear|take|land|clear|go through|update|fix|do|solve|sort|help|resolve|reflect|return|start|kick in|load)\\b|(?<!\\b(?:we|We|I) should) have (?:arrived|been|reached|received|gone|cleared|landed|shipped|updated|appeared|seen|got|gotten)\\b)",
    asFact: 'will',
  },
  { key: "we're hoping", lang: 'en', pattern: "\\b(?:I'm|I am|we're|we are) (?:hoping|optimistic)\\b", asFact: '' },
];
