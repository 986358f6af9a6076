import type { LintContext } from './context';
import type { RuleInfo, Severity } from './types';

/** A finding before the runner adds rule id, severity, text and the message in the UI language. */
export interface Hit {
  start: number;
  end: number;
  suggestions: string[];
  /** Which message of the rule (data/messages.ts); default 'default'. */
  message?: string;
  /** A finding's own default severity when it differs from the rule's (knowledge in the data). */
  severity?: Severity;
  /** Values for the message's `{names}` besides `{text}`. */
  vars?: Record<string, string>;
}

export interface Rule {
  info: RuleInfo;
  check(ctx: LintContext): Hit[];
}
