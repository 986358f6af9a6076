/**
 * `npm run bench [section…]`: figures and ratios, ours vs. a baseline measured in the same process.
 * Record the results in the README's performance table. Sections run in the order listed; name some
 * on the command line to run only those.
 */
import os from 'node:os';
import { benchAnalysis } from './analysis';
import { benchExtract } from './extract';
import { benchLint } from './lint';
import { benchSearch } from './search';

const SECTIONS: [name: string, run: () => void | Promise<void>][] = [
  ['search', benchSearch],
  ['lint', benchLint],
  ['extract', benchExtract],
  ['analysis', benchAnalysis],
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !SECTIONS.some(([known]) => known === name));
if (unknown.length) {
  console.error(`unknown bench section(s): ${unknown.join(', ')}; known: ${SECTIONS.map(([name]) => name).join(', ')}`);
  process.exit(2);
}

console.log(`Deskmate bench · node ${process.version} · ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}`);
for (const [name, run] of SECTIONS) {
  if (wanted.length && !wanted.includes(name)) continue;
  await run();
}
