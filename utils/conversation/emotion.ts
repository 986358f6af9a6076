/**
 * The emotion of the customer's latest turn, read with the whole conversation: lexicon cues with
 * negation and intensifiers, "!!!"/"？？？", caps, repetition, sarcasm, red flags and repeated contact,
 * plus what the earlier turns carried (frustration builds up across a conversation).
 */
import {
  BLAME_SUBJECT,
  CAPS_EXCEPTIONS,
  COMPLAINT_MARKERS,
  CONTRAST,
  EMOTION_BLOCKERS,
  EMOTION_CUES,
  EMOTION_PATTERNS,
  INTENSIFIERS,
  NEGATED_EMOTION,
  NEGATORS,
  NOT_NEGATORS,
  SARCASM_MARKERS,
  UNDERSTANDING_CUES,
  type CueEmotion,
} from './data/emotion';
import { redFlags, routineMention, scanMessage, type EscalationHit } from './escalation';
import { EMOTIONS, type Emotion, type Span } from './labels';
import { prepare, type Prepared } from './prepare';
import { canMatch, CLAUSE_BREAK, clauseStart, isHan, patternScript, PhraseMatcher, scriptsIn } from './text';
import type { Conversation } from './types';

export type CueKind = 'word' | 'punctuation' | 'caps' | 'repetition' | 'sarcasm' | 'red-flag' | 'repeated-contact' | 'escalating';

export interface EmotionCue {
  /** As written: "还没", "！！！", "NOW", "third time". */
  text: string;
  kind: CueKind;
  emotion: CueEmotion;
  weight: number;
  span?: Span;
  /** Negated cues are kept for transparency with weight 0. */
  negated?: boolean;
}

export interface EmotionResult {
  label: Emotion;
  /** 0–1: how strongly; neutral stays low. */
  intensity: number;
  /** The cues that decided the label, strongest first. */
  cues: EmotionCue[];
  /** Score per label (latest turn plus history), for the curious and for tests. */
  scores: Record<Emotion, number>;
}

type Scores = Record<CueEmotion, number>;

const CUE_EMOTIONS: readonly CueEmotion[] = ['angry', 'anxious', 'disappointed', 'confused', 'positive'];
const NEGATIVE: readonly CueEmotion[] = ['angry', 'anxious', 'disappointed', 'confused'];

const CUES = new PhraseMatcher(
  (['zh', 'en'] as const).flatMap((language) =>
    CUE_EMOTIONS.flatMap((emotion) =>
      Object.entries(EMOTION_CUES[language][emotion]).map(([term, weight]) => [term, { emotion, weight }] as const),
    ),
  ),
  EMOTION_BLOCKERS,
);
type Modifier = { negate: true } | { negate: false; factor: number };
const MODIFIERS = new PhraseMatcher<Modifier>([
  ...[...NEGATORS.zh, ...NEGATORS.en].map((term) => [term, { negate: true }] as const),
  // Longest match lets 能不能 win over 不, and a factor of 1 changes nothing.
  ...NOT_NEGATORS.map((term) => [term, { negate: false, factor: 1 }] as const),
  ...Object.entries({ ...INTENSIFIERS.zh, ...INTENSIFIERS.en }).map(
    ([term, factor]) => [term, { negate: false, factor }] as const,
  ),
]);
const SARCASM = new PhraseMatcher(SARCASM_MARKERS.map((term) => [term, true] as const));
const COMPLAINT = new PhraseMatcher(COMPLAINT_MARKERS.map((term) => [term, true] as const));
const CAPS_SKIP = new Set(CAPS_EXCEPTIONS);
const UNDERSTANDING = new Set(UNDERSTANDING_CUES);
const GRAMMAR = EMOTION_PATTERNS.map(([pattern, emotion, weight]) => ({
  pattern,
  emotion,
  weight,
  script: patternScript(pattern),
}));
const CAPS_WORD = /\b[A-Z]{3,}\b/g;
const BANGS = /[!！]{2,}|[?？][!！]+[?？!！]*/g;
const QUESTIONS = /[?？]{2,}/g;
const REPEATED_HAN = /([\u3400-\u9fff]{2,4})\1+/g;
const REPEATED_WORD = /\b([a-z]{3,})\b[\s,.!]+\1\b/g;
/** "Every. Single. Time." — one word per sentence, three in a row, is shouting in writing. */
const STACCATO = /\b[a-z]+\. [a-z]+\. [a-z]+\./;
/** A request or question: a closing "thanks"/谢谢 in it is politeness, not delight. */
const POLITE_REQUEST = /[?？]|\b(?:can|could|would) you\b|\bplease\b|麻烦|请|帮我|能不能|可以.{0,8}吗/;
/** A confusion word in a question counts a little more ("why was my refund only partial?"). */
const QUESTION = /[?？]/;

