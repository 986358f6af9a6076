import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Conversation } from '../utils/conversation/types';
import { blocks, lintDraft, type Finding, type Lang } from '../utils/lint';
import { EXIT, UsageError, type Io } from './io';
import { asConversation, parseNow, teamRulesFrom, uiLanguage } from './lint';

/** Counts for one group of drafts: how many, how many with any finding, findings per rule. */
export interface AuditCounts {
  drafts: number;
  flagged: number;
  byRule: Record<string, number>;
}

export interface AuditReport extends AuditCounts {
  byAgent: Record<string, AuditCounts>;
}

/** Drafts without an `agent` are counted under this name. */
export const NO_AGENT = '(no agent)';

interface AuditLine {
  agent?: string;
  text: string;
  conversation?: Conversation;
}

/** One `{agent?, text, context?}` per line; blank lines are skipped; a bad line is reported by number. */
export function parseAuditLines(text: string, file: string): AuditLine[] {
  const lines: AuditLine[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const at = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UsageError(`${at}: not valid JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${at}: expected an object`);
    const { agent, text: draft, context } = value as { agent?: unknown; text?: unknown; context?: unknown };
    if (typeof draft !== 'string') throw new UsageError(`${at}: "text" must be a string`);
    if (agent !== undefined && typeof agent !== 'string') throw new UsageError(`${at}: "agent" must be a string`);
    const entry: AuditLine = { text: draft, ...(agent ? { agent } : {}) };
    if (context !== undefined) {
      const conversation = asConversation(context);
      if (typeof conversation === 'string') throw new UsageError(`${at}: context: ${conversation}`);
      entry.conversation = conversation;
    }
    lines.push(entry);
  });
  return lines;
}

function tally(counts: AuditCounts, findings: readonly Finding[]): void {
  counts.drafts++;
  if (findings.length) counts.flagged++;
  for (const finding of findings) counts.byRule[finding.rule] = (counts.byRule[finding.rule] ?? 0) + 1;
}

/** Most frequent rule first, then by name: the order a team lead reads a review in. */
function sortCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}

export function audit(
  lines: readonly AuditLine[],
  lint: (line: AuditLine) => Finding[],
): { report: AuditReport; blocking: boolean } {
  const total: AuditCounts = { drafts: 0, flagged: 0, byRule: {} };
  const agents: Record<string, AuditCounts> = {};
  let blocking = false;
  for (const line of lines) {
    const findings = lint(line);
    blocking ||= blocks(findings);
    tally(total, findings);
    tally((agents[line.agent ?? NO_AGENT] ??= { drafts: 0, flagged: 0, byRule: {} }), findings);
  }
  const byAgent = Object.fromEntries(
    Object.keys(agents)
      .sort((a, b) => a.localeCompare(b))
      .map((agent) => [agent, { ...agents[agent]!, byRule: sortCounts(agents[agent]!.byRule) }]),
  );
  return { report: { drafts: total.drafts, flagged: total.flagged, byRule: sortCounts(total.byRule), byAgent }, blocking };
}

const percent = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '-');

export function formatAudit(report: AuditReport, ui: Lang): string {
  const zh = ui === 'zh';
  const out: string[] = [];
  out.push(
    zh
      ? `共 ${report.drafts} 条回复，${report.flagged} 条有问题 (${percent(report.flagged, report.drafts)})`
      : `${report.drafts} drafts, ${report.flagged} flagged (${percent(report.flagged, report.drafts)})`,
  );
  const rules = Object.entries(report.byRule);
  if (rules.length) {
    out.push('', zh ? '按规则\uFF08发现次数\uFF09' : 'by rule (findings)');
    for (const [rule, count] of rules) out.push(`  ${rule.padEnd(22)} ${String(count).padStart(5)}`);
  }
  out.push('', zh ? '按客服' : 'by agent');
  out.push(
    `  ${(zh ? '客服' : 'agent').padEnd(22)} ${(zh ? '回复' : 'drafts').padStart(6)} ${(zh ? '有问题' : 'flagged').padStart(8)}  ${zh ? '最常见' : 'most frequent'}`,
  );
  for (const [agent, counts] of Object.entries(report.byAgent)) {
    const top = Object.entries(counts.byRule)
      .slice(0, 3)
      .map(([rule, count]) => `${rule} ${count}`)
      .join(', ');
    out.push(
      `  ${agent.padEnd(22)} ${String(counts.drafts).padStart(6)} ${`${counts.flagged} ${percent(counts.flagged, counts.drafts)}`.padStart(8)}  ${top || '-'}`,
    );
  }
  return `${out.join('\n')}\n`;
}

export async function auditCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pack: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      now: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('audit wants exactly one FILE.jsonl');
  const ui = uiLanguage(values.lang);
  const now = parseNow(values.now);
  const lines = parseAuditLines(await readFile(resolve(io.cwd, file), 'utf8'), file);
  const teamRules = await teamRulesFrom(values.pack, io);
  if (!teamRules) return EXIT.usage;

  const { report, blocking } = audit(lines, (line) =>
    lintDraft(line.text, {
      now,
      uiLanguage: ui,
      ...(line.conversation ? { conversation: line.conversation } : {}),
      ...(teamRules.length ? { teamRules } : {}),
    }),
  );
  io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatAudit(report, ui));
  return blocking ? EXIT.findings : EXIT.ok;
}
