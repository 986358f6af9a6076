/**
 * Cheerful closings: right when the problem is solved and the customer is content, grating when
 * they are upset or still waiting. And the closings to use instead. Sorted by key within each
 * language.
 */
import type { Term } from '../terms';

export const CHEERFUL_CLOSINGS: readonly Term[] = [
  // Without 祝您: 周末愉快！/ 节日快乐～ at the start of a sentence.
  { key: '周末愉快', lang: 'zh', pattern: '(?<=^|[。!?！？~～\\s])(?:周末|假期|节日|生活|购物|旅途|用餐)(?:愉快|快乐)' },
  {
    key: '天天开心',
    lang: 'zh',
    pattern: '(?:祝(?:您|你))?(?:天天|每天)?(?:开心|好心情)(?:每一天)?(?<=天天开心|开心每一天|每天都开心|好心情)',
  },
  { key: '期待您的好评', lang: 'zh', pattern: '(?:期待|麻烦|记得|请)?(?:您的)?(?:给个|给我们)?(?:五星)?好评(?:哦|哈|呀)?' },
  { key: '欢迎下次光临', lang: 'zh', pattern: '欢迎(?:下次|再次)光临' },
  {
    key: '祝您生活愉快',
    lang: 'zh',
    // 祝您生活愉快 and every 祝您…愉快 (游戏, 旅途, 用餐, 观影): a wish that grates on an open problem.
    pattern: '祝(?:您|你)(?:[\\u4e00-\\u9fa5]{0,4}?)(?:愉快|开心|顺利|顺心|好心情)|祝(?:您|你)(?:万事如意|有(?:愉快|美好)的一天)',
  },

  {
    key: 'enjoy your day',
    lang: 'en',
    pattern:
      '\\benjoy (?:your|the rest of your) (?:day|weekend|evening|afternoon|week|purchase|trip|holiday|vacation|stay|flight|meal|game|new \\w+)\\b',
  },
  { key: 'glad I could help', lang: 'en', pattern: '\\b(?:glad|happy) (?:I|we) could help\\b' },
  {
    key: 'happy shopping',
    lang: 'en',
    pattern:
      '\\bhappy (?:shopping|gaming|travels|travelling|traveling|listening|reading|cooking|streaming|browsing|hunting|holidays)\\b|\\bkeep smiling\\b',
  },
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