/** What each red flag adds to the customer's anger (or disappointment, for "I'm leaving"). */
const RED_FLAG_WEIGHT: Partial<Record<EscalationHit['code'], [CueEmotion, number]>> = {
  threat: ['angry', 1.5],
  abuse: ['angry', 2],
  complaint: ['angry', 1.2],
  manager: ['angry', 1],
  review: ['angry', 1],
  'broken-promise': ['angry', 1],
  churn: ['disappointed', 1],
};

/** History counts for less the further back it is; confusion and thanks don't carry over. */
const HISTORY_WEIGHT: Record<CueEmotion, number> = { angry: 0.4, anxious: 0.35, disappointed: 0.35, confused: 0.15, positive: 0 };
const HISTORY_DECAY = 0.75;
const NEUTRAL_BELOW = 1;
const PRIORITY: readonly CueEmotion[] = ['angry', 'anxious', 'disappointed', 'confused', 'positive'];

interface MessageReading {
  scores: Scores;
  cues: EmotionCue[];
}

const zero = (): Scores => ({ angry: 0, anxious: 0, disappointed: 0, confused: 0, positive: 0 });

function top(scores: Scores, among: readonly CueEmotion[] = NEGATIVE): CueEmotion | undefined {
  let best: CueEmotion | undefined;
  for (const emotion of among) if (scores[emotion] > 0 && (!best || scores[emotion] > scores[best])) best = emotion;
  return best;
}

