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

/** A line that starts a step: "1.", "2)", "①", "- ", "• ". */
export const STEP_LINE = '^\\s*(?:\\d{1,2}[.、)）]|[①-⑩]|[-•*·] )';
