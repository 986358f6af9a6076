/**
 * The scenario the agent has to handle: keyword weights over the customer's messages (the latest
 * turn counts most, the subject line too), "how do I…" questions, and facts that point somewhere by
 * themselves (a tracking number → logistics, an error code → technical).
 */
import {
  FACT_SCENARIO_WEIGHTS,
  HOWTO_PATTERNS,
  SAFETY_SCENARIO_WEIGHT,
  SCENARIO_BLOCKERS,
  SCENARIO_KEYWORDS,
  SCENARIO_PRIORITY,
  SCENARIO_THRESHOLD,
  type KeywordScenario,
} from './data/scenarios';
import { redFlags } from './escalation';
import type { Facts } from './facts';
import { SCENARIOS, type Scenario } from './labels';
import { prepare, type Prepared } from './prepare';
import { fold, isHan, PhraseMatcher } from './text';
import type { Conversation } from './types';

export interface ScenarioResult {
  scenario: Scenario;
  /** Score per scenario; the runner-up tells the panel about a second issue. */
  scores: Record<Scenario, number>;
  /** The keywords that decided it, as written. */
  keywords: string[];
}

const KEYWORDS = new PhraseMatcher(
  (['zh', 'en'] as const).flatMap((language) =>
    (Object.keys(SCENARIO_KEYWORDS[language]) as KeywordScenario[]).flatMap((scenario) =>
      Object.entries(SCENARIO_KEYWORDS[language][scenario]).map(([term, weight]) => [term, { scenario, weight }] as const),
    ),
  ),
  SCENARIO_BLOCKERS,
);

/** The latest turn weighs most: customers often open with background and end with the request. */
const LATEST_WEIGHT = 1.5;
const EARLIER_WEIGHT = 0.8;
const SUBJECT_WEIGHT = 1;
/** The agent's words say what the conversation is about too, but less than the customer's. */
const AGENT_WEIGHT = 0.4;
/**
 * 没坏 is not a quality problem, and 也不想折腾退货了 is not a refund request: a Chinese keyword right
 * after a negator, or shortly after "don't want to", doesn't count.
 */
const NEGATED_HAN = /[没不未无]$|(?:不想|不用|不要|没必要|懒得|不打算)[^,.!?;。，！？\s]{0,3}$/;

export function detectScenario(input: Conversation | Prepared, facts?: Facts): ScenarioResult {
  const prepared = 'folded' in input ? input : prepare(input);
  const scores = Object.fromEntries(SCENARIOS.map((scenario) => [scenario, 0])) as Record<Scenario, number>;
  const found = new Map<Scenario, Map<string, number>>();
  const latest = new Set(prepared.latest);

  const read = (text: string, folded: string, weight: number, howto = true) => {
    for (const match of KEYWORDS.find(folded)) {
      if (isHan(folded[match.start]) && NEGATED_HAN.test(folded.slice(Math.max(0, match.start - 6), match.start))) continue;
      const { scenario, weight: w } = match.value;
      scores[scenario] += w * weight;
      const words = found.get(scenario) ?? new Map<string, number>();
      found.set(scenario, words);
      const written = text.slice(match.start, match.end);
      words.set(written, (words.get(written) ?? 0) + w * weight);
    }
    if (!howto) return;
    let how = 0;
    for (const [pattern, w] of HOWTO_PATTERNS) if (w > how && pattern.test(folded)) how = w;
    scores.howto += how * weight;
  };

  const subject = prepared.conversation.subject;
  if (subject) read(subject, fold(subject), SUBJECT_WEIGHT);
  prepared.conversation.messages.forEach((message, index) => {
    const folded = prepared.folded[index]!;
    if (message.role === 'agent' || message.role === 'bot') read(message.text, folded, AGENT_WEIGHT, false);
    // A reply to the agent's question ("不知道在哪找") is not a how-to question of its own.
    else if (message.role === 'customer')
      read(message.text, folded, latest.has(index) ? LATEST_WEIGHT : EARLIER_WEIGHT, !prepared.asked[index]);
  });
  if (prepared.customer.some((index) => redFlags(prepared, index).some((hit) => hit.code === 'safety'))) {
    scores.quality += SAFETY_SCENARIO_WEIGHT;
  }
  if (facts) {
    for (const [type, [scenario, weight]] of Object.entries(FACT_SCENARIO_WEIGHTS) as [
      keyof typeof FACT_SCENARIO_WEIGHTS,
      (typeof FACT_SCENARIO_WEIGHTS)[keyof typeof FACT_SCENARIO_WEIGHTS],
    ][]) {
      if (facts[type].length) scores[scenario] += weight;
    }
  }

  let scenario: Scenario = 'general';
  let best = 0;
  for (const candidate of SCENARIO_PRIORITY) {
    if (scores[candidate] > best + 1e-9) {
      best = scores[candidate];
      scenario = candidate;
    }
  }
  if (best < SCENARIO_THRESHOLD) scenario = 'general';
  for (const key of SCENARIOS) scores[key] = Math.round(scores[key] * 100) / 100;
  const keywords = [...(found.get(scenario)?.entries() ?? [])].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  return { scenario, scores, keywords };
}
