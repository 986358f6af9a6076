/**
 * Analysis quality and speed, on two labelled sets side by side:
 * - the development set (test/fixtures/conversations/dev.jsonl), which the lexicons and patterns were
 *   tuned on, so its figures flatter the analyzer;
 * - the held-out set (test/fixtures/conversations/heldout.jsonl), written afterwards in other voices and
 *   scored before any change was made for it. Its failures are then read by kind and fixed by
 *   generalising (new dev examples, broader rules), never case by case — but once read, a batch flatters
 *   the analyzer too, so each batch's first-run figures are kept in the README, and new batches are added.
 * Figures: scenario and emotion accuracy / macro-F1, escalation precision/recall for `high`,
 * per-fact-type precision/recall/F1, how often `missing` is exactly right, and the time to analyse a
 * 50-message conversation. `DESKMATE_BENCH_VERBOSE=1` lists every disagreement on the development set;
 * `=heldout` lists the held-out set's, `=all` both.
 */
import { readFileSync } from 'node:fs';
import { analyzeConversation, type Analysis } from '../../utils/conversation/analyze';
import { EMOTIONS, FACT_TYPES, SCENARIOS, type FactType } from '../../utils/conversation/labels';
import type { Conversation, Message } from '../../utils/conversation/types';
import { measure, printFigures } from './harness';

export interface DevCase {
  id: string;
  lang: 'zh' | 'en' | 'mixed';
  note?: string;
  conversation: Conversation;
  expect: {
    emotion: string;
    scenario: string;
    escalation: string;
    facts: Partial<Record<FactType, (string | { value: number; currency?: string; text: string })[]>>;
    missing: string[];
  };
}

export const DEV_SET = new URL('../fixtures/conversations/dev.jsonl', import.meta.url);
/** Written after the analyzer, in batches (ids zh-ho-…, zh-hb-…); each batch scored before any change made for it. */
export const HELD_OUT_SET = new URL('../fixtures/conversations/heldout.jsonl', import.meta.url);
/** A fixed "now" so that counted days don't drift with the calendar. */
export const BENCH_NOW = new Date(2026, 10, 20, 10, 0);

export function loadCases(file: URL): DevCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DevCase);
}

export const loadDevSet = (): DevCase[] => loadCases(DEV_SET);
export const loadHeldOutSet = (): DevCase[] => loadCases(HELD_OUT_SET);

/** Facts are compared as written, ignoring spaces and case; amounts also by value and currency. */
function factKey(type: FactType, value: string | { value: number; currency?: string; text: string }): string {
  if (typeof value === 'string') return value.toLowerCase().replace(/\s+/g, '');
  return `${value.text.toLowerCase().replace(/\s+/g, '')}|${value.value}|${value.currency ?? ''}`;
}

function predictedFacts(analysis: Analysis, type: FactType): string[] {
  if (type === 'amounts') {
    return analysis.facts.amounts.map((fact) =>
      factKey(type, { value: fact.amount, text: fact.text, ...(fact.currency ? { currency: fact.currency } : {}) }),
    );
  }
  return analysis.facts[type].map((fact) => factKey(type, fact.value));
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const f1 = ({ tp, fp, fn }: Counts) => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

function macroF1(pairs: [expected: string, predicted: string][], labels: readonly string[]): number {
  const scores = labels
    .filter((label) => pairs.some(([expected]) => expected === label))
    .map((label) => {
      const counts: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const [expected, predicted] of pairs) {
        if (expected === label && predicted === label) counts.tp++;
        else if (predicted === label) counts.fp++;
        else if (expected === label) counts.fn++;
      }
      return f1(counts).f1;
    });
  return scores.reduce((sum, value) => sum + value, 0) / scores.length;
}

export interface DevReport {
  cases: number;
  byLanguage: Record<string, number>;
  scenario: { accuracy: number; macroF1: number };
  emotion: { accuracy: number; macroF1: number };
  escalation: { accuracy: number; high: { precision: number; recall: number } };
  facts: Record<FactType, { precision: number; recall: number; f1: number }>;
  factsOverall: { precision: number; recall: number; f1: number };
  missingExact: number;
  disagreements: string[];
}

