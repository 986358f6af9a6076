import type { Severity } from '../lint/types';

/** The agent's draft-coach settings (storage item `local:coach`, see utils/settings.ts). */
export interface CoachSettings {
  /** The coach as a whole: off means no underlines, no list, no badge. */
  enabled: boolean;
  /** Per rule (built-in id or `pack:<rule id>`): a severity instead of the default, or 'off'. */
  rules: Partial<Record<string, Severity | 'off'>>;
}

export const DEFAULT_COACH_SETTINGS: CoachSettings = { enabled: true, rules: {} };
