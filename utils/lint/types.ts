import type { Conversation } from '../conversation/types';
import type { RuleSeverity, TeamRule } from '../packs/types';

export type Severity = RuleSeverity;
export type Lang = 'zh' | 'en';

/** The built-in rule ids, fixed by ARCHITECTURE.md; team rules are reported as `pack:<rule id>`. */
export const RULE_IDS = [
  'vague-time',
  'hedge',
  'bare-refusal',
  'blame',
  'jargon',
  'over-empathy',
  'closing-mismatch',
  'placeholder',
  'overload',
  'language-mismatch',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** One finding, exactly as `deskmate lint --json` prints it. */
export interface Finding {
  /** A built-in rule id or `pack:<rule id>`. */
  rule: RuleId | `pack:${string}`;
  severity: Severity;
  /** UTF-16 offsets into the draft, like JS string indices; `text === draft.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Why it matters, in the UI language. */
  message: string;
  /**
   * Better phrasings, best first, in the draft's language (never empty). Whether the first one can
   * replace `text` as-is is a property of the rule: see `RULE_INFO[rule].replaces`.
   */
  suggestions: string[];
}

/** When the team answers. Local time of `now`. */
export interface ServiceHours {
  /** Days of the week the team works, 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** 'HH:MM', 24-hour clock. */
  open: string;
  close: string;
  /** How many working hours a "concrete time" suggestion gives the agent; default 2. */
  responseHours?: number;
}

/** A team rule from a pack, with the pack it came from. */
export interface PackRule {
  packId: string;
  rule: TeamRule;
}

export interface LintOptions {
  /** The moment the draft is written; concrete-time suggestions are computed from it. */
  now: Date;
  /** Language of messages (the UI); suggestions follow the draft's own language. */
  uiLanguage: Lang;
  /** The open conversation: the customer's language, mood and whether the problem is solved. */
  conversation?: Conversation;
  /** Default: every day 09:00–18:00, 2 hours to respond. */
  serviceHours?: ServiceHours;
  teamRules?: PackRule[];
  /** Per-rule overrides by id (built-in or `pack:<id>`): a severity, or 'off'. */
  rules?: Partial<Record<string, Severity | 'off'>>;
  /** Overrides for the conversation signals (e.g. from the conversation analysis); otherwise derived. */
  customerUpset?: boolean;
  resolved?: boolean;
  customerLanguage?: Lang;
}

/** What the UI needs to know about a rule to present its findings. */
export interface RuleInfo {
  id: RuleId;
  defaultSeverity: Severity;
  /**
   * 'words': the finding points at the exact words (underline them); 'message': it is about the
   * draft as a whole (start 0, end = length; show it once, e.g. as a banner).
   */
  scope: 'words' | 'message';
  /** True when `suggestions[0]` can replace `text` as-is; otherwise the suggestions are advice. */
  replaces: boolean;
  title: Record<Lang, string>;
}
