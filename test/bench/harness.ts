import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  /** Milliseconds per call. */
  median: number;
  p95: number;
  /** Set by measure(); figures built by hand may leave it out. */
  p99?: number;
  samples: number;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index]!;
}

/**
 * Times `fn(i)` over `samples` calls after `warmup` untimed ones. Each sample is one call, so the
 * median and p95 are per call (per query, per build) as an agent would feel them.
 */
export function measure(name: string, fn: (i: number) => unknown, { samples = 200, warmup = 20 } = {}): Figure {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn(i);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    sink = fn(i);
    times.push(performance.now() - start);
  }
  if (sink === Symbol.for('never')) console.log(sink); // keeps the result observable
  times.sort((a, b) => a - b);
  return { name, median: percentile(times, 0.5), p95: percentile(times, 0.95), p99: percentile(times, 0.99), samples };
}

const ms = (value: number) => (value < 0.1 ? value.toFixed(4) : value < 10 ? value.toFixed(3) : value.toFixed(1));

/** `{ p99: true }` adds a p99 column (the draft coach's target is stated at p99). */
export function printFigures(title: string, figures: Figure[], { p99 = false } = {}): void {
  console.log(`\n## ${title}`);
  console.log(
    `${'figure'.padEnd(44)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(10)}${p99 ? ` ${'p99 ms'.padStart(10)}` : ''} ${'samples'.padStart(8)}`,
  );
  for (const figure of figures) {
    console.log(
      `${figure.name.padEnd(44)} ${ms(figure.median).padStart(10)} ${ms(figure.p95).padStart(10)}${p99 ? ` ${(figure.p99 === undefined ? '-' : ms(figure.p99)).padStart(10)}` : ''} ${String(figure.samples).padStart(8)}`,
    );
  }
}

/** "ours vs baseline": how many times faster ours is (>1 is better), by median and by p95. */
export function printRatio(label: string, ours: Figure, baseline: Figure): void {
  const median = baseline.median / ours.median;
  const p95 = baseline.p95 / ours.p95;
  console.log(
    `ratio ${label}: ${median.toFixed(2)}× faster by median, ${p95.toFixed(2)}× by p95 (${baseline.name} / ${ours.name})`,
  );
}
