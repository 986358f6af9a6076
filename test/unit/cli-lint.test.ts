import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../support/cli';

const scratch = mkdtempSync(join(tmpdir(), 'deskmate-lint-'));
const NOW = '2026-11-23T14:10:00';

function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const pack = (rules: object[]) =>
  JSON.stringify({
    format: 'deskmate-pack',
    schemaVersion: 1,
    id: 'acme',
    name: 'ACME',
    version: '1',
    locale: 'zh-CN',
    templates: [],
    rules,
  });

describe('deskmate lint', () => {
  it('prints the findings as the contract says and exits 1 on a warning', async () => {
    const draft = file('draft.txt', '您好，我们会尽快处理，应该明天能到。\n');
    const { code, stdout } = await run(['lint', '--json', '--now', NOW, '--lang', 'zh', draft]);
    expect(code).toBe(1);
    const findings = JSON.parse(stdout) as Record<string, unknown>[];
    expect(findings.map((f) => [f.rule, f.severity, f.start, f.end, f.text])).toEqual([
      ['vague-time', 'warning', 6, 8, '尽快'],
      ['hedge', 'warning', 11, 13, '应该'],
    ]);
    for (const finding of findings) {
      expect(Object.keys(finding)).toEqual(['rule', 'severity', 'start', 'end', 'text', 'message', 'suggestions']);
      expect((finding.suggestions as string[]).length).toBeGreaterThan(0);
    }
    expect(findings[0]!.suggestions).toContain('在今天 16:30 前');
  });

  it('reads the draft from stdin with -', async () => {
    const { code, stdout } = await run(['lint', '--json', '--now', NOW, '-'], 'We will refund you ASAP.');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject([{ rule: 'vague-time', text: 'ASAP', start: 19, end: 23 }]);
  });

  it('exits 0 with [] on a clean draft, and 0 when only info is found', async () => {
    expect(
      await run(['lint', '--json', '-'], 'Your refund was issued today and reaches your card within 5 business days.'),
    ).toMatchObject({
      code: 0,
      stdout: '[]\n',
    });
    const info = await run(['lint', '--json', '-'], 'Please clear your cache and reload.');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject([{ rule: 'jargon', severity: 'info' }]);
  });

  it('prints readable lines with the flagged words and the first suggestion', async () => {
    const { code, stdout } = await run(['lint', '--now', NOW, '--lang', 'en', '-'], 'Line one.\nWe will refund you ASAP.');
    expect(code).toBe(1);
    expect(stdout).toContain('2:20');
    expect(stdout).toContain('vague-time');
    expect(stdout).toContain('"ASAP"');
    expect(stdout).toContain('→ by 4:30 PM today');
    expect(stdout).toMatch(/1 finding \(0 error, 1 warning, 0 info\)/);
    expect((await run(['lint', '--lang', 'en', '-'], 'Thanks, all done.')).stdout).toBe('no findings\n');
  });

  it('uses the conversation from --context (a Conversation or just {messages})', async () => {
    const draft = file('closing.txt', "We're looking into it. Have a nice day!");
    const upset = file(
      'upset.json',
      JSON.stringify({ messages: [{ role: 'customer', text: 'Still broken!! This is unacceptable.' }] }),
    );
    const zh = file(
      'zh.json',
      JSON.stringify({ site: 'demo', messages: [{ role: 'customer', text: '你好，我的退款到哪了？' }] }),
    );
    const closing = JSON.parse((await run(['lint', '--json', '--context', upset, draft])).stdout) as { rule: string }[];
    expect(closing.map((f) => f.rule)).toContain('closing-mismatch');
    const language = JSON.parse((await run(['lint', '--json', '--context', zh, draft])).stdout) as { rule: string }[];
    expect(language.map((f) => f.rule)).toContain('language-mismatch');
  });

  it('applies the team rules of --pack as pack:<id>', async () => {
    const rules = file(
      'rules.json',
      pack([{ id: 'no-gift', match: '免费赠送', regex: false, message: '不要承诺赠品', severity: 'error' }]),
    );
    const { code, stdout } = await run(['lint', '--json', '--pack', rules, '-'], '下单就免费赠送耳机。');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      {
        rule: 'pack:no-gift',
        severity: 'error',
        start: 3,
        end: 7,
        text: '免费赠送',
        message: '不要承诺赠品',
        suggestions: [expect.any(String)],
      },
    ]);
  });

  it.each([
    [['lint', '--json'], /exactly one FILE/],
    [['lint', '--lang', 'fr', '-'], /--lang/],
    [['lint', '--now', 'yesterday', '-'], /--now/],
    [['lint', '--bogus', '-'], /bogus/],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    expect(await run(argv, '')).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(message) });
  });

  it('exits 2 on unreadable input: a missing file, a broken context, a broken pack', async () => {
    expect((await run(['lint', join(scratch, 'missing.txt')])).code).toBe(2);
    const notJson = file('broken.json', '{');
    expect(await run(['lint', '--context', notJson, '-'], 'hi')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/not valid JSON/),
    });
    const notConversation = file('object.json', '{"messages": [{"role": "boss", "text": "x"}]}');
    expect(await run(['lint', '--context', notConversation, '-'], 'hi')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/role/),
    });
    const badPack = file('badpack.json', pack([{ id: 'x', match: '(', regex: true, message: 'm', severity: 'error' }]));
    expect(await run(['lint', '--pack', badPack, '-'], 'hi')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/regular expression/),
    });
  });

  it('runs as the package bin with stdin', () => {
    const result = spawnSync(process.execPath, ['bin/deskmate.mjs', 'lint', '--json', '-'], {
      input: 'I think it shipped.',
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject([{ rule: 'hedge', text: 'I think' }]);
  });
});

