/**
 * Performed empathy: exaggerated understanding, "me too" stories, apologies stacked on apologies.
 * Naming the customer's feeling once ("我理解您很着急", "I understand you're disappointed") is good
 * practice and is not listed. Sorted by key within each language.
 */
import type { Term } from '../terms';

export const OVERDONE: readonly Term[] = [
  { key: '心疼您', lang: 'zh', pattern: '(?:好|太|真)?心疼(?:您|你)|我的心都(?:碎|揪)了' },
  { key: '感同身受', lang: 'zh', pattern: '(?:完全|绝对|真的|非常)?(?:能)?感同身受' },
  {
    key: '我也遇到过',
    lang: 'zh',
    pattern:
      '我(?:自己|家人|家里人|之前|以前|上次)?也(?:遇到|碰到|经历|有过|遭遇|踩)(?:过)?(?:一模一样|同样|一样|类似|差不多|这样|这种)?(?:(?:的)?(?:事情|事|情况|问题|经历|坑))?',
  },
  {
    key: '我太理解您了',
    lang: 'zh',
    pattern:
      '我(?:真的|实在|是|简直|真是|可)?(?:太|超级|特别特别|非常非常|百分百|百分之百|完完全全|十二分)(?:能)?(?:理解|明白|懂)(?:您|你)(?:了|的感受|的心情)?',
  },
  {
    key: '我比您还着急',
    lang: 'zh',
    pattern: '我(?:比(?:您|你)还|和(?:您|你)一样|跟(?:您|你)一样)(?:着急|生气|难过|崩溃|心急(?:如焚)?|焦急|上火|气愤|郁闷|难受)',
  },
  {
    key: '换作是我早就崩溃了',
    lang: 'zh',
    pattern:
      '换(?:做|作|成)?(?:是)?我(?:的话)?(?:早就|肯定|都|也早|早)(?:疯了|崩溃了?|气炸了?|炸了|受不了了?|急死了?|气死了?|投诉了)',
  },

  {
    key: 'I can totally relate',
    lang: 'en',
    pattern: '\\bI (?:can )?(?:totally|completely|so|really|absolutely|100%) relate\\b',
  },
  {
    key: 'I feel your pain',
    lang: 'en',
    pattern: "\\bI (?:really )?feel your pain\\b|\\bI(?:'ve| have) been (?:there|in your shoes)\\b",
  },
  {
    key: 'I know exactly how you feel',
    lang: 'en',
    pattern:
      "\\bI (?:know|feel|understand|get) (?:exactly|just|precisely) (?:how|what) you(?:'re| are)? (?:feel|feeling|going through)\\b",
  },
  {
    key: 'I totally understand',
    lang: 'en',
    pattern:
      "\\bI (?:totally|absolutely|100%|one hundred percent|so so|really really|completely and totally) (?:understand|get it|get you|know how you feel|get how you feel)\\b|\\bI (?:completely|fully) (?:know|get) how you(?:'re)? feel(?:ing)?\\b",
  },
  {
    key: 'same happened to me',
    lang: 'en',
    pattern:
      "\\b(?:the )?same (?:thing )?(?:happened|happens) to me\\b|\\b(?:that|this|it) (?:happened|happens) to me(?: too| as well| once)\\b|\\bI(?:'ve| have)? (?:lost|had|dealt with|experienced|gone through|suffered)(?: [\\w']+){0,3} (?:too|as well|myself)\\b|\\bI(?:'ve| have) been through (?:the (?:exact )?same(?: thing| situation| problem| issue)?|this|that)(?: (?:myself|too|before))?|\\bI(?:'ve| have) been through the (?:exact )?same(?: thing| situation| problem| issue)?|\\bI(?:'ve| have)? had the (?:exact )?same (?:problem|issue|thing)\\b|\\bthis happens to me (?:all the time|too)\\b|\\bI(?:'ve| have| was) been in the (?:exact )?same (?:situation|boat|position)\\b|\\bI was in the (?:exact )?same (?:situation|boat|position)\\b",
  },
];

/** Apologies: the first one is welcome; more close behind it are stacked. */
export const APOLOGIES = [
  '(?:非常|十分|万分|实在是|实在|真的|真是|特别|深感|再次|很|太|好|超级)*(?:抱歉|对不起|不好意思)(?:了)?|(?:再次|再一次)?(?:向您)?(?:深表|表示|致以)(?:诚挚的|深深的|真诚的)?歉意|(?:再次|再一次)?(?:向您)?(?:再次)?致歉',
  "\\b(?:(?:I'm|I am|we're|we are) )?(?:(?:so|very|really|truly|terribly|deeply|extremely|incredibly),? )*sorry\\b|\\b(?:I|we) (?:sincerely |truly |deeply )?apologi[sz]e\\b|\\b(?:my|our) (?:sincere |deepest |humble )?apologies\\b|\\bwe regret\\b|\\bapologies\\b",
];

/** Between one apology said twice in a breath ("Sorry, sorry", 抱歉，抱歉): nothing but this. */
export const REPEAT_GAP = '^[\\s,，、!！~～.。]*$';

/** How close (UTF-16 units between them) a second apology must follow to count as stacked. */
export const STACK_GAP = { zh: 30, en: 90 } as const;

export const EMPATHY_INSTEAD: Record<'zh' | 'en', { overdone: string; stacked: string }> = {
  zh: { overdone: '这件事确实让您很着急，我来帮您处理。', stacked: '我现在就为您处理：' },
  en: { overdone: 'I understand this has been frustrating; let me sort it out.', stacked: "Here's what I'm doing to fix it:" },
};
