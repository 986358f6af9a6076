import { readFile, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultMeta, packFromCsv, packToCsv } from '../utils/packs/csv';
import { parsePack } from '../utils/packs/validate';
import type { PackError } from '../utils/packs/types';
import { EXIT, UsageError, type Io } from './io';
import { loadPackFiles } from './load-packs';

export async function packCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'validate') return validate(rest, io);
  if (sub === 'convert') return convert(rest, io);
  throw new UsageError(`pack wants "validate" or "convert", got ${sub ? `"${sub}"` : 'nothing'}`);
}

function printErrors(errors: PackError[], json: boolean | undefined, io: Io) {
  if (json) io.stdout.write(`${JSON.stringify({ ok: false, errors })}\n`);
  else for (const error of errors) io.stderr.write(`${error.file}: ${error.path || '(document)'}: ${error.message}\n`);
}

async function validate(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' } } });
  if (!positionals.length) throw new UsageError('pack validate needs at least one pack file');
  const loaded = await Promise.all(
    positionals.map(async (file) => {
      if (extname(file).toLowerCase() !== '.csv') return (await loadPackFiles([file], io.cwd))[0]!;
      const text = await readFile(resolve(io.cwd, file), 'utf8');
      const result = packFromCsv(text, file, defaultMeta(file, text, new Date()));
      return result.ok ? { ok: true as const, pack: result.pack, file } : { ok: false as const, errors: result.errors, file };
    }),
  );
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

async function convert(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      id: { type: 'string' },
      name: { type: 'string' },
      version: { type: 'string' },
      locale: { type: 'string' },
    },
  });
  const [input, output] = positionals;
  if (!input || !output || positionals.length > 2) throw new UsageError('pack convert wants IN and OUT (one .csv, one .json)');
  const from = extname(input).toLowerCase();
  const to = extname(output).toLowerCase();
  if (!((from === '.csv' && to === '.json') || (from === '.json' && to === '.csv'))) {
    throw new UsageError(`pack convert goes CSV → JSON or JSON → CSV, by extension; got ${from || '(none)'} → ${to || '(none)'}`);
  }
  const text = await readFile(resolve(io.cwd, input), 'utf8');

  if (from === '.csv') {
    const fallback = defaultMeta(input, text, new Date());
    const meta = {
      id: values.id ?? fallback.id,
      name: values.name ?? fallback.name,
      version: values.version ?? fallback.version,
      locale: values.locale ?? fallback.locale,
    };
    const result = packFromCsv(text, input, meta);
    if (!result.ok) {
      printErrors(result.errors, values.json, io);
      return EXIT.findings;
    }
    await writeFile(resolve(io.cwd, output), `${JSON.stringify(result.pack, null, 2)}\n`);
    report(io, values.json, input, output, result.pack.templates.length);
    return EXIT.ok;
  }
  const result = parsePack(text, input);
  if (!result.ok) {
    printErrors(result.errors, values.json, io);
    return EXIT.findings;
  }
  await writeFile(resolve(io.cwd, output), packToCsv(result.pack));
  report(io, values.json, input, output, result.pack.templates.length);
  return EXIT.ok;
}

function report(io: Io, json: boolean | undefined, input: string, output: string, templates: number) {
  if (json) io.stdout.write(`${JSON.stringify({ ok: true, input, output, templates })}\n`);
  else io.stdout.write(`wrote ${output}: ${templates} templates\n`);
}
