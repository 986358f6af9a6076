import { parseArgs } from 'node:util';
import { builtinTemplates } from '../utils/packs/builtin';
import { libraryTemplates } from '../utils/packs/types';
import { TemplateIndex } from '../utils/search';
import { EXIT, UsageError, type Io } from './io';
import { loadPackFiles } from './load-packs';

export async function searchCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { pack: { type: 'string', multiple: true }, limit: { type: 'string' }, json: { type: 'boolean' } },
  });
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('search needs a QUERY');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit wants a positive whole number, got "${values.limit}"`);

  let templates = builtinTemplates();
  if (values.pack?.length) {
    const loaded = await loadPackFiles(values.pack, io.cwd);
    const broken = loaded.flatMap((entry) => (entry.ok ? [] : entry.errors));
    if (broken.length) {
      for (const error of broken) io.stderr.write(`${error.file}: ${error.path || '(document)'}: ${error.message}\n`);
      return EXIT.usage;
    }
    templates = loaded.flatMap((entry) => (entry.ok ? libraryTemplates(entry.pack) : []));
  }

  const hits = new TemplateIndex(templates).search(query, { limit });
  const rows = hits.map((hit) => ({
    id: hit.template.id,
    title: hit.template.title,
    score: Number(hit.score.toFixed(4)),
    pack: hit.template.packId,
  }));
  if (values.json) io.stdout.write(`${JSON.stringify(rows)}\n`);
  else if (!rows.length) io.stdout.write(`no template matches "${query}"\n`);
  else for (const row of rows) io.stdout.write(`${row.score.toFixed(3)}  ${row.pack}/${row.id}  ${row.title}\n`);
  return EXIT.ok;
}
