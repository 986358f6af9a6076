/**
 * What the coach lints with in the page: the agent's per-rule settings, the team rules of the packs
 * in use, the conversation on screen and the UI language. Pure: the caller reads storage.
 */
import type { Conversation } from '../conversation/types';
import { packRules, type Lang, type LintOptions, type PackRule } from '../lint';
import type { LibraryState } from '../packs/library';
import type { Pack } from '../packs/types';
import type { CoachSettings } from './settings';

export { DEFAULT_COACH_SETTINGS, type CoachSettings } from './settings';

/**
 * The packs in use, as the template library counts them: enabled installed packs (one per id, the
 * newest), then the built-in packs the agent did not switch off.
 */
export function packsInUse(library: LibraryState, builtins: readonly Pack[]): Pack[] {
  const seen = new Set<string>();
  const packs: Pack[] = [];
  for (const entry of [...library.installed].sort((a, b) => b.updatedAt - a.updatedAt)) {
    if (!entry.enabled || seen.has(entry.pack.id)) continue;
    seen.add(entry.pack.id);
    packs.push(entry.pack);
  }
  for (const pack of builtins) {
    if (seen.has(pack.id) || library.disabledBuiltins.includes(pack.id)) continue;
    seen.add(pack.id);
    packs.push(pack);
  }
  return packs;
}

/** The team rules the coach applies: those of the packs in use. */
export function teamRulesInUse(library: LibraryState, builtins: readonly Pack[]): PackRule[] {
  return packRules(packsInUse(library, builtins));
}

export interface CoachContext {
  settings: CoachSettings;
  teamRules: PackRule[];
  conversation: Conversation | undefined;
  now: Date;
  uiLanguage: Lang;
}

export function coachLintOptions({ settings, teamRules, conversation, now, uiLanguage }: CoachContext): LintOptions {
  return {
    now,
    uiLanguage,
    ...(conversation && { conversation }),
    ...(teamRules.length && { teamRules }),
    ...(Object.keys(settings.rules).length && { rules: settings.rules }),
  };
}
