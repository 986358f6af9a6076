import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeConversation, analyzeReport, type Analysis } from '../utils/conversation/analyze';
import { describeReason } from '../utils/conversation/escalation';
import { FACT_TYPES } from '../utils/conversation/labels';
import { ROLES, type Conversation, type Message } from '../utils/conversation/types';
import { builtinTemplates } from '../utils/packs/builtin';
import { libraryTemplates } from '../utils/packs/types';
import { SLOTS, suggestReplies, topSuggestions, type Suggestions } from '../utils/suggest';
import { EXIT, UsageError, type Io } from './io';
import { loadPackFiles } from './load-packs';

/** Why a parsed document is not a conversation, or undefined when it is one. */
function conversationProblem(document: unknown): string | undefined {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return 'expected a JSON object';
  const messages = (document as { messages?: unknown }).messages;
  if (!Array.isArray(messages)) return 'expected a "messages" array';
  for (const [index, message] of messages.entries()) {
    if (typeof message !== 'object' || message === null) return `messages[${index}] is not an object`;
    const { role, text } = message as Partial<Message>;
    if (!ROLES.includes(role as Message['role'])) return `messages[${index}].role must be one of ${ROLES.join(', ')}`;
    if (typeof text !== 'string') return `messages[${index}].text must be a string`;
  }
  return undefined;
}

function printHuman(io: Io, analysis: Analysis, suggestions: Suggestions): void {
  const write = (label: string, value: string) => io.stdout.write(`${label.padEnd(12)}${value}\n`);
  const { emotion, facts } = analysis;
  write('language', analysis.language);
  write(
    'emotion',
    `${emotion.label} (${emotion.intensity.toFixed(2)})${emotion.cues.length ? ` — ${emotion.cues.map((cue) => cue.text).join(' · ')}` : ''}`,
  );
  write(
    'scenario',
    `${analysis.scenario}${analysis.scenarioKeywords.length ? ` — ${analysis.scenarioKeywords.slice(0, 5).join(' · ')}` : ''}`,
  );
  const listed = FACT_TYPES.flatMap((type) => {
    if (!facts[type].length) return [];
    const values =
      type === 'amounts'
        ? facts.amounts.map((fact) => `${fact.text} (${fact.amount}${fact.currency ? ` ${fact.currency}` : ''})`)
        : facts[type].map((fact) => fact.masked ?? fact.value);
    return [`${type}: ${values.join(', ')}`];
  });
  if (analysis.stepsTried.length) listed.push(`tried: ${analysis.stepsTried.map((step) => step.text).join(', ')}`);
  if (analysis.errorMessages.length)
    listed.push(`error text: ${analysis.errorMessages.map((message) => `"${message.text}"`).join(', ')}`);
  write('facts', listed.length ? listed.join('\n            ') : '—');
  write('missing', analysis.missing.length ? analysis.missing.join(', ') : '—');
  write(
    'escalate',
    `${analysis.escalation.level}${analysis.escalation.reasons.length ? ` — ${analysis.escalation.reasons.map(describeReason).join(' · ')}` : ''}`,
  );
  if (suggestions.flag) write('', `⚑ ${suggestions.flag.text}`);
  for (const slot of SLOTS) {
    const best = suggestions[slot][0];
    if (!best) continue;
    io.stdout.write(`\n[${slot}] ${best.template.packId}/${best.template.id} — ${best.reason}\n`);
    io.stdout.write(`${best.text.replace(/^/gm, '  ')}\n`);
    if (best.missing.length) io.stdout.write(`  (to fill before sending: ${best.missing.join(', ')})\n`);
  }
}

export async function analyzeCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      pack: { type: 'string', multiple: true },
      ui: { type: 'string' },
      now: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('analyze wants exactly one FILE.json');
  if (values.ui !== undefined && values.ui !== 'zh' && values.ui !== 'en')
    throw new UsageError(`--ui wants zh or en, got "${values.ui}"`);
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now is not a date: "${values.now}"`);

  const text = await readFile(resolve(io.cwd, file), 'utf8');
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    io.stderr.write(`deskmate analyze: ${file}: not valid JSON: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  const problem = conversationProblem(document);
  if (problem) {
    io.stderr.write(`deskmate analyze: ${file}: not a conversation: ${problem}\n`);
    return EXIT.usage;
  }
  const conversation: Conversation = {
    site: 'generic',
    ...(document as Partial<Conversation>),
    messages: (document as Conversation).messages,
  };

  let templates = builtinTemplates();
  if (values.pack?.length) {
    const loaded = await loadPackFiles(values.pack, io.cwd);
    const broken = loaded.flatMap((entry) => (entry.ok ? [] : entry.errors));
    if (broken.length) {
      for (const error of broken) io.stderr.write(`${error.file}: ${error.path || '(document)'}: ${error.message}\n`);
      return EXIT.usage;
    }
    templates = loaded.flatMap((entry) => (entry.ok ? libraryTemplates(entry.pack) : []));
  }

  const analysis = analyzeConversation(conversation, { now });
  const suggestions = suggestReplies(conversation, analysis, templates, {
    now,
    uiLanguage: (values.ui as 'zh' | 'en' | undefined) ?? 'en',
  });
  if (values.json) io.stdout.write(`${JSON.stringify(analyzeReport(analysis, topSuggestions(suggestions)))}\n`);
  else printHuman(io, analysis, suggestions);
  return EXIT.ok;
}