describe('deskmate audit', () => {
  const lines = [
    { agent: 'lily', text: '我们会尽快处理。' },
    { agent: 'lily', text: '退款已原路退回，1-3 个工作日到账。' },
    { agent: 'sam', text: "We'll get back to you ASAP." },
    { agent: 'sam', text: 'It will probably arrive on Friday.' },
    { text: 'Hi [Name], thanks for waiting.' },
    {
      agent: 'sam',
      text: 'Your refund is on its way. Have a nice day!',
      context: { messages: [{ role: 'customer', text: 'Where is my refund?? This is ridiculous!' }] },
    },
  ];
  const jsonl = file('day.jsonl', `${lines.map((line) => JSON.stringify(line)).join('\n')}\n\n`);

  it('summarises per rule and per agent', async () => {
    const { code, stdout } = await run(['audit', '--json', jsonl]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      drafts: 6,
      flagged: 5,
      byRule: { 'vague-time': 3, 'closing-mismatch': 1, hedge: 1, placeholder: 1 },
      byAgent: {
        '(no agent)': { drafts: 1, flagged: 1, byRule: { placeholder: 1 } },
        lily: { drafts: 2, flagged: 1, byRule: { 'vague-time': 1 } },
        sam: { drafts: 3, flagged: 3, byRule: { 'vague-time': 2, 'closing-mismatch': 1, hedge: 1 } },
      },
    });
  });

  it('prints a readable review', async () => {
    const { stdout } = await run(['audit', '--lang', 'en', jsonl]);
    expect(stdout).toMatch(/^6 drafts, 5 flagged \(83%\)/);
    expect(stdout).toMatch(/vague-time\s+3/);
    expect(stdout).toMatch(/sam\s+3\s+3 100%\s+vague-time 2, closing-mismatch 1, hedge 1/);
  });

  it('exits 0 when nothing reaches warning', async () => {
    const clean = file('clean.jsonl', `${JSON.stringify({ agent: 'a', text: 'Your parcel arrives on Friday.' })}\n`);
    expect(JSON.parse((await run(['audit', '--json', clean])).stdout)).toEqual({
      drafts: 1,
      flagged: 0,
      byRule: {},
      byAgent: { a: { drafts: 1, flagged: 0, byRule: {} } },
    });
    expect((await run(['audit', clean])).code).toBe(0);
  });

  it('names the line of a malformed entry and exits 2', async () => {
    const broken = file('broken.jsonl', `${JSON.stringify({ text: 'ok' })}\n{"agent": "x"}\n`);
    expect(await run(['audit', '--json', broken])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/broken\.jsonl:2: "text"/),
    });
    const notJson = file('notjson.jsonl', 'hello\n');
    expect(await run(['audit', notJson])).toMatchObject({ code: 2, stderr: expect.stringMatching(/:1: not valid JSON/) });
  });
});

describe('deskmate audit as a quality check', () => {
  it('runs through the package bin and fails the check on a warning', () => {
    const result = spawnSync(
      process.execPath,
      ['bin/deskmate.mjs', 'audit', '--json', file('one.jsonl', '{"text":"稍后给您回复"}\n')],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ drafts: 1, flagged: 1, byRule: { 'vague-time': 1 } });
  });
});
