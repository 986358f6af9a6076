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
  /** A modal verb (may, might, could be): inside a condition ("if you used another email, it may have gone there") it states the consequence, not a guess. */
  modal?: boolean;
}

/** The honest alternative to a guess: confirm and reply by a concrete time. */
export const CONFIRM_BY: Record<'zh' | 'en', string> = {
  zh: '我核实后在{time}给您准确答复',
  en: "I'll confirm this and reply {time}",
};

/**
 * Saying what is not known yet and when it will be (我暂时不确定，今天 17:00 前查清楚告诉您 / I'm not sure
 * yet; I'll confirm by 3 PM) is the honest answer: an admission followed, in its sentence or the next,
 * by a concrete time and one of these is not flagged.
 */
export const FIND_OUT =
  '查|核实|确认|告诉|告知|答复|回复|通知|联系您|同步|\\b(?:confirm|check|find out|get back|let you know|update you|reply|answer|call you|email you|message you|tell you)\\b';

/** A warning about a risk is uncertain by nature ("清除缓存可能会退出登录"): not a hedge. */
const RISK_ZH =
  '(?:会)?(?:有)?(?:让(?:您|你)|使(?:您|你)|导致|造成|影响|清除|清空|丢失|失效|失败|被拦截|被|产生|出现|退出|延误|延迟|推迟|耽误|晚点|晚到|收取|扣)';
const RISK_EN =
  ' (?:also |even |then |still |sometimes )?(?:cause|delete|erase|lose|remove|reset|affect|result in|log you out|sign you out|be charged|charge|incur|void|cancel|trigger|take longer|delay)\\b';

/**
 * 应该: likelihood (应该明天能到, 您应该收到过短信, 我们应该能赶上) or duty (这是我们应该做的, 我们应该提前通知您,
 * 您应该在 7 天内申请). Who says it decides: after 您 it is likelihood only before 收到/看到/已经…, after
 * 我们 only before 能/会/是…; without a subject, anything but a duty verb.
 */
const LIKELY_YOU = '收到|看到|已经|已|会收到|能看到|可以看到|有收到|能收到';
const LIKELY_WE = '能|可以|会|是|已经|已|没|不会|快|就|赶得上|来得及|\\d|在\\s*\\d';
const DUTY_ZH =
  '的|做|要|去|先|提前|早点|及时|负责|承担|注意|按|遵守|由|向|主动|提醒|告诉|通知|感谢|谢谢|道歉|尊重|保护|把|跟|和|给您|为您|帮您|认真|好好|多|更';
const SUBJECT_ZH = '(?:您|你|我们|我|咱们|本|理|也|更)(?:当时|之前|现在|那边|这边|也)?';

/** What a thing "should" do when it is a forecast: arrive, work, be there, hit the account. */
const LIKELY_VERBS_EN =
  'be|arrive|reach|work|receive|see|get|come|show|appear|take|land|clear|go through|go out|update|fix|do|solve|sort|help|resolve|reflect|return|start|kick in|load|hit|ship|turn up|show up|pop up|come through|sync|refresh|process|post|finish|complete|last|stop';
const LIKELY_PP_EN = 'arrived|been|reached|received|gone|cleared|landed|shipped|updated|appeared|seen|got|gotten';

/** A heads-up (Please note the order might be split…, 温馨提示): a modal there states a possibility the customer should know about, not a guess. */
export const NOTICE_OPENERS =
  '^\\s*(?:please note|note that|just so you know|for your information|FYI|heads up|请注意|温馨提示|提醒您|友情提示)';

/** "longer than it should be": the norm something missed, not a forecast. */
const NORM_EN = '\\bthan (?:it|this|that|they|we|I|you) ';

/** "I'm pretty sure", "we're fairly certain": certain enough to say, not certain enough to check. */
const QUALIFIED_CERTAINTY = 'fairly|pretty|quite|reasonably|almost|nearly|mostly';

