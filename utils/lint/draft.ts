/**
 * The draft, cut up once for all rules: sentences, clauses, quoted words, reported speech and
 * questions. Every span is in UTF-16 offsets of the original text.
 */
import {
  AGENT_JUDGEMENTS,
  AGENT_SUBJECTS,
  CONCRETE_TIME,
  CONDITIONAL,
  MIRROR_MARKERS,
  QUESTION_WORDS_ZH,
  QUOTE_PAIRS,
  REPORTED_SPEECH,
  SINGLE_QUOTE_MAX,
} from './data/context';
import type { Lang } from './types';
import { languageWeights } from '../conversation/types';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  question: boolean;
  /** A question that restates the customer's words to confirm them. */
  mirror: boolean;
}

export interface Draft {
  text: string;
  /** Sentences and clauses partition the text: every offset belongs to exactly one of each. */
  sentences: Sentence[];
  clauses: Span[];
  quoted: Span[];
  reported: Span[];
  /** The draft's dominant language; undefined when it has too few words to tell. */
  lang: Lang | undefined;
}

const SENTENCE_END = /[。!?!?;;\n…]+[”"」』)）]*|[.!?]+(?=[\s"”')）]|$)[”"')）]*/g;
const CLAUSE_END = /[,,;;::]/g;
const QUESTION_END = /(?:[??]|[吗么](?:[。.~～]|$))[\s”"」』)）~～]*$/;
/** 呢 ends a question only with a question word (您看呢 / 哪天到呢); 已经发出了呢。 is a statement. */
const NE_END = /呢[\s”"」』)）~～]*$/;
const NE_QUESTION = new RegExp(QUESTION_WORDS_ZH);
const MIRROR = new RegExp(MIRROR_MARKERS.join('|'), 'i');
const REPORTED = new RegExp(REPORTED_SPEECH.join('|'), 'gi');
const AGENT_VOICE = new RegExp(`${AGENT_SUBJECTS}|${AGENT_JUDGEMENTS}`);
const CONDITIONAL_RE = new RegExp(`(?:${CONDITIONAL})`, 'i');
const CONCRETE = new RegExp(CONCRETE_TIME.join('|'), 'i');

/** Offsets where `end` matches end a piece (exec on the shared expression: no copies per call). */
function ends(text: string, end: RegExp): number[] {
  const offsets: number[] = [];
  end.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = end.exec(text))) offsets.push(match.index + match[0].length);
  return offsets;
}

/** Spans from consecutive end offsets; the last span runs to the end of the text. */
function spansFrom(offsets: readonly number[], length: number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const stop of offsets) {
    if (stop > start) spans.push({ start, end: stop });
    start = Math.max(start, stop);
  }
  if (start < length || !spans.length) spans.push({ start, end: length });
  return spans;
}

function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start === -1) break;
      const end = text.indexOf(close, start + 1);
      // An unpaired mark, or one that runs across paragraphs, is not a quotation.
      if (end === -1 || text.slice(start, end).includes('\n')) {
        from = start + 1;
        continue;
      }
      spans.push({ start, end: end + 1 });
      from = end + 1;
    }
  }
  singleQuoted(text, spans);
  return spans.sort((a, b) => a.start - b.start);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** 'Clear cache': single marks that open after a non-word and close before one (not can't, customers'). */
function singleQuoted(text: string, spans: Span[]): void {
  let from = 0;
  for (;;) {
    const start = text.indexOf("'", from);
    if (start === -1) return;
    from = start + 1;
    if ((start > 0 && WORD_CHAR.test(text[start - 1]!)) || !WORD_CHAR.test(text[start + 1] ?? '')) continue;
    for (
      let end = text.indexOf("'", start + 2);
      end !== -1 && end - start <= SINGLE_QUOTE_MAX;
      end = text.indexOf("'", end + 1)
    ) {
      if (text.slice(start, end).includes('\n')) break;
      if (/\s/.test(text[end - 1]!) || WORD_CHAR.test(text[end + 1] ?? '')) continue;
      spans.push({ start, end: end + 1 });
      from = end + 1;
      break;
    }
  }
}

/** Language by the same weighing as the customer's (a Chinese word is about two characters). */
export function languageOf(text: string): Lang | undefined {
  const { zh, en } = languageWeights(text);
  if (zh < 1 && en < 2) return undefined;
  return zh >= en ? 'zh' : 'en';
}

export function prepareDraft(text: string): Draft {
  const sentenceEnds = ends(text, SENTENCE_END);
  const sentences = spansFrom(sentenceEnds, text.length).map((span) => {
    const body = text.slice(span.start, span.end).trim();
    const question = QUESTION_END.test(body) || (NE_END.test(body) && NE_QUESTION.test(body));
    return { ...span, question, mirror: question && MIRROR.test(body) };
  });
  // Clauses end at a comma-like mark or where a sentence ends.
  const clauseEnds = [...ends(text, CLAUSE_END), ...sentenceEnds].sort((a, b) => a - b);
  const clauses = spansFrom(clauseEnds, text.length);
  const reported: Span[] = [];
  REPORTED.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = REPORTED.exec(text))) {
    const clause = spanAt(clauses, match.index);
    let end = clause.end;
    // 您说的这个, 我们这边…: "what you mentioned" names a topic; the agent's own words follow.
    if (match[0].endsWith('的')) {
      const own = AGENT_VOICE.exec(text.slice(match.index + match[0].length, clause.end));
      if (own) end = match.index + match[0].length + own.index;
    }
    reported.push({ start: match.index, end });
  }
  return { text, sentences, clauses, quoted: quotedSpans(text), reported, lang: languageOf(text) };
}

/** The span of a partition that holds `index` (binary search). */
export function spanAt<T extends Span>(spans: readonly T[], index: number): T {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (spans[mid]!.start <= index) low = mid;
    else high = mid - 1;
  }
  return spans[low]!;
}

export function within(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => span.start <= start && end <= span.end);
}

export function hasConcreteTime(text: string): boolean {
  return CONCRETE.test(text);
}

/** Whether the words before `index` in its own clause set up a condition (如果稍后还不行 / if it fails later). */
export function conditionInClause(draft: Draft, index: number): boolean {
  return CONDITIONAL_RE.test(draft.text.slice(spanAt(draft.clauses, index).start, index));
}

/** Whether the clause before `index` sets up a condition (如果…, if …, 以免…). */
export function conditionalBefore(draft: Draft, index: number): boolean {
  const clause = spanAt(draft.clauses, index);
  const sentence = spanAt(draft.sentences, index);
  // A condition usually opens the sentence: "如果还是无法登录,请…" / "If we can't reach you, …".
  return (
    CONDITIONAL_RE.test(draft.text.slice(clause.start, index)) ||
    CONDITIONAL_RE.test(draft.text.slice(sentence.start, clause.start).slice(0, 12))
  );
}
