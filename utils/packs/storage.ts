import { storage } from 'wxt/utils/storage';
import { BUILTIN_PACKS } from './builtin';
import { packFromCsv, defaultMeta } from './csv';
import { activeTemplates, applyUpdate, EMPTY_LIBRARY, type LibraryState, type PackSource } from './library';
import type { LibraryTemplate } from './types';
import { parsePack } from './validate';

/** Installed packs (the agent's own files, team subscriptions, policy packs), versioned. */
export const libraryItem = storage.defineItem<LibraryState>('local:library', { fallback: EMPTY_LIBRARY, version: 1 });

export async function loadTemplates(): Promise<LibraryTemplate[]> {
  return activeTemplates(await libraryItem.getValue(), BUILTIN_PACKS);
}

/** Installs a pack file chosen by the agent (JSON or CSV); returns the outcome, never half-installs. */
export async function importPackFile(name: string, text: string, now = Date.now()) {
  const result = name.toLowerCase().endsWith('.csv')
    ? packFromCsv(text, name, defaultMeta(name, text, new Date(now)))
    : parsePack(text, name);
  const source: PackSource = { kind: 'file', name };
  const outcome = result.ok ? result : { ok: false as const, message: `${name} is not a valid pack`, errors: result.errors };
  if (outcome.ok) await libraryItem.setValue(applyUpdate(await libraryItem.getValue(), source, outcome, now));
  return outcome;
}
