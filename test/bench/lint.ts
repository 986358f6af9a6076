/**
 * The draft coach, measured: precision and recall per rule on the labelled drafts, lint time for
 * ~500-character drafts (Chinese and English), and write-good on the same English drafts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import type { Conversation, Message } from '../../utils/conversation/types';
import { lintDraft, RULE_IDS, type Finding, type LintOptions } from '../../utils/lint';
import { languageOf } from '../../utils/lint/draft';
import type { TeamRule } from '../../utils/packs/types';
import { measure, printFigures, printRatio, type Figure } from './harness';

/** The development set: what the word lists were written and tuned on. */
export const DRAFTS_FILE = new URL('../fixtures/lint/drafts.jsonl', import.meta.url);
/**
 * The held-out set: drafts written and labelled before the rules saw them, and never tuned on. A
 * miss found here is fixed by generalising the rule and adding fresh examples of that kind to the
 * development set, not by editing this file.
 */
export const HELDOUT_FILE = new URL('../fixtures/lint/heldout.jsonl', import.meta.url);
/** A second held-out batch, written after the rules had been generalised on the first one's misses. */
export const HELDOUT_2_FILE = new URL('../fixtures/lint/heldout-2.jsonl', import.meta.url);
/** A third held-out batch, written after the rules had been generalised on the first two batches' misses. */
export const HELDOUT_3_FILE = new URL('../fixtures/lint/heldout-3.jsonl', import.meta.url);

export interface LabelledDraft {
  text: string;
  context?: Partial<Conversation> & { messages: Message[] };
  /** A team pack's rules to lint with (reported as `pack:<rule id>`). */
  pack?: { id: string; rules: TeamRule[] };
  /** The exact flagged words; message-scope rules (overload, language-mismatch) may leave out `text`. */
  expect: { rule: string; text?: string }[];
}

export function loadLabelledDrafts(file: URL = DRAFTS_FILE): LabelledDraft[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledDraft);
}

/** A fixed moment (Monday 23 Nov 2026, 14:10 local), so suggestions are reproducible. */
export const BENCH_NOW = new Date(2026, 10, 23, 14, 10);

export function optionsFor(draft: LabelledDraft): LintOptions {
  return {
    now: BENCH_NOW,
    uiLanguage: languageOf(draft.text) ?? 'en',
    ...(draft.context ? { conversation: { site: 'fixture', ...draft.context } } : {}),
    ...(draft.pack ? { teamRules: draft.pack.rules.map((rule) => ({ packId: draft.pack!.id, rule })) } : {}),
  };
}

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
}

export interface Mismatch {
  text: string;
  kind: 'fp' | 'fn';
  rule: string;
  words?: string;
}