export function evaluateDevSet(cases = loadDevSet()): DevReport {
  const scenarioPairs: [string, string][] = [];
  const emotionPairs: [string, string][] = [];
  const escalationPairs: [string, string][] = [];
  const factCounts = Object.fromEntries(FACT_TYPES.map((type) => [type, { tp: 0, fp: 0, fn: 0 }])) as Record<FactType, Counts>;
  let missingExact = 0;
  const disagreements: string[] = [];
  const byLanguage: Record<string, number> = {};

  for (const item of cases) {
    byLanguage[item.lang] = (byLanguage[item.lang] ?? 0) + 1;
    const analysis = analyzeConversation(item.conversation, { now: BENCH_NOW });
    const { expect } = item;
    scenarioPairs.push([expect.scenario, analysis.scenario]);
    emotionPairs.push([expect.emotion, analysis.emotion.label]);
    escalationPairs.push([expect.escalation, analysis.escalation.level]);
    if (expect.scenario !== analysis.scenario)
      disagreements.push(`${item.id} scenario: expected ${expect.scenario}, got ${analysis.scenario}`);
    if (expect.emotion !== analysis.emotion.label) {
      disagreements.push(
        `${item.id} emotion: expected ${expect.emotion}, got ${analysis.emotion.label} (${analysis.emotion.cues.map((cue) => cue.text).join(' · ')})`,
      );
    }
    if (expect.escalation !== analysis.escalation.level) {
      disagreements.push(
        `${item.id} escalation: expected ${expect.escalation}, got ${analysis.escalation.level} (${analysis.escalation.reasons.map((r) => `${r.code}:${r.text}`).join(' · ')})`,
      );
    }
    for (const type of FACT_TYPES) {
      const expected = (expect.facts[type] ?? []).map((value) => factKey(type, value));
      const predicted = predictedFacts(analysis, type);
      const counts = factCounts[type];
      const remaining = [...expected];
      for (const value of predicted) {
        const at = remaining.indexOf(value);
        if (at === -1) counts.fp++;
        else {
          counts.tp++;
          remaining.splice(at, 1);
        }
      }
      counts.fn += remaining.length;
      const extra = predicted.filter((value) => !expected.includes(value));
      if (extra.length || remaining.length) {
        disagreements.push(`${item.id} ${type}: missed [${remaining.join(', ')}] extra [${extra.join(', ')}]`);
      }
    }
    const expectedMissing = [...expect.missing].sort().join(',');
    const gotMissing = [...analysis.missing].sort().join(',');
    if (expectedMissing === gotMissing) missingExact++;
    else disagreements.push(`${item.id} missing: expected [${expectedMissing}], got [${gotMissing}]`);
  }

  const accuracy = (pairs: [string, string][]) => pairs.filter(([a, b]) => a === b).length / pairs.length;
  const high: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const [expected, predicted] of escalationPairs) {
    if (expected === 'high' && predicted === 'high') high.tp++;
    else if (predicted === 'high') high.fp++;
    else if (expected === 'high') high.fn++;
  }
  const total = FACT_TYPES.reduce(
    (sum, type) => ({ tp: sum.tp + factCounts[type].tp, fp: sum.fp + factCounts[type].fp, fn: sum.fn + factCounts[type].fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  const highF = f1(high);
  return {
    cases: cases.length,
    byLanguage,
    scenario: { accuracy: accuracy(scenarioPairs), macroF1: macroF1(scenarioPairs, SCENARIOS) },
    emotion: { accuracy: accuracy(emotionPairs), macroF1: macroF1(emotionPairs, EMOTIONS) },
    escalation: { accuracy: accuracy(escalationPairs), high: { precision: highF.precision, recall: highF.recall } },
    facts: Object.fromEntries(FACT_TYPES.map((type) => [type, f1(factCounts[type])])) as DevReport['facts'],
    factsOverall: f1(total),
    missingExact: missingExact / cases.length,
    disagreements,
  };
}

/** A 50-message conversation in the customer's words: a long, mixed, escalating chat. */
export function longConversation(cases = loadDevSet(), length = 50): Conversation {
  const messages: Message[] = [];
  const texts = cases.flatMap((item) => item.conversation.messages.filter((m) => m.role === 'customer').map((m) => m.text));
  for (let i = 0; messages.length < length; i++) {
    messages.push({ role: 'customer', text: texts[(i * 7) % texts.length]! });
    if (messages.length < length)
      messages.push({
        role: 'agent',
        text: i % 2 ? '请提供一下订单号和付款方式？' : 'Could you share the order number and the exact error message?',
      });
  }
  return { site: 'generic', subject: 'Refund still missing', messages };
}

const pct = (value: number) => value.toFixed(3);
const prf = ({ precision, recall, f1: score }: { precision: number; recall: number; f1: number }) =>
  `${pct(precision)} / ${pct(recall)} / ${pct(score)}`;
const status = (met: boolean | undefined) => (met === undefined ? '' : met ? 'met' : 'NOT MET');

interface Figure {
  name: string;
  value: (report: DevReport) => string;
  target: string;
  met?: (report: DevReport) => boolean;
}

const FIGURES: Figure[] = [
  { name: 'scenario accuracy', value: (r) => pct(r.scenario.accuracy), target: '≥ 0.9', met: (r) => r.scenario.accuracy >= 0.9 },
  { name: 'scenario macro-F1', value: (r) => pct(r.scenario.macroF1), target: '' },
  { name: 'emotion accuracy', value: (r) => pct(r.emotion.accuracy), target: '' },
  { name: 'emotion macro-F1', value: (r) => pct(r.emotion.macroF1), target: '≥ 0.8', met: (r) => r.emotion.macroF1 >= 0.8 },
  { name: 'escalation level accuracy', value: (r) => pct(r.escalation.accuracy), target: '' },
  {
    name: 'escalation high recall',
    value: (r) => pct(r.escalation.high.recall),
    target: '≥ 0.95',
    met: (r) => r.escalation.high.recall >= 0.95,
  },
  {
    name: 'escalation high precision',
    value: (r) => pct(r.escalation.high.precision),
    target: '≥ 0.85',
    met: (r) => r.escalation.high.precision >= 0.85,
  },
  ...FACT_TYPES.map((type): Figure => ({
    name: `facts ${type} P / R / F1`,
    value: (r) => prf(r.facts[type]),
    target: '≥ 0.95',
    met: (r) => r.facts[type].f1 >= 0.95,
  })),
  {
    name: 'facts, all types P / R / F1',
    value: (r) => prf(r.factsOverall),
    target: '≥ 0.95',
    met: (r) => r.factsOverall.f1 >= 0.95,
  },
  { name: 'missing exactly right', value: (r) => pct(r.missingExact), target: '' },
];

const describeSet = (report: DevReport) =>
  `${report.cases} (${Object.entries(report.byLanguage)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lang, n]) => `${lang} ${n}`)
    .join(', ')})`;

export function benchAnalysis(): void {
  const devCases = loadDevSet();
  const dev = evaluateDevSet(devCases);
  const heldOutCases = loadHeldOutSet();
  const heldOut = evaluateDevSet(heldOutCases);
  console.log('\n## Conversation analysis: development set (tuned on) vs held-out set (scored before tuning for it)');
  console.log(`development: ${describeSet(dev)} · held-out: ${describeSet(heldOut)}`);
  console.log(
    `${'figure'.padEnd(34)} ${'development'.padStart(24)} ${'held-out'.padStart(24)}   ${'target'.padEnd(8)} ${'dev'.padEnd(8)} held-out`,
  );
  for (const figure of FIGURES) {
    console.log(
      `${figure.name.padEnd(34)} ${figure.value(dev).padStart(24)} ${figure.value(heldOut).padStart(24)}   ${figure.target.padEnd(8)} ${status(figure.met?.(dev)).padEnd(8)} ${status(figure.met?.(heldOut))}`,
    );
  }

  // Each held-out batch on its own: a batch read for failures flatters the analyzer more than a fresh one.
  const batches = new Map<string, DevCase[]>();
  for (const item of heldOutCases) {
    const batch = /-(h[a-z])-/.exec(item.id)?.[1] ?? 'other';
    batches.set(batch, [...(batches.get(batch) ?? []), item]);
  }
  for (const [batch, items] of batches) {
    const r = evaluateDevSet(items);
    console.log(
      `held-out batch ${batch} (${r.cases}): scenario ${pct(r.scenario.accuracy)} · emotion macro-F1 ${pct(r.emotion.macroF1)} · high R/P ${pct(r.escalation.high.recall)}/${pct(r.escalation.high.precision)} · facts F1 ${pct(r.factsOverall.f1)} · missing exact ${pct(r.missingExact)}`,
    );
  }

  const conversation = longConversation(devCases);
  const timing = measure('analyzeConversation · 50 messages', () => analyzeConversation(conversation, { now: BENCH_NOW }), {
    samples: 300,
    warmup: 30,
  });
  printFigures('Analysis time', [timing]);
  console.log(`median ${timing.median.toFixed(3)} ms: target ≤ 2 ms ${timing.median <= 2 ? 'met' : 'NOT MET'}`);

  const verbose = process.env.DESKMATE_BENCH_VERBOSE;
  const lists: [string, DevReport][] = [];
  if (verbose && verbose !== 'heldout') lists.push(['development set', dev]);
  if (verbose === 'heldout' || verbose === 'all') lists.push(['held-out set', heldOut]);
  for (const [name, report] of lists) {
    console.log(`\n${report.disagreements.length} disagreements on the ${name}:`);
    for (const line of report.disagreements) console.log(`  ${line}`);
  }
}
