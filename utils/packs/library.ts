import type { LibraryTemplate, Pack, PackError } from './types';
import { libraryTemplates } from './types';

/** Where an installed pack came from; decides who may remove it and whether it refreshes. */
export type PackSource =
  | { kind: 'file'; name: string }
  | { kind: 'url'; url: string }
  /** Pushed by the browser's enterprise policy: the agent can't remove it. */
  | { kind: 'policy'; url: string };

export interface InstalledPack {
  /** The last version that validated; a failed update never replaces it. */
  pack: Pack;
  source: PackSource;
  enabled: boolean;
  /** When `pack` was last replaced (ms). */
  updatedAt: number;
  /** When the source was last checked, and what went wrong then, if anything. */
  checkedAt?: number;
  lastError?: { message: string; errors?: PackError[] };
}

export interface LibraryState {
  installed: InstalledPack[];
  /** Built-in pack ids the agent switched off. */
  disabledBuiltins: string[];
}

export const EMPTY_LIBRARY: LibraryState = { installed: [], disabledBuiltins: [] };

/**
 * Every template the agent can use: enabled installed packs first (a team's own wording wins a
 * tie), then the enabled built-in packs. A pack id installed twice counts once, the newest.
 */
export function activeTemplates(state: LibraryState, builtins: readonly Pack[]): LibraryTemplate[] {
  const seen = new Set<string>();
  const packs: Pack[] = [];
  for (const entry of [...state.installed].sort((a, b) => b.updatedAt - a.updatedAt)) {
    if (!entry.enabled || seen.has(entry.pack.id)) continue;
    seen.add(entry.pack.id);
    packs.push(entry.pack);
  }
  for (const pack of builtins) {
    if (seen.has(pack.id) || state.disabledBuiltins.includes(pack.id)) continue;
    seen.add(pack.id);
    packs.push(pack);
  }
  return packs.flatMap(libraryTemplates);
}

export type UpdateOutcome = { ok: true; pack: Pack } | { ok: false; message: string; errors?: PackError[] };

function sameSource(a: PackSource, b: PackSource): boolean {
  return a.kind === b.kind && (a.kind === 'file' ? a.name === (b as typeof a).name : a.url === (b as { url: string }).url);
}

/**
 * The library after installing or refreshing a pack from `source`. A failed update keeps the last
 * good pack and records the error; a first install that fails installs nothing.
 */
export function applyUpdate(state: LibraryState, source: PackSource, outcome: UpdateOutcome, now: number): LibraryState {
  const index = state.installed.findIndex((entry) => sameSource(entry.source, source));
  const current = index === -1 ? undefined : state.installed[index]!;
  let next: InstalledPack | undefined;
  if (outcome.ok) {
    next = { pack: outcome.pack, source, enabled: current?.enabled ?? true, updatedAt: now, checkedAt: now };
  } else if (current) {
    next = {
      ...current,
      checkedAt: now,
      lastError: { message: outcome.message, ...(outcome.errors && { errors: outcome.errors }) },
    };
  }
  if (!next) return state;
  const installed = [...state.installed];
  if (index === -1) installed.push(next);
  else installed[index] = next;
  return { ...state, installed };
}

export function removePack(state: LibraryState, source: PackSource): LibraryState {
  return { ...state, installed: state.installed.filter((entry) => !sameSource(entry.source, source)) };
}

export function setEnabled(state: LibraryState, source: PackSource, enabled: boolean): LibraryState {
  return {
    ...state,
    installed: state.installed.map((entry) => (sameSource(entry.source, source) ? { ...entry, enabled } : entry)),
  };
}