/** Findings matched to expectations by rule and exact words (by rule alone when no words are given). */
export function score(drafts: readonly LabelledDraft[]): { byRule: Record<string, RuleScore>; mismatches: Mismatch[] } {
  const byRule: Record<string, RuleScore> = Object.fromEntries(RULE_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const mismatches: Mismatch[] = [];
  for (const draft of drafts) {
    const open: (Finding | undefined)[] = lintDraft(draft.text, optionsFor(draft));
    for (const expected of draft.expect) {
      const index = open.findIndex(
        (f) => f && f.rule === expected.rule && (expected.text === undefined || f.text === expected.text),
      );
      const entry = (byRule[expected.rule] ??= { tp: 0, fp: 0, fn: 0 });
      if (index === -1) {
        entry.fn++;
        mismatches.push({
          text: draft.text,
          kind: 'fn',
          rule: expected.rule,
          ...(expected.text ? { words: expected.text } : {}),
        });
      } else {
        entry.tp++;
        open[index] = undefined;
      }
    }
    for (const finding of open) {
      if (!finding) continue;
      (byRule[finding.rule] ??= { tp: 0, fp: 0, fn: 0 }).fp++;
      mismatches.push({ text: draft.text, kind: 'fp', rule: finding.rule, words: finding.text });
    }
  }
  return { byRule, mismatches };
}

export const TARGET = { precision: 0.95, recall: 0.9 };

/** Precision and recall; with nothing to find (or nothing found) the figure is vacuously 1. */
export function rates({ tp, fp, fn }: RuleScore): { precision: number; recall: number } {
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

/** Consecutive drafts of one language joined into drafts of about `size` characters. */
export function longDrafts(drafts: readonly LabelledDraft[], lang: 'zh' | 'en', size = 500): string[] {
  const texts = drafts.map((draft) => draft.text).filter((text) => languageOf(text) === lang);
  const out: string[] = [];
  let current = '';
  for (const text of [...texts, ...texts]) {
    current = current ? `${current}${lang === 'zh' ? '' : ' '}${text}` : text;
    if (current.length >= size) {
      out.push(current.slice(0, size));
      current = '';
    }
    if (out.length >= 40) break;
  }
  return out;
}

type WriteGood = (text: string) => unknown[];

/** Team rules are one row: each pack's rule ids are its own. */
const rowOf = (rule: string) => (rule.startsWith('pack:') ? 'pack:* (team rules)' : rule);

function describeSet(drafts: readonly LabelledDraft[]): string {
  const zh = drafts.filter((draft) => languageOf(draft.text) === 'zh').length;
  return `${drafts.length} drafts: ${zh} zh, ${drafts.length - zh} en`;
}

/** Per-rule tp/fp/fn merged into the bench's rows, plus the sum over all rules. */
function rows(byRule: Record<string, RuleScore>): Map<string, RuleScore> {
  const out = new Map<string, RuleScore>(RULE_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const [rule, entry] of Object.entries(byRule)) {
    const row = out.get(rowOf(rule)) ?? { tp: 0, fp: 0, fn: 0 };
    row.tp += entry.tp;
    row.fp += entry.fp;
    row.fn += entry.fn;
    out.set(rowOf(rule), row);
    all.tp += entry.tp;
    all.fp += entry.fp;
    all.fn += entry.fn;
  }
  out.set('all findings', all);
  return out;
}

export const met = (entry: RuleScore) => {
  const { precision, recall } = rates(entry);
  return precision >= TARGET.precision && recall >= TARGET.recall;
};

function cell(entry: RuleScore | undefined): string {
  if (!entry) return `${'-'.padStart(5)} ${'-'.padStart(5)} ${'-'.padStart(10)} ${''.padEnd(6)}`;
  const { precision, recall } = rates(entry);
  const counts = `${entry.tp}/${entry.fp}/${entry.fn}`;
  return `${precision.toFixed(3).padStart(5)} ${recall.toFixed(3).padStart(5)} ${counts.padStart(10)} ${(met(entry) ? 'met' : 'MISSED').padEnd(6)}`;
}

export interface LabelledSet {
  name: string;
  file: string;
  /** What the set is for, and how far its figures can be trusted. */
  note: string;
  drafts: LabelledDraft[];
}

/** The labelled sets, development first; each held-out set says what it has been used for. */
export function labelledSets(): LabelledSet[] {
  return [
    {
      name: 'dev',
      file: 'drafts.jsonl',
      note: 'the word lists are tuned on it: its figures flatter the coach',
      drafts: loadLabelledDrafts(),
    },
    {
      name: 'held-out A',
      file: 'heldout.jsonl',
      note: 'written before any change (first run: 0.846 precision / 0.536 recall over all findings, 3 of 11 rows met); its misses were then studied by kind, so later runs flatter the coach',
      drafts: loadLabelledDrafts(HELDOUT_FILE),
    },
    {
      name: 'held-out B',
      file: 'heldout-2.jsonl',
      note: 'written after the first fixes (first run: 0.857 / 0.513, 2 of 11 rows met); its misses were then studied by kind too',
      drafts: loadLabelledDrafts(HELDOUT_2_FILE),
    },
    {
      name: 'held-out C',
      file: 'heldout-3.jsonl',
      note: 'written after the second fixes (first run: 0.896 / 0.541, 2 of 11 rows met); its misses were studied by kind for a last round',
      drafts: loadLabelledDrafts(HELDOUT_3_FILE),
    },
  ];
}

/**
 * Each held-out batch's first run, before its misses were looked at: what the coach did on drafts it had
 * never seen. Later runs of the same batch are optimistic; these are the figures to quote.
 */
export const FIRST_RUNS: { name: string; precision: number; recall: number; met: string; when: string }[] = [
  { name: 'held-out A', precision: 0.846, recall: 0.536, met: '3/11', when: 'before any change' },
  { name: 'held-out B', precision: 0.857, recall: 0.513, met: '2/11', when: 'after generalising on A' },
  { name: 'held-out C', precision: 0.896, recall: 0.541, met: '2/11', when: 'after generalising on A and B' },
];

/** The precision/recall table: every labelled set side by side, against the targets. */
export function printScores(sets: readonly LabelledSet[]): void {
  console.log(
    `\n## Draft coach: precision / recall per rule (target: precision ≥ ${TARGET.precision}, recall ≥ ${TARGET.recall} for every rule)`,
  );
  for (const set of sets)
    console.log(`${set.name.padEnd(11)} = test/fixtures/lint/${set.file} (${describeSet(set.drafts)}): ${set.note}`);
  console.log('counts are tp/fp/fn; a finding counts only when its rule and its exact words match the label');
  const tables = sets.map((set) => rows(score(set.drafts).byRule));
  const names = [...new Set(tables.flatMap((table) => [...table.keys()]))].sort(
    (a, b) => Number(a === 'all findings') - Number(b === 'all findings'),
  );
  const head = `${'prec'.padStart(5)} ${'rec'.padStart(5)} ${'tp/fp/fn'.padStart(10)} ${'target'.padEnd(6)}`;
  console.log(`${''.padEnd(20)} ${sets.map((set) => set.name.padEnd(head.length)).join(' | ')}`);
  console.log(`${'rule'.padEnd(20)} ${sets.map(() => head).join(' | ')}`);
  for (const name of names) console.log(`${name.padEnd(20)} ${tables.map((table) => cell(table.get(name))).join(' | ')}`);
  const rules = names.filter((name) => name !== 'all findings');
  const summary = tables.map((table, i) => {
    const present = rules.filter((name) => table.has(name));
    return `${sets[i]!.name} ${present.filter((name) => met(table.get(name)!)).length}/${present.length}`;
  });
  console.log(`rules meeting both targets: ${summary.join(', ')}`);
  console.log('first run of each held-out batch, all findings (the figures for drafts the coach had never seen):');
  for (const run of FIRST_RUNS)
    console.log(
      `  ${run.name.padEnd(11)} ${run.precision.toFixed(3)} precision / ${run.recall.toFixed(3)} recall, ${run.met} rows met (${run.when})`,
    );
}

export function benchLint(): void {
  const sets = labelledSets();
  printScores(sets);
  const drafts = sets[0]!.drafts;
  // LINT_MISSES=dev (or 'held-out A', or a file name) lists that set's misses under the table.
  const misses = process.env.LINT_MISSES;
  const shown = sets.find((set) => set.name === misses || set.file === misses);
  if (shown)
    for (const miss of score(shown.drafts).mismatches)
      console.log(`  ${miss.kind} ${miss.rule} «${miss.words ?? ''}» ${miss.text.replace(/\n/g, ' ')}`);

  const zhLong = longDrafts(drafts, 'zh');
  const enLong = longDrafts(drafts, 'en');
  const options = (text: string): LintOptions => ({ now: BENCH_NOW, uiLanguage: languageOf(text) ?? 'en' });
  const writeGood = createRequire(import.meta.url)('write-good') as WriteGood;
  // Interleaved rounds: on a shared 2-core machine a tail sample is often another process's time
  // slice, so each series is measured in 5 rounds and the quietest round is reported beside the spread.
  const series: [string, (i: number) => unknown][] = [
    ['lint · 500-char zh draft', (i) => lintDraft(zhLong[i % zhLong.length]!, options(zhLong[i % zhLong.length]!))],
    ['lint · 500-char en draft', (i) => lintDraft(enLong[i % enLong.length]!, options(enLong[i % enLong.length]!))],
    ['write-good · same en drafts', (i) => writeGood(enLong[i % enLong.length]!)],
  ];
  const rounds: Figure[][] = series.map(() => []);
  for (let round = 0; round < 5; round++)
    series.forEach(([name, fn], index) => rounds[index]!.push(measure(name, fn, { samples: 1000, warmup: 200 })));
  const quietest = rounds.map((figures) => [...figures].sort((a, b) => (a.p99 ?? 0) - (b.p99 ?? 0))[0]!);
  const [ours, oursEn, baseline] = quietest as [Figure, Figure, Figure];
  printFigures(
    `Draft coach timing (${zhLong.length} zh / ${enLong.length} en drafts of 500 characters; quietest of 5 rounds)`,
    quietest,
    {
      p99: true,
    },
  );
  for (const figures of rounds)
    console.log(
      `  ${figures[0]!.name}: median ${figures.map((f) => f.median.toFixed(3)).join(' / ')} ms, p99 ${figures.map((f) => (f.p99 ?? 0).toFixed(2)).join(' / ')} ms by round`,
    );
  console.log(
    `  load average while measuring: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (${os.cpus().length} cores)`,
  );
  printRatio('lint en vs write-good', oursEn, baseline);
  const within = (figure: Figure) => figure.median <= 1 && (figure.p99 ?? Infinity) <= 3;
  console.log(`target ≤ 1 ms median, ≤ 3 ms p99: zh ${within(ours) ? 'met' : 'MISSED'}, en ${within(oursEn) ? 'met' : 'MISSED'}`);
}
