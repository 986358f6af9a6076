/**
 * The draft coach: `lintDraft(text, options)` → findings sorted by position. Pure and synchronous;
 * every regular expression is compiled when the module loads, so it can run on each keystroke.
 *
 * For the UI: `RULE_INFO[finding.rule]` says whether to underline words or show a banner (`scope`)
 * and whether `suggestions[0]` can replace the words as-is (`replaces`; see `applySuggestion`).
 */
import { createContext } from './context';
import { fillMessage, MESSAGES } from './data/messages';
import type { Rule } from './rule';
import { bareRefusal } from './rules/bare-refusal';
import { blame } from './rules/blame';
import { closingMismatch } from './rules/closing-mismatch';
import { hedge } from './rules/hedge';
import { jargon } from './rules/jargon';
import { languageMismatch } from './rules/language-mismatch';
import { overEmpathy } from './rules/over-empathy';
import { overload } from './rules/overload';
import { placeholder } from './rules/placeholder';
import { teamFindings } from './rules/team';
import { vagueTime } from './rules/vague-time';
import type { Pack } from '../packs/types';
import type { Finding, LintOptions, PackRule, RuleId, RuleInfo, Severity } from './types';

export * from './types';
export { DEFAULT_SERVICE_HOURS } from './time';

/** In order of precedence: when two findings claim the same words, the earlier rule keeps them. */
export const RULES: readonly Rule[] = [
  placeholder,
  blame,
  bareRefusal,
  closingMismatch,
  vagueTime,
  hedge,
  jargon,
  overEmpathy,
  overload,
  languageMismatch,
];

export const RULE_INFO = Object.fromEntries(RULES.map((rule) => [rule.info.id, rule.info])) as Record<RuleId, RuleInfo>;

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/** Message-scope findings (overload, language-mismatch) are about the whole draft and overlap everything. */
function wordsScope(finding: Finding): boolean {
  return !(finding.rule in RULE_INFO) || RULE_INFO[finding.rule as RuleId].scope === 'words';
}

const overlaps = (a: Finding, b: Finding) => a.start < b.end && b.start < a.end;

export function lintDraft(text: string, options: LintOptions): Finding[] {
  if (!text.trim()) return [];
  const ctx = createContext(text, options);
  const severityOf = (id: string, fallback: Severity): Severity | 'off' => options.rules?.[id] ?? fallback;
  const candidates: { finding: Finding; order: number }[] = [];
  RULES.forEach((rule, order) => {
    if (options.rules?.[rule.info.id] === 'off') return;
    const messages = MESSAGES[rule.info.id];
    for (const hit of rule.check(ctx)) {
      const severity = severityOf(rule.info.id, hit.severity ?? rule.info.defaultSeverity);
      if (severity === 'off') continue;
      const found = text.slice(hit.start, hit.end);
      const template = messages[hit.message ?? 'default'] ?? messages.default!;
      candidates.push({
        order,
        finding: {
          rule: rule.info.id,
          severity,
          start: hit.start,
          end: hit.end,
          text: found,
          message: fillMessage(template[options.uiLanguage], {
            ...hit.vars,
            text: found.length > 40 ? `${found.slice(0, 40)}…` : found,
          }),
          suggestions: hit.suggestions,
        },
      });
    }
  });
  if (options.teamRules?.length)
    for (const finding of teamFindings(ctx, options.teamRules, severityOf)) candidates.push({ finding, order: RULES.length });

  // The same words are reported once: higher severity first, then rule precedence, then the longer span.
  candidates.sort(
    (a, b) =>
      SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] ||
      a.order - b.order ||
      b.finding.end - b.finding.start - (a.finding.end - a.finding.start) ||
      a.finding.start - b.finding.start,
  );
  const kept: Finding[] = [];
  for (const { finding } of candidates) {
    if (wordsScope(finding) && kept.some((other) => wordsScope(other) && overlaps(finding, other))) continue;
    kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

/** The draft with a finding's suggestion put in place of its words (for rules that `replace`). */
export function applySuggestion(text: string, finding: Finding, index = 0): string {
  const suggestion = finding.suggestions[index];
  if (suggestion === undefined || text.slice(finding.start, finding.end) !== finding.text) return text;
  return `${text.slice(0, finding.start)}${suggestion}${text.slice(finding.end)}`;
}

/** True when any finding should stop a send or fail a quality check (warning or error). */
export function blocks(findings: readonly Finding[]): boolean {
  return findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.warning);
}

/** The team rules of some packs, as `LintOptions.teamRules` takes them. */
export function packRules(packs: readonly Pack[]): PackRule[] {
  return packs.flatMap((pack) => (pack.rules ?? []).map((rule) => ({ packId: pack.id, rule })));
}
