/**
 * The scenario the agent has to handle: keyword weights over the customer's messages (the latest
 * turn counts most, the subject line too), "how do I…" questions, and facts that point somewhere by
 * themselves (a tracking number → logistics, an error code → technical).
 */
import {
  ASKED_SCENARIO_WEIGHTS,
  FACT_SCENARIO_WEIGHTS,
  GENERAL_PATTERNS,
  HOWTO_PATTERNS,
  PINYIN_ABBREVIATIONS,
  SAFETY_SCENARIO_WEIGHT,
  SCENARIO_BLOCKERS,
  SCENARIO_KEYWORDS,
  SCENARIO_PATTERNS,
  SCENARIO_PRIORITY,
  SCENARIO_THRESHOLD,
  type KeywordScenario,
} from './data/scenarios';
import { redFlags } from './escalation';
import type { Facts } from './facts';
import { SCENARIOS, type MissingName, type Scenario } from './labels';
import { prepare, type Prepared } from './prepare';
import { canMatch, fold, isHan, patternScript, PhraseMatcher, scriptsIn } from './text';
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

type Keyword = { scenario: KeywordScenario; weight: number };
/** tk, wl, hh…: each abbreviation reads as the Chinese keyword it stands for. */
const ABBREVIATIONS = new PhraseMatcher(
  Object.entries(PINYIN_ABBREVIATIONS).flatMap(([abbreviation, word]) => {
    for (const scenario of Object.keys(SCENARIO_KEYWORDS.zh) as KeywordScenario[]) {
      const weight = SCENARIO_KEYWORDS.zh[scenario][word];
      if (weight !== undefined) return [[abbreviation, { scenario, weight }] as const];
    }
    return [];
  }),
);
const SCENARIO_GRAMMAR = SCENARIO_PATTERNS.map(([pattern, scenario, weight]) => ({
  pattern,
  scenario,
  weight,
  script: patternScript(pattern),
}));
const GENERAL_GRAMMAR = GENERAL_PATTERNS.map(([pattern, weight]) => ({ pattern, weight, script: patternScript(pattern) }));
const HOWTO_GRAMMAR = HOWTO_PATTERNS.map(([pattern, weight]) => ({ pattern, weight, script: patternScript(pattern) }));

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

  const note = (scenario: Scenario, written: string, score: number) => {
    scores[scenario] += score;
    const words = found.get(scenario) ?? new Map<string, number>();
    found.set(scenario, words);
    words.set(written, (words.get(written) ?? 0) + score);
  };
  const matchKeywords = (matcher: PhraseMatcher<Keyword>, text: string, folded: string, weight: number) => {
    for (const match of matcher.find(folded)) {
      // 没坏, 不想tk: a keyword right after a negator doesn't count (不退/没退 are keywords of their own).
      const han = isHan(folded[match.start]) || matcher === ABBREVIATIONS;
      if (han && NEGATED_HAN.test(folded.slice(Math.max(0, match.start - 6), match.start))) continue;
      note(match.value.scenario, text.slice(match.start, match.end), match.value.weight * weight);
    }
  };
  const read = (text: string, folded: string, weight: number, customer = true, howto = true) => {
    matchKeywords(KEYWORDS, text, folded, weight);
    if (!customer) return;
    const scripts = scriptsIn(folded);
    if (scripts.han) matchKeywords(ABBREVIATIONS, text, folded, weight);
    // Grammar cues count once per scenario per message: the strongest.
    const strongest = new Map<Scenario, [number, string]>();
    for (const { pattern, scenario, weight: w, script } of SCENARIO_GRAMMAR) {
      if ((strongest.get(scenario)?.[0] ?? 0) >= w || !canMatch(script, scripts)) continue;
      const m = pattern.exec(folded);
      if (m) strongest.set(scenario, [w, text.slice(m.index, m.index + m[0].length)]);
    }
    let general: [number, string] | undefined;
    for (const { pattern, weight: w, script } of GENERAL_GRAMMAR) {
      if ((general?.[0] ?? 0) >= w || !canMatch(script, scripts)) continue;
      const m = pattern.exec(folded);
      if (m) general = [w, text.slice(m.index, m.index + m[0].length)];
    }
    if (general) strongest.set('general', general);
    for (const [scenario, [w, written]] of strongest) note(scenario, written, w * weight);
    if (!howto) return;
    let how = 0;
    for (const { pattern, weight: w, script } of HOWTO_GRAMMAR)
      if (w > how && canMatch(script, scripts) && pattern.test(folded)) how = w;
    scores.howto += how * weight;
  };

  const subject = prepared.conversation.subject;
  if (subject) read(subject, fold(subject), SUBJECT_WEIGHT);
  prepared.conversation.messages.forEach((message, index) => {
    const folded = prepared.folded[index]!;
    if (message.role === 'agent' || message.role === 'bot') read(message.text, folded, AGENT_WEIGHT, false, false);
    // A reply to the agent's question ("不知道在哪找") is not a how-to question of its own.
    else if (message.role === 'customer')
      read(message.text, folded, latest.has(index) ? LATEST_WEIGHT : EARLIER_WEIGHT, true, !prepared.asked[index]);
  });
  // What the agent asked for: a model and a purchase date mean the agent is handling a quality case.
  const asked = new Set<MissingName>();
  for (const names of prepared.asked) if (names) for (const name of names) asked.add(name);
  for (const name of asked) {
    const hint = ASKED_SCENARIO_WEIGHTS[name];
    if (hint) scores[hint[0]] += hint[1];
  }
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
