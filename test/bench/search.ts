import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import type { LibraryTemplate } from '../../utils/packs/types';
import { TemplateIndex } from '../../utils/search';
import { measure, printFigures, printRatio, type Figure } from './harness';
import { labelledQueries, largeLibrary, type LabelledQuery } from './search-corpus';

const SIZE = 20_000;
const defaultFuseOf = (templates: readonly LibraryTemplate[]) =>
  new Fuse(templates, { keys: ['shortcut', 'title', 'tags', 'body'] });

function recallAt5(queries: LabelledQuery[], search: (query: string) => string[]) {
  const byKind = new Map<string, { hit: number; total: number }>();
  let hit = 0;
  const times: number[] = [];
  for (const { kind, query, expected } of queries) {
    const start = performance.now();
    const ids = search(query);
    times.push(performance.now() - start);
    const found = ids.slice(0, 5).includes(expected);
    if (found) hit++;
    const entry = byKind.get(kind) ?? { hit: 0, total: 0 };
    entry.total++;
    if (found) entry.hit++;
    byKind.set(kind, entry);
  }
  times.sort((a, b) => a - b);
  return { recall: hit / queries.length, byKind, times };
}

export function benchSearch(): void {
  const library = largeLibrary(SIZE);
  const queries = labelledQueries(library);
  console.log(
    `\nsearch library: ${library.length} templates (built-in packs × product lines); ${queries.length} labelled queries`,
  );

  const build: Figure[] = [
    measure('index build · ours, 20k templates', () => new TemplateIndex(library), { samples: 7, warmup: 1 }),
    measure('index build · default Fuse.js, 20k templates', () => defaultFuseOf(library), { samples: 7, warmup: 1 }),
  ];
  const ours = new TemplateIndex(library);
  const baseline = defaultFuseOf(library);

  const oursRecall = recallAt5(queries, (query) => ours.search(query, { limit: 5 }).map((hit) => hit.template.id));
  const fuseRecall = recallAt5(queries, (query) => baseline.search(query, { limit: 5 }).map((hit) => hit.item.id));
  const asFigure = (name: string, times: number[]): Figure => ({
    name,
    median: times[Math.floor(times.length / 2)]!,
    p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!,
    p99: times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)]!,
    samples: times.length,
  });
  const keystrokes = measure(
    'per keystroke · ours (prefixes of every query)',
    (i) => {
      const query = queries[i % queries.length]!.query;
      return ours.search(query.slice(0, 1 + (i % query.length)), { limit: 20 });
    },
    { samples: 600, warmup: 50 },
  );
  const query = [
    asFigure('query · ours (labelled set)', oursRecall.times),
    asFigure('query · default Fuse.js (labelled set)', fuseRecall.times),
    keystrokes,
  ];

  printFigures(`Template search, ${SIZE} templates`, [...build, ...query]);
  printRatio('index build', build[0]!, build[1]!);
  printRatio('query', query[0]!, query[1]!);
  console.log(
    `targets: query p95 ≤ 10 ms → ${query[0]!.p95 <= 10 && keystrokes.p95 <= 10 ? 'met' : 'NOT met'}; index build ≤ 300 ms → ${build[0]!.median <= 300 ? 'met' : 'NOT met'}`,
  );

  console.log(`\nrecall@5          ours   default Fuse.js`);
  for (const [kind, entry] of oursRecall.byKind) {
    const other = fuseRecall.byKind.get(kind)!;
    console.log(
      `  ${kind.padEnd(14)} ${(entry.hit / entry.total).toFixed(2).padStart(6)} ${(other.hit / other.total).toFixed(2).padStart(8)}   (${entry.total} queries)`,
    );
  }
  console.log(`  ${'all'.padEnd(14)} ${oursRecall.recall.toFixed(2).padStart(6)} ${fuseRecall.recall.toFixed(2).padStart(8)}`);
  console.log(`target: recall@5 ≥ default Fuse.js → ${oursRecall.recall >= fuseRecall.recall ? 'met' : 'NOT met'}`);
}
