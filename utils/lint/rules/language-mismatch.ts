import { LANGUAGE_NAMES, REPLY_IN, RULE_TITLES } from '../data/messages';
import { languageOf } from '../draft';
import type { Rule } from '../rule';
import { languageWeights } from '../../conversation/types';

/**
 * Below this share of the customer's language the draft is in another language. Names, order ids
 * and an address copied from the customer do not make it theirs, so the bar is above a sprinkle.
 */
const MIN_SHARE = 0.35;
/** Weighted words before a draft has a language at all. */
const MIN_WORDS = 4;

export const languageMismatch: Rule = {
  info: {
    id: 'language-mismatch',
    defaultSeverity: 'warning',
    scope: 'message',
    replaces: false,
    title: RULE_TITLES['language-mismatch'],
  },
  check(ctx) {
    const customer = ctx.signals.customerLanguage;
    if (!customer) return [];
    // The same weighing as customerLanguage(): a Chinese word is about two characters.
    const { zh, en } = languageWeights(ctx.text);
    if (zh + en < MIN_WORDS) return [];
    const share = (customer === 'zh' ? zh : en) / (zh + en);
    if (share >= MIN_SHARE) return [];
    // A bilingual reply ("…valid for 30 minutes. 重置链接 30 分钟内有效。") has a whole sentence in their
    // language; an address or a name copied into an English sentence does not.
    if (ctx.draft.sentences.some(({ start, end }) => languageOf(ctx.text.slice(start, end)) === customer)) return [];
    const draft = customer === 'zh' ? 'en' : 'zh';
    const names = LANGUAGE_NAMES[ctx.ui];
    return [
      {
        start: 0,
        end: ctx.text.length,
        suggestions: [REPLY_IN[ctx.ui].replace('{language}', names[customer])],
        vars: { customer: names[customer], draft: names[draft] },
      },
    ];
  },
};
