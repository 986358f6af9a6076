/**
 * How much fits in one chat message. A chat reply is read on a phone between other things: past
 * these limits, split it or number the steps. Numbered steps are easier to follow, so they may run
 * longer.
 */
export const OVERLOAD = {
  /** Characters, not counting spaces, for a Chinese draft. */
  maxCharsZh: 200,
  /** Words, for an English draft. */
  maxWordsEn: 110,
  maxSentences: 8,
  /** Questions the customer must answer in one go. */
  maxQuestions: 3,
  /** Separate points announced in running text (首先…其次…再次…最后, First… Second… Finally). */
  maxPoints: 3,
  /** Numbered steps may be this much longer. */
  numberedFactor: 1.75,
} as const;

export const OVERLOAD_WORDS: Record<
  'zh' | 'en',
  { chars: string; words: string; sentences: string; questions: string; askFirst: string }
> = {
  zh: { chars: '{n} 字', words: '{n} 个词', sentences: '{n} 句', questions: '{n} 个问题', askFirst: '先确认最关键的两点：' },
  en: {
    chars: '{n} characters',
    words: '{n} words',
    sentences: '{n} sentences',
    questions: '{n} questions',
    askFirst: 'First, the two things I need most:',
  },
};

/**
 * Words that announce a new point in running text. Each counts once per draft (还有 said twice is one
 * point); numbered lines are counted by STEP_LINE instead.
 */
export const POINT_MARKERS = [
  '首先',
  '其次',
  '再次(?=[,，:：])',
  '另外',
  '此外',
  '最后(?=[,，:：])',
  '第[一二三四五六七八九十](?=[,，:：、])',
  '\\b(?:first(?:ly)?|to start with)(?=,)',
  '\\b(?:second(?:ly)?|next)(?=,)',
  '\\bthird(?:ly)?(?=,)',
  '\\b(?:also|in addition|on top of that)(?=,)',
  '\\b(?:finally|lastly)(?=,)',
];

/** A line that starts a step: "1.", "2)", "①", "- ", "• ". */
export const STEP_LINE = '^\\s*(?:\\d{1,2}[.、)）]|[①-⑩]|[-•*·] )';
