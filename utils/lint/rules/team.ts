/** Team rules from packs (`pack:<rule id>`): a literal or a regular expression, with the pack's message. */
import type { LintContext } from '../context';
import { TEAM_RULE_ADVICE } from '../data/messages';
import type { Finding, PackRule, Severity } from '../types';
import type { TeamRule } from '../../packs/types';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Compiled once per rule object: the UI lints on every keystroke with the same packs.
const compiled = new WeakMap<TeamRule, RegExp | null>();

function regexOf(rule: TeamRule): RegExp | null {
  let regex = compiled.get(rule);
  if (regex === undefined) {
    try {
      // Literals ignore case (ASAP, asap); a pattern means exactly what the team wrote (validated with 'u').
      regex = rule.regex ? new RegExp(rule.match, 'gu') : new RegExp(escape(rule.match), 'giu');
    } catch {
      regex = null; // An invalid pattern fails pack validation; here it just matches nothing.
    }
    if (!rule.match) regex = null;
    compiled.set(rule, regex);
  }
  return regex;
}

export function teamFindings(
  ctx: LintContext,
  rules: readonly PackRule[],
  severityOf: (id: string, fallback: Severity) => Severity | 'off',
): Finding[] {
  const findings: Finding[] = [];
  for (const { rule } of rules) {
    const id = `pack:${rule.id}` as const;
    const severity = severityOf(id, rule.severity);
    const regex = regexOf(rule);
    if (severity === 'off' || !regex) continue;
    regex.lastIndex = 0;
    for (const match of ctx.original.matchAll(regex)) {
      if (!match[0]) continue;
      const text = match[0];
      findings.push({
        rule: id,
        severity,
        start: match.index,
        end: match.index + text.length,
        text,
        message: rule.message,
        suggestions: [TEAM_RULE_ADVICE[ctx.ui].replace('{text}', text)],
      });
    }
  }
  return findings;
}
