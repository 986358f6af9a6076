/**
 * What each rule tells the agent, in the UI language. `{text}` is the flagged words; other
 * `{names}` are filled by the rule. Keys other than `default` are variants a rule picks per finding.
 */
import type { Lang, RuleId } from '../types';

export type Message = Record<Lang, string>;

export const RULE_TITLES: Record<RuleId, Message> = {
  'bare-refusal': { zh: '生硬拒绝', en: 'Bare refusal' },
  blame: { zh: '归咎客户', en: 'Blaming the customer' },
  'closing-mismatch': { zh: '结束语不合时宜', en: 'Closing does not fit' },
  hedge: { zh: '含糊不确定', en: 'Hedging' },
  jargon: { zh: '内部术语', en: 'Jargon' },
  'language-mismatch': { zh: '语言不一致', en: 'Wrong language' },
  overload: { zh: '一条消息说得太多', en: 'Too much for one message' },
  'over-empathy': { zh: '共情过度', en: 'Overdone empathy' },
  placeholder: { zh: '占位符未填写', en: 'Unfilled placeholder' },
  'vague-time': { zh: '时间不具体', en: 'Vague time' },
};

export const MESSAGES: Record<RuleId | 'pack', Record<string, Message>> = {
  'bare-refusal': {
    default: {
      zh: '「{text}」只说了不行：补上原因，再给客户一个能做的替代方案。',
      en: '"{text}" is a bare no: add the reason and one thing you can do instead.',
    },
  },
  blame: {
    default: {
      zh: '「{text}」把问题推给了客户。说清楚现在怎么解决，不追究谁的错。',
      en: '"{text}" puts the fault on the customer. Say how it gets fixed now, not whose fault it was.',
    },
    repeat: {
      zh: '「{text}」听起来在责怪客户没听懂。换个说法重新讲一遍要点。',
      en: '"{text}" sounds like the customer should have listened. Restate the point plainly instead.',
    },
  },
  'closing-mismatch': {
    upset: {
      zh: '客户正在生气或失望，「{text}」会显得敷衍。结尾说明下一步，或留一个能找到您的方式。',
      en: 'The customer is upset; "{text}" will sound dismissive. End with the next step or how to reach you.',
    },
    unresolved: {
      zh: '问题还没解决，「{text}」为时过早。结尾说明下一步和时间。',
      en: 'The problem is not solved yet, so "{text}" comes too early. End with the next step and when.',
    },
  },
  hedge: {
    default: {
      zh: '「{text}」让客户觉得您也没把握。说核实过的事实，或承诺核实后几点前回复。',
      en: '"{text}" tells the customer you are not sure. State the checked fact, or say when you will confirm.',
    },
  },
  jargon: {
    default: {
      zh: '「{text}」是内部说法，客户不一定懂。可以说「{plain}」。',
      en: '"{text}" is internal language the customer may not know. Try "{plain}".',
    },
  },
  'language-mismatch': {
    default: {
      zh: '客户用的是{customer}，这条回复却是{draft}。请用客户的语言回复。',
      en: 'The customer writes in {customer}, but this reply is in {draft}. Reply in their language.',
    },
  },
  overload: {
    default: {
      zh: '这条消息太长或要点太多（{detail}），客户很难一次看完。拆成几条，或写成编号步骤。',
      en: 'This message is long or makes many points ({detail}); hard to take in at once. Split it or number the steps.',
    },
  },
  'over-empathy': {
    default: {
      zh: '「{text}」显得表演化。说出客户的具体情况和感受就够了。',
      en: '"{text}" sounds performed. Naming the customer\'s actual situation and feeling is enough.',
    },
    stacked: {
      zh: '道歉已经说过了，再说「{text}」会显得空洞。道歉一次，然后讲怎么解决。',
      en: 'You have already apologised; another "{text}" sounds hollow. Apologise once, then fix it.',
    },
  },
  placeholder: {
    default: {
      zh: '「{text}」还没填写，客户会看到原样的占位符。',
      en: '"{text}" is still a placeholder; the customer would see it as is.',
    },
  },
  'vague-time': {
    default: {
      zh: '「{text}」没有具体时间，客户会觉得是推托。给出一个能做到的时间。',
      en: '"{text}" gives no time; customers hear it as a brush-off. Give a time you can keep.',
    },
  },
  pack: {
    default: { zh: '{message}', en: '{message}' },
  },
};

/** Names of the languages, for the language-mismatch message. */
export const LANGUAGE_NAMES: Record<Lang, Record<Lang, string>> = {
  zh: { zh: '中文', en: '英文' },
  en: { zh: 'Chinese', en: 'English' },
};

/** The language-mismatch advice, in the UI language. */
export const REPLY_IN: Record<Lang, string> = { zh: '请用{language}回复客户', en: 'Reply to the customer in {language}' };

/** The advice for a team rule's finding, in the UI language (packs carry a message, not a rewrite). */
export const TEAM_RULE_ADVICE: Record<Lang, string> = { zh: '删去或改写「{text}」', en: 'Remove or reword "{text}"' };

export function fillMessage(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
