/**
 * Cues that tell whose words a phrase is and what kind of sentence it sits in. Regex sources; the
 * draft module compiles them once.
 */

/** Paired quotation marks: words inside are quoted, not the agent's own promise. */
export const QUOTE_PAIRS: readonly (readonly [open: string, close: string])[] = [
  ['"', '"'],
  ['「', '」'],
  ['『', '』'],
  ['“', '”'],
];

/**
 * Reported speech: the rest of the clause after these is someone else's words
 * (您刚才说…, you mentioned …).
 */
export const REPORTED_SPEECH = [
  '(?:您|你)(?:刚才|刚刚|之前|上次|前面|在留言里)?(?:说|提到|反映|反馈|讲|写|问)(?:的|过|了)?',
  '(?:快递员|师傅|对方|商家|客户|上一位客服|之前的客服)(?:跟您|和您|对您)?(?:说|讲|告诉您)',
  "\\byou(?:'ve| have)? (?:said|mentioned|wrote|written|told (?:us|me)|were told|asked|noted)\\b",
  '\\byour (?:message|email|note|chat) (?:said|says|mentioned)\\b',
];

/** The agent speaking for themselves: where a reference like 您说的问题 stops and the reply begins. */
export const AGENT_SUBJECTS = '我们|我这边|这边|我';

/**
 * After 您说的 + a topic, a judgement word starts the agent's own words: in 您说的那个按钮可能换了位置
 * the guess is the agent's (the customer's own guess would be quoted).
 */
export const AGENT_JUDGEMENTS = '可能|应该|大概|也许|估计|好像|或许|似乎|貌似';

/**
 * Single quotation marks ('Clear cache', ‘Settings’ after normalising) pair up only around words: the
 * opening mark follows a space, bracket or the start, the closing mark is followed by one. Apostrophes
 * inside words (can't, customers') never open a quotation. Longest quotation in UTF-16 units.
 */
export const SINGLE_QUOTE_MAX = 60;

/** Mirroring: restating the customer's request to confirm it (only counts in a question). */
export const MIRROR_MARKERS = [
  '您是(?:说|指|想|希望|需要|要|问|担心)',
  '您(?:的意思是|希望|想要|想|需要的是|要的是|是不是(?:想|要|希望|需要|说|指))',
  '(?:跟|和|向)您确认(?:一下)?',
  '我(?:理解|复述)(?:一下)?(?:的是|您的意思)?',
  '也就是说',
  "\\b(?:do you want|would you like|you'd like|you want|are you asking|you mean|so you(?:'re| are)?|just to (?:confirm|check|make sure)|to confirm|if I (?:understand|understood|'ve understood)|am I right)\\b",
];

/** Chinese question words that let 呢 end a question (哪天能到呢, 您看呢). */
export const QUESTION_WORDS_ZH =
  '什么|哪|几点|几号|几天|多少|多久|怎么|如何|为什么|是否|有没有|能不能|可不可以|是不是|还是|您看|你看';

/** Words that make a clause a question even before its question mark. */
export const QUESTION_WORDS =
  '什么|哪|几点|几号|几天|多少|多久|怎么|如何|为什么|是否|有没有|能不能|可不可以|是不是|吗|呢|\\b(?:what|when|where|which|who|how|why|whether|do you|did you|are you|is it|could you|can you|would you)\\b';

/** Question words that ask for a fact (not a yes/no tag): the clause asks, whoever it addresses. */
export const WH_WORDS =
  '什么|哪|几点|几号|几天|多少|多久|怎么|如何|为什么|\\b(?:what|when|where|which|who|how|why|is it|is that|are there)\\b';

/** Conditions: a phrase inside one describes a case, not a promise or a refusal. */
export const CONDITIONAL =
  '如果|如(?:有|需|遇|您|发现)|若|假如|万一|要是|一旦|否则|不然|以免|避免|防止|以防|是否|\\b(?:if|unless|in case|whether|otherwise)\\b';

/** A concrete time or deadline in the same sentence makes a time phrase concrete enough. */
export const CONCRETE_TIME = [
  '\\d{1,2}[::]\\d{2}',
  '\\d{1,2}\\s*(?:点|时)(?:半|\\d{1,2}分?)?(?:前|之前|以前)',
  '(?:\\d+|[一二两三四五六七八九十半]+)\\s*(?:个)?\\s*(?:分钟|小时|个?工作日|天|日|周|星期|个月)(?:内|之内|以内|前|之前)',
  '(?:今天|今日|今晚|明天|明日|后天|本周[一二三四五六日天]|下周[一二三四五六日天]|周[一二三四五六日天]|星期[一二三四五六日天])(?:上午|下午|中午|晚上|早上|傍晚)?(?:\\d|前|之前|内|之内|下班前|以内|给|回|联系|发|到|处理|安排|完成)',
  '\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]',
  '\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)',
  '\\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|end of (?:the )?(?:day|week)|EOD|(?:on |by |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b',
  '\\b(?:within|in|under) (?:\\d+|one|two|three|four|five|six|a|an|half an?) (?:minutes?|mins?|hours?|hrs?|days?|business days?|working days?|weeks?)\\b(?! or (?:two|so|more|three)\\b)',
  '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b',
  '\\b\\d+(?:-\\d+)? (?:business|working) days\\b',
];