/** Reads one customer message. Exported for table tests. */
export function readMessage(text: string, folded: string, message = 0, hits?: EscalationHit[]): MessageReading {
  const scores = zero();
  const cues: EmotionCue[] = [];
  const span = (start: number, end: number): Span => ({ message, start, end });
  const modifiers = MODIFIERS.find(folded);
  // Checked per cue only when the message has a routine mention somewhere ("is this a scam?").
  const routine = routineMention(folded, 0, folded.length, true);

  for (const match of CUES.find(folded)) {
    const { emotion, weight } = match.value;
    let effective: CueEmotion | null = emotion;
    let factor = 1;
    let negated = false;
    const han = isHan(folded[match.start]);
    // Modifiers chain right before the cue (不太着急, not really happy): in Chinese at most one character
    // apart and never across a space, in English at most one word apart; never across a clause break.
    let edge = match.start;
    // Negators and intensifiers modify words; an emoji after "no refund 😡" is not negated.
    const word = han || /[a-z]/.test(folded[match.start]!);
    for (let k = word ? modifiers.length - 1 : -1; k >= 0; k--) {
      const modifier = modifiers[k]!;
      if (modifier.end > edge) continue;
      const gap = folded.slice(modifier.end, edge);
      if (CLAUSE_BREAK.test(gap)) break;
      if (han ? gap.length > 1 || /\s/.test(gap) : gap.trim().split(/\s+/).filter(Boolean).length > 1) break;
      edge = modifier.start;
      if (modifier.value.negate) {
        negated = true;
        effective = NEGATED_EMOTION[emotion];
      } else factor *= modifier.value.factor;
    }
    // "这个客服完全不懂" blames the agent; "I don't understand" is the customer's own confusion.
    if (
      effective === 'confused' &&
      UNDERSTANDING.has(match.term) &&
      BLAME_SUBJECT.test(folded.slice(clauseStart(folded, match.start), edge))
    )
      effective = 'angry';
    // "is this a scam?" and "my cousin is a lawyer" carry no anger: a routine mention of a red-flag word.
    if (effective === 'angry' && routine && routineMention(folded, match.start, match.end)) effective = null;
    const cue: EmotionCue = {
      text: text.slice(match.start, match.end),
      kind: 'word',
      emotion: effective ?? emotion,
      weight: effective ? weight * factor : 0,
      span: span(match.start, match.end),
      ...(negated ? { negated } : {}),
    };
    cues.push(cue);
    if (effective) scores[effective] += cue.weight;
  }

  // "Love your stuff, but the packaging was lazy": praise before a contrast is a cushion.
  const contrast = CONTRAST.exec(folded);
  if (contrast && folded.slice(contrast.index + contrast[0].length).trim()) {
    for (const cue of cues) {
      if (cue.emotion !== 'positive' || !cue.weight || cue.span!.end > contrast.index) continue;
      scores.positive -= cue.weight * 0.7;
      cue.weight *= 0.3;
    }
  }

  const scripts = scriptsIn(folded);
  for (const { pattern, emotion, weight, script } of GRAMMAR) {
    if (!canMatch(script, scripts)) continue;
    const m = pattern.exec(folded);
    if (!m) continue;
    // A pattern may start with the clause break it needs; the cue is what follows it.
    const start = m.index + (/^[\s,.!?;，。！？；]/.test(m[0]) ? 1 : 0);
    const end = m.index + m[0].length;
    scores[emotion] += weight;
    cues.push({ text: text.slice(start, end), kind: 'word', emotion, weight, span: span(start, end) });
  }

  const flags = hits ?? scanMessage(folded);
  for (const hit of flags) {
    if (hit.code === 'safety') continue;
    const effect =
      hit.code === 'repeated-contact' ? (['angry', hit.count && hit.count >= 3 ? 1.5 : 1] as const) : RED_FLAG_WEIGHT[hit.code];
    if (!effect) continue;
    const [emotion, weight] = effect;
    scores[emotion] += weight;
    cues.push({
      text: text.slice(hit.start, hit.end),
      kind: hit.code === 'repeated-contact' ? 'repeated-contact' : 'red-flag',
      emotion,
      weight,
      span: span(hit.start, hit.end),
    });
  }

  // Praise next to a complaint: sarcasm turns it into anger; plain politeness ("thanks, but…") fades,
  // and so does the "thanks" that ends a request ("can you check my order? thanks").
  const complaint =
    COMPLAINT.find(folded).length > 0 || NEGATIVE.some((emotion) => scores[emotion] >= Math.max(1, scores.positive));
  if (scores.positive > 0 && !complaint && scores.positive <= 1.5 && POLITE_REQUEST.test(folded)) scores.positive *= 0.5;
  const sarcasm = complaint ? SARCASM.find(folded)[0] : undefined;
  if (scores.positive > 0 && complaint) {
    if (sarcasm) {
      scores.angry += scores.positive + 0.5;
      cues.push({
        text: text.slice(sarcasm.start, sarcasm.end),
        kind: 'sarcasm',
        emotion: 'angry',
        weight: scores.positive + 0.5,
        span: span(sarcasm.start, sarcasm.end),
      });
      scores.positive = 0;
    } else {
      scores.positive *= 0.3;
    }
  } else if (sarcasm) {
    scores.angry += 1;
    cues.push({
      text: text.slice(sarcasm.start, sarcasm.end),
      kind: 'sarcasm',
      emotion: 'angry',
      weight: 1,
      span: span(sarcasm.start, sarcasm.end),
    });
  }

  // Shouting: caps words that aren't acronyms.
  let caps = 0;
  CAPS_WORD.lastIndex = 0;
  for (let m = CAPS_WORD.exec(text); m && caps < 3; m = CAPS_WORD.exec(text)) {
    // Names and codes are not shouting: ETA, USPS, PAY-5003, ERR_TIMEOUT.
    if (CAPS_SKIP.has(m[0]) || /^[-_\d]/.test(text.slice(m.index + m[0].length)) || /[-_\d]$/.test(text.slice(0, m.index)))
      continue;
    caps++;
    scores.angry += 1;
    cues.push({ text: m[0], kind: 'caps', emotion: 'angry', weight: 1, span: span(m.index, m.index + m[0].length) });
  }

  // "!!!" and "？？？" amplify whatever the message already says; alone they read as anger / confusion.
  const punctuation = (regex: RegExp, fallback: CueEmotion, weight: number) => {
    regex.lastIndex = 0;
    let runs = 0;
    for (let m = regex.exec(text); m && runs < 2; m = regex.exec(text)) {
      runs++;
      // After thanks and no complaint ("I'm in!! thank you"), "!!" is delight.
      const emotion = top(scores) ?? (fallback === 'angry' && scores.positive > 0 ? 'positive' : fallback);
      const added = weight + (scores[emotion] > 0 ? 0.25 * scores[emotion] : 0);
      scores[emotion] += added;
      cues.push({ text: m[0], kind: 'punctuation', emotion, weight: added, span: span(m.index, m.index + m[0].length) });
    }
  };
  punctuation(BANGS, 'angry', 0.8);
  // A hazard raises whatever the customer feels (fear or anger) rather than choosing it — after the
  // shouting ("冒烟了！！！" is anger) but before the question marks ("is it going to explode??" is fear).
  for (const hit of flags) {
    if (hit.code !== 'safety') continue;
    // A plain report of a hazard ("cut my finger, needed stitches") stays as calm as it was written.
    const emotion = top(scores);
    if (!emotion) continue;
    scores[emotion] += 1;
    cues.push({ text: text.slice(hit.start, hit.end), kind: 'red-flag', emotion, weight: 1, span: span(hit.start, hit.end) });
  }

  // Question marks next to a hazard ask whether it is dangerous: fear, not confusion.
  punctuation(QUESTIONS, flags.some((hit) => hit.code === 'safety') ? 'anxious' : 'confused', 1);
  if (scores.confused > 0 && QUESTION.test(folded)) scores.confused += 0.5;

  const staccato = STACCATO.exec(folded);
  if (staccato) {
    scores.angry += 1;
    cues.push({
      text: text.slice(staccato.index, staccato.index + staccato[0].length),
      kind: 'repetition',
      emotion: 'angry',
      weight: 1,
      span: span(staccato.index, staccato.index + staccato[0].length),
    });
  }

  // Repetition ("退款退款退款", "please please") presses the point.
  for (const regex of [REPEATED_HAN, REPEATED_WORD]) {
    regex.lastIndex = 0;
    const m = regex.exec(regex === REPEATED_HAN ? text : folded);
    if (!m) continue;
    const emotion = top(scores, PRIORITY) ?? 'angry';
    scores[emotion] += 0.6;
    cues.push({
      text: text.slice(m.index, m.index + m[0].length),
      kind: 'repetition',
      emotion,
      weight: 0.6,
      span: span(m.index, m.index + m[0].length),
    });
  }
  return { scores, cues };
}

