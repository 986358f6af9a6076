import type { Conversation, Message } from '../../../utils/conversation/types';
import { lintDraft, type LintOptions } from '../../../utils/lint';

/** Monday 23 Nov 2026, 14:10 local: service hours 09:00–18:00 are open, 2 hours to respond. */
export const NOW = new Date(2026, 10, 23, 14, 10);

export type Row = [rule: string, text: string, start: number, end: number];

export function conversation(...messages: [Message['role'], string][]): Conversation {
  return { site: 'test', messages: messages.map(([role, text]) => ({ role, text })) };
}

/** Findings as compact rows, optionally only one rule's. */
export function rows(text: string, options: Partial<LintOptions> = {}, rule?: string): Row[] {
  return lintDraft(text, { now: NOW, uiLanguage: 'en', ...options })
    .filter((finding) => !rule || finding.rule === rule)
    .map((finding) => [finding.rule, finding.text, finding.start, finding.end]);
}