export const HEDGES: readonly HedgeTerm[] = [
  {
    key: '一般来说',
    lang: 'zh',
    pattern: '一般来说|一般情况下|一般而言|正常来说|通常来说|按理说|按理来说|按道理|照理说|照理|按说|按常理|照常理|理论上|原则上',
    asFact: '',
  },
  { key: '不一定', lang: 'zh', notAfter: '并|也', notBefore: '[要能会]' },
  {
    key: '不出意外',
    lang: 'zh',
    pattern: '不出意外(?:的话)?|如无意外|没(?:有)?(?:什么)?意外的话|顺利的话',
    asFact: '',
  },
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
  { key: '估摸', lang: 'zh', pattern: '估摸(?:着)?', asFact: '' },
  { key: '估计', lang: 'zh', notAfter: '预|评', asFact: '' },
  { key: '似乎', lang: 'zh', asFact: '' },
  { key: '八成', lang: 'zh', asFact: '' },
  // 排除了被盗刷的可能 / 这种可能: the noun, not a guess.
  {
    key: '可能',
    lang: 'zh',
    pattern: '(?<![的种个])可能',
    notAfter: '不|尽|如有|如果|若有|几种|一种|多种',
    notBefore: `性|的原因|原因|${RISK_ZH}`,
    modal: true,
    asFact: '',
  },
  { key: '多半', lang: 'zh', pattern: '多半|十有八九|八九不离十|很可能(?!性)', asFact: '' },
  { key: '大概', lang: 'zh', asFact: '' },
  { key: '大概率', lang: 'zh', asFact: '' },
  { key: '大约', lang: 'zh', asFact: '' },
  { key: '大致', lang: 'zh', asFact: '' },
  { key: '好像', lang: 'zh', notAfter: '就', asFact: '' },
  // 三天左右 / 50 元左右: an estimate where the customer needs the figure.
  {
    key: '左右',
    lang: 'zh',
    pattern:
      '(?<=[\\d一二两三四五六七八九十百千几半]\\s*(?:个)?\\s*(?:天|小时|分钟|元|块|周|月|工作日|件|点|号|次|斤|公斤|米|%)?\\s*)(?:左右|上下)',
    unlessClauseBefore: '大概|大约|差不多|估计|大致',
    asFact: '',
  },
  { key: '差不多', lang: 'zh', asFact: '' },
  // Probability, not duty: 应该明天能到 (hedge) vs 这是我们应该做的 / 您应该在 7 天内申请 (obligation).
  {
    key: '应该',
    lang: 'zh',
    notAfter: '本|理|也|更',
    pattern: `(?<=(?:您|你)(?:当时|之前|现在|那边)?)应该(?=${LIKELY_YOU})|(?<=(?:我们|我|咱们)(?:这边|那边)?(?:也)?)应该(?=${LIKELY_WE})|(?<!${SUBJECT_ZH})应该(?!${DUTY_ZH})`,
    unlessSentence:
      '按(?:照)?(?:规定|规则|流程|政策)|根据(?:[^,。!?,!?]{0,6})?(?:规定|规则|条款|政策|协议)|本应|理应|(?:原本|本来|原来)[^,。!?,!?]{0,12}应该|应该(?!是)[^,。!?,!?]*的(?:[,,。!!]|$)',
    asFact: '',
  },
  { key: '我猜', lang: 'zh', pattern: '我猜(?:测|想)?', asFact: '' },
  // An opinion about a fact (我觉得是快递的问题), not a recommendation (我觉得您穿 M 码更合适).
  {
    key: '我觉得',
    lang: 'zh',
    pattern:
      '(?:我(?:个人)?(?:觉得|感觉|认为|推测)|(?<!(?:您|你))感觉)(?=应该|可能|是|会|没|不会|大概|已经|问题|就是|估计|也许|还是|[^,。!?,!?]{0,6}(?:的问题|导致|造成|的原因))',
    asFact: '',
  },
  { key: '或许', lang: 'zh', asFact: '' },
  { key: '据我所知', lang: 'zh', pattern: '据我(?:所知|了解|观察)|就我所知|(?:我)?印象(?:中|里)', asFact: '' },
  { key: '没准', lang: 'zh', pattern: '没准(?:儿)?|兴许', asFact: '' },
  { key: '看样子', lang: 'zh', pattern: '看样子|看(?:起)?来(?=是|应该|可能|像|要|会)', asFact: '' },
  { key: '说不准', lang: 'zh', pattern: '说不(?:准|好)|不好说|很难说|拿不准|吃不准|不敢(?:肯定|确定)|不(?:太|能)肯定' },
  { key: '说不定', lang: 'zh', asFact: '' },
  { key: '貌似', lang: 'zh', asFact: '' },

  {
    key: 'I believe',
    lang: 'en',
    pattern:
      "\\b(?:I|we) (?:believe|suppose|assume|reckon|imagine)\\b(?! in\\b| (?:you|we) (?:deserve|should be treated))|\\b(?:I'm|I am|we're|we are) (?:guessing|assuming|thinking)\\b(?! (?:of|about)\\b)",
    asFact: '',
  },
  { key: "I don't know", lang: 'en', pattern: "\\b(?:I|we) (?:don't|do not) (?:know|have any idea)\\b|\\bno idea\\b" },
  { key: 'I guess', lang: 'en', asFact: '' },
  { key: 'I think', lang: 'en', pattern: "\\b(?:I|we) think\\b(?! (?:you(?:'ll| will) (?:love|like|enjoy)|so\\b))", asFact: '' },
  { key: "I'd imagine", lang: 'en', pattern: "\\bI(?:'d| would) (?:imagine|think|guess|assume|expect|suspect)\\b", asFact: '' },
  {
    key: "I'm fairly sure",
    lang: 'en',
    pattern: `\\b(?:I'm|I am|we're|we are) (?:${QUALIFIED_CERTAINTY}) (?:sure|certain|confident)\\b`,
    asFact: '',
  },
  { key: 'approximately', lang: 'en', pattern: '\\b(?:approximately|roughly|more or less|give or take)\\b', asFact: '' },
  {
    key: 'as far as I know',
    lang: 'en',
    pattern:
      "\\b(?:as far as (?:I|we) (?:know|can tell)|if I'm not mistaken|I'd say|if memory serves(?: me)?(?: right)?|if I (?:remember|recall)(?: correctly| rightly)?|(?:to|to the best of) (?:my|our) knowledge|from memory|off the top of my head|I'm under the impression|I was under the impression|my understanding is|as I understand it|I gather)\\b",
    asFact: '',
  },
  {
    key: 'chances are',
    lang: 'en',
    pattern:
      "\\b(?:chances are|odds are|in all likelihood|there(?:'s| is) a (?:good |high |strong |fair |decent )?chance(?= (?:that|the|it|your|you|we|they|this)\\b)|it(?:'s| is) (?:probable|possible|likely)(?= that\\b))\\b",
    asFact: '',
  },
  // A guess about a fact: "it could be your bank", not an offer ("it could be sent today").
  {
    key: 'could be',
    lang: 'en',
    pattern:
      '\\b(?:it|this|that|there) could (?:be|have been)\\b(?! (?:done|arranged|sent|shipped|fixed|ready|delivered|refunded|processed|sorted|resolved|changed|booked|collected)\\b)|\\bcould be (?=(?:that|because|due to|related to|caused by|linked to)\\b)',
    asFact: '',
    modal: true,
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
    pattern:
      '\\b(?:it seems|seems to be|it appears(?= (?:that|to|as if|like)\\b|,)|appears to be|seems like)\\b|(?<=(?:^|[.!?]\\s+|\\n))seems\\b',
  },
  // Not known yet, said without when it will be ("It's unclear why the payment failed").
  {
    key: "it's unclear",
    lang: 'en',
    pattern: "\\b(?:it's|it is) (?:still |currently )?(?:unclear|not (?:yet )?clear)\\b(?! to me)",
  },
  { key: 'likely', lang: 'en', pattern: '\\b(?:(?:most|quite|very|more than) )?(?:un)?likely\\b', asFact: '' },
  // A guess about what happened (it may have expired, it may be a browser issue), not a policy (may take up to).
  {
    key: 'may',
    lang: 'en',
    pattern: `\\bmay well\\b|\\bmay(?= (?:have (?:been|gone|got|gotten|\\w+ed)|be (?:a|an|the|because|due|that|down|related|caused|linked|stuck|delayed|lost|missing|wrong|expired|outdated|broken|blocked|why|what))\\b)(?!${RISK_EN})`,
    notAfter: '\\b(?:you|You) ',
    modal: true,
  },
  { key: 'maybe', lang: 'en', asFact: '' },
  {
    key: 'might',
    lang: 'en',
    pattern: `\\bmight(?:'ve|n't)?\\b(?! I\\b| (?:want|like|wish|prefer|find it|enjoy|be interested|be worth|be (?:a good idea|best|easier|quicker|simpler|helpful))\\b|${RISK_EN}|(?: also)? help\\b)`,
    notAfter: '\\bwhat you |\\bwhich ',
    asFact: 'will',
    modal: true,
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
    pattern: '\\bnot (?:100% |entirely |totally |completely |quite )?(?:sure|certain)\\b',
    notAfter: "\\b(?:you're|you are|you were|I'm|I am|we're|we are|I was|we were|if) (?:still |just )?",
  },
  {
    key: 'ought to',
    lang: 'en',
    pattern: '\\bought to\\b(?! (?:have told|have let|apologi[sz]e|know)\\b)',
    notAfter: NORM_EN,
    asFact: 'will',
  },
  { key: 'perhaps', lang: 'en', asFact: '' },
  { key: 'possibly', lang: 'en', notAfter: '\\b(?:as (?:soon|quickly|fast) as |can |could )', asFact: '' },
  { key: 'presumably', lang: 'en', pattern: '\\b(?:presumably|supposedly|apparently|conceivably|seemingly)\\b', asFact: '' },
  { key: 'probably', lang: 'en', asFact: '' },
  // Likelihood, not advice: "it should arrive" (hedge) vs "you should contact your bank" (advice), "we
  // should have told you" (regret), "Should you need…" (a condition). Who is the subject decides.
  {
    key: 'should',
    lang: 'en',
    pattern: `(?<!\\b(?:you|we|I) )\\bshould(?:n't)?(?= (?:${LIKELY_VERBS_EN})\\b|(?<!\\b(?:we|I) should) have (?:${LIKELY_PP_EN})\\b)|(?<=\\byou )should(?= (?:receive|get|see|find|notice|hear|be able to)\\b| have (?:received|got|gotten|seen|been (?:sent|given|notified|emailed|charged|refunded|credited)|the|a|an|your|it|them|access)\\b)|(?<=\\b(?:we|I) )should(?= be (?:able|done|ready|fixed|back|sorted|there|finished|all set|good)\\b| have (?:it|this|that|the|your|a|an|everything|an answer|news)\\b)`,
    notAfter: NORM_EN,
    asFact: 'will',
  },
  { key: "we're hoping", lang: 'en', pattern: "\\b(?:I'm|I am|we're|we are) (?:hoping|optimistic)\\b", asFact: '' },
];
