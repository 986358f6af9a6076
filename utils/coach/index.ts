/**
 * The draft coach in the browser: the reply editor's text and offsets (text.ts), where they are on
 * screen (geometry.ts), when to lint (gate.ts), the overlay (overlay.ts) and the controller that
 * ties them to `lintDraft` and the editors' insertion strategies (coach.ts). DOM in, no globals.
 */
export { DraftCoach, IDLE_MS, type DraftCoachOptions } from './coach';
export { HOST_TAG, type CoachLabels } from './overlay';
export { coachLintOptions, DEFAULT_COACH_SETTINGS, packsInUse, teamRulesInUse, type CoachSettings } from './options';
export { readDraft, type DraftMap } from './text';