function intensityOf(score: number): number {
  return Math.round(Math.min(1, 1 - Math.exp(-score / 2.5)) * 100) / 100;
}

export function detectEmotion(input: Conversation | Prepared): EmotionResult {
  const prepared = 'folded' in input ? input : prepare(input);
  const { messages } = prepared.conversation;
  const readings = new Map<number, MessageReading>();
  for (const index of prepared.customer) {
    readings.set(index, readMessage(messages[index]!.text, prepared.folded[index]!, index, redFlags(prepared, index)));
  }

  const latest = new Set(prepared.latest);
  const now = zero();
  const cues: EmotionCue[] = [];
  for (const index of prepared.latest) {
    const reading = readings.get(index)!;
    for (const emotion of CUE_EMOTIONS) now[emotion] += reading.scores[emotion];
    cues.push(...reading.cues);
  }

  // Earlier turns: decayed, and only the feelings that persist. A latest turn with no cue at all (a bare
  // answer: "1200 银行卡") carries the feeling of the turn before it.
  const history = zero();
  let distance = 0;
  const silent = CUE_EMOTIONS.every((emotion) => now[emotion] === 0);
  const earlier = prepared.customer.filter((index) => !latest.has(index)).reverse();
  for (const index of earlier) {
    const reading = readings.get(index)!;
    const decay = HISTORY_DECAY ** distance++;
    for (const emotion of CUE_EMOTIONS) {
      const weight = silent && emotion !== 'positive' ? HISTORY_DECAY : HISTORY_WEIGHT[emotion];
      history[emotion] += reading.scores[emotion] * weight * decay;
    }
  }

  // Frustration that grows turn after turn.
  const frustration = prepared.customer.map((index) => readings.get(index)!.scores.angry);
  const n = frustration.length;
  if (
    n >= 3 &&
    frustration[n - 1]! > frustration[n - 2]! &&
    frustration[n - 2]! >= frustration[n - 3]! &&
    frustration[n - 1]! >= 2
  ) {
    history.angry += 1;
    cues.push({ text: 'escalating across turns', kind: 'escalating', emotion: 'angry', weight: 1 });
  }

  const total = zero();
  for (const emotion of CUE_EMOTIONS) total[emotion] = now[emotion] + history[emotion];
  // A latest turn that is plainly thankful is not outweighed by what came before.
  if (now.positive >= NEUTRAL_BELOW && !NEGATIVE.some((emotion) => now[emotion] >= now.positive)) {
    for (const emotion of NEGATIVE) total[emotion] = Math.min(total[emotion], now[emotion]);
  }

  let label: Emotion = 'neutral';
  let best = 0;
  for (const emotion of PRIORITY) {
    if (total[emotion] > best + 1e-9) {
      best = total[emotion];
      label = emotion;
    }
  }
  if (best < NEUTRAL_BELOW) label = 'neutral';

  const scores = Object.fromEntries(EMOTIONS.map((emotion) => [emotion, 0])) as Record<Emotion, number>;
  for (const emotion of CUE_EMOTIONS) scores[emotion] = Math.round(total[emotion] * 100) / 100;
  scores.neutral = label === 'neutral' ? 1 : 0;

  // When the feeling comes mostly from earlier turns ("微信" after an angry message), show their cues too.
  if (label !== 'neutral' && now[label as CueEmotion] * 2 < total[label as CueEmotion]) {
    for (const index of earlier) cues.push(...readings.get(index)!.cues.filter((cue) => cue.emotion === label));
  }
  const deciding = cues
    .filter(
      (cue) =>
        !cue.negated &&
        (label === 'neutral' ? cue.weight > 0 : cue.emotion === label || cue.kind === 'punctuation' || cue.kind === 'caps'),
    )
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 8);
  // Feelings don't reset between messages: a customer who threatened 12315 and now writes "快点" is
  // still very angry. Intensity takes the stronger of now-plus-history and the recent peak.
  const recent = prepared.customer.slice(-3).map((index) => readings.get(index)!.scores[label as CueEmotion] ?? 0);
  const peak = label === 'neutral' ? 0 : 0.8 * Math.max(0, ...recent);
  const intensity = label === 'neutral' ? Math.min(0.3, intensityOf(best)) : Math.max(0.2, intensityOf(Math.max(best, peak)));
  return { label, intensity, cues: deciding, scores };
}
