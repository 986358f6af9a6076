import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROLES, type Conversation, type Message } from '../utils/conversation/types';
import { blocks, lintDraft, packRules, type Finding, type Lang, type LintOptions, type PackRule } from '../utils/lint';
import { EXIT, UsageError, type Io } from './io';
import { loadPackFiles } from './load-packs';

/** The CLI's streams, plus stdin for `lint -` (the process's own unless a test gives one). */
export interface LintIo extends Io {
  stdin?: AsyncIterable<string | Uint8Array>;
}

/** `--lang`, else the locale of the environment (LANG=zh_CN.UTF-8 → zh), else English. */
export function uiLanguage(flag: string | undefined): Lang {
  if (flag !== undefined) {
    if (flag !== 'zh' && flag !== 'en') throw new UsageError(`--lang wants zh or en, got "${flag}"`);
    return flag;
  }
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return env.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function parseNow(flag: string | undefined): Date {
  if (flag === undefined) return new Date();
  const now = new Date(flag);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now wants an ISO 8601 time, got "${flag}"`);
  return now;
}

/**
 * A conversation as the contract allows it in files: a Conversation, or just `{"messages": […]}`.
 * Returns an error message instead when the value is neither.
 */
export function asConversation(value: unknown): Conversation | string {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { messages?: unknown }).messages))
    return 'expected a conversation: an object with a "messages" array';
  const messages = (value as { messages: unknown[] }).messages;
  for (const [index, message] of messages.entries()) {
    const { role, text } = (message ?? {}) as Partial<Message>;
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role))
      return `messages[${index}].role: expected one of ${ROLES.join(', ')}`;
    if (typeof text !== 'string') return `messages[${index}].text: expected a string`;
  }
  const conversation = value as Partial<Conversation> & { messages: Message[] };
  return { ...conversation, site: typeof conversation.site === 'string' ? conversation.site : 'file' };
}

/** Team rules of the packs given with --pack; a broken pack is a usage problem (exit 2). */
export async function teamRulesFrom(files: string[] | undefined, io: Io): Promise<PackRule[] | undefined> {
  if (!files?.length) return [];
  const loaded = await loadPackFiles(files, io.cwd);
  const broken = loaded.flatMap((entry) => (entry.ok ? [] : entry.errors));
  if (broken.length) {
    for (const error of broken) io.stderr.write(`${error.file}: ${error.path || '(document)'}: ${error.message}\n`);
    return undefined;
  }
  return packRules(loaded.flatMap((entry) => (entry.ok ? [entry.pack] : [])));
}

async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/** 1-based line and column of a UTF-16 offset, for people reading the report. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

export function formatFindings(draft: string, findings: readonly Finding[], ui: Lang): string {
  if (!findings.length) return ui === 'zh' ? '没有发现问题\n' : 'no findings\n';
  const lines = findings.map((finding) => {
    const words = finding.text.length > 60 ? `${finding.text.slice(0, 60)}…` : finding.text;
    const suggestion = finding.suggestions[0]!.replace(/\n/g, ' ⏎ ');
    return `${position(draft, finding.start).padEnd(7)} ${finding.severity.padEnd(7)} ${finding.rule.padEnd(18)} "${words.replace(/\n/g, ' ')}"  ${finding.message}\n${' '.repeat(8)}→ ${suggestion}`;
  });
  const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
  const summary =
    ui === 'zh'
      ? `共 ${findings.length} 处\uFF08错误 ${count('error')}\uFF0C警告 ${count('warning')}\uFF0C提示 ${count('info')}\uFF09`
      : `${findings.length} finding${findings.length === 1 ? '' : 's'} (${count('error')} error, ${count('warning')} warning, ${count('info')} info)`;
  return `${lines.join('\n')}\n${summary}\n`;
}

export async function lintCommand(argv: string[], io: LintIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      context: { type: 'string' },
      pack: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      now: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('lint wants exactly one FILE, or - for stdin');
  const ui = uiLanguage(values.lang);
  const now = parseNow(values.now);

  const draft = file === '-' ? await readAll(io.stdin ?? process.stdin) : await readFile(resolve(io.cwd, file), 'utf8');
  const options: LintOptions = { now, uiLanguage: ui };
  if (values.context !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(resolve(io.cwd, values.context), 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code) throw error;
      io.stderr.write(`deskmate lint: ${values.context}: not valid JSON\n`);
      return EXIT.usage;
    }
    const conversation = asConversation(parsed);
    if (typeof conversation === 'string') {
      io.stderr.write(`deskmate lint: ${values.context}: ${conversation}\n`);
      return EXIT.usage;
    }
    options.conversation = conversation;
  }
  const teamRules = await teamRulesFrom(values.pack, io);
  if (!teamRules) return EXIT.usage;
  if (teamRules.length) options.teamRules = teamRules;

  // A trailing newline from `echo … |` or an editor is not part of the reply.
  const findings = lintDraft(draft.replace(/\r?\n$/, ''), options);
  io.stdout.write(values.json ? `${JSON.stringify(findings)}\n` : formatFindings(draft, findings, ui));
  return blocks(findings) ? EXIT.findings : EXIT.ok;
}
