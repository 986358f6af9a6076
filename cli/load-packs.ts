import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Pack, PackError } from '../utils/packs/types';
import { parsePack } from '../utils/packs/validate';

export type Loaded = { ok: true; pack: Pack; file: string } | { ok: false; errors: PackError[]; file: string };

/** Reads and validates pack files; an unreadable file throws (exit 2), an invalid one is reported. */
export async function loadPackFiles(files: string[], cwd: string): Promise<Loaded[]> {
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(resolve(cwd, file), 'utf8');
      const result = parsePack(text, file);
      return result.ok ? { ok: true as const, pack: result.pack, file } : { ok: false as const, errors: result.errors, file };
    }),
  );
}
