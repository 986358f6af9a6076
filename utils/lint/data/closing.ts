/**
 * Cheerful closings: right when the problem is solved and the customer is content, grating when
 * they are upset or still waiting. And the closings to use instead. Sorted by key within each
 * language.
 */
import type { Term } from '../terms';

export const CHEERFUL_CLOSINGS: readonly Term[] = [
  { key: '天天开心', lang: 'zh', pattern: '(?:祝您)?(?:天天开心|开心每一天|每天都开心)' },
  { key: '期待您的好评', lang: 'zh', pattern: '(?:期待|麻烦|记得|请)?(?:您的)?(?:给个|给我们)?(?:五星)?好评(?:哦|哈|呀)?' },
  { key: '欢迎下次光临', lang: 'zh', pattern: '欢迎(?:下次|再次)光临' },
  {
    key: '祝您生活愉快',
    lang: 'zh',
    pattern:
      '祝(?:您|你)(?:生活|购物|使用|周末|假期|心情|今天|每天)?(?:愉快|开心|顺利|顺心)|祝(?:您|你)(?:一切顺利|万事如意|有(?:愉快|美好)的一天|工作顺利)',
  },

  {
    key: 'enjoy your day',
    lang: 'en',
    pattern: '\\benjoy (?:your|the rest of your) (?:day|weekend|evening|afternoon|week|purchase)\\b',
  },
  { key: 'glad I could help', lang: 'en', pattern: '\\b(?:glad|happy) (?:I|we) could help\\b' },
  { key: 'happy shopping', lang: 'en', pattern: '\\bhappy shopping\\b|\\bkeep smiling\\b' },
  {
    key: 'have a nice day',
    lang: 'en',
    pattern:
      '\\b(?:have|enjoy) a (?:nice|great|wonderful|lovely|good|fantastic|fabulous|beautiful|terrific|pleasant|super|awesome|blessed) (?:day|evening|weekend|afternoon|morning|night|week|one|rest of (?:your|the) (?:day|week))\\b',
  },
  {
    key: 'leave us a review',
    lang: 'en',
    pattern: '\\b(?:leave us|give us|rate us) (?:a )?(?:5-star |five-star |positive |good )?(?:review|rating)\\b',
  },
];

/** `{time}` is a concrete time for the next update. */
export const CLOSINGS_INSTEAD: Record<'zh' | 'en', { unresolved: string; upset: string }> = {
  zh: {
    unresolved: '我会在{time}把最新进展发给您，在此之前有任何情况，直接回复我就行。',
    upset: '这次让您费心了，后面如果还有任何问题，直接回复我就行。',
  },
  en: {
    unresolved: "I'll send you an update {time}; if anything changes before then, just reply here.",
    upset: 'Thank you for bearing with us. If anything else comes up, just reply here.',
  },
};
