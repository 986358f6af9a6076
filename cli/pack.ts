import { parseArgs } from 'node:util';
import { EXIT, UsageError, type Io } from './io';
import { loadPackFiles } from './load-packs';

export async function packCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'convert') {
    io.stderr.write('deskmate pack convert: not implemented yet\n');
    return EXIT.usage;
  }
  if (sub !== 'validate') throw new UsageError(`pack wants "validate" or "convert", got ${sub ? `"${sub}"` : 'nothing'}`);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: 'boolean' } } });
  if (!positionals.length) throw new UsageError('pack validate needs at least one pack file');
  const loaded = await loadPackFiles(positionals, io.cwd);
  const errors = loaded.flatMap((entry) => (entry.ok ? [] : entry.errors));
  const ok = errors.length === 0;
  if (values.json) io.stdout.write(`${JSON.stringify({ ok, errors })}\n`);
  else {
    for (const entry of loaded) {
      if (entry.ok)
        io.stdout.write(`ok   ${entry.file}: ${entry.pack.id} ${entry.pack.version}, ${entry.pack.templates.length} templates\n`);
      else
        for (const error of entry.errors)
          io.stdout.write(`FAIL ${error.file}: ${error.path || '(document)'}: ${error.message}\n`);
    }
  }
  return ok ? EXIT.ok : EXIT.findings;
}
