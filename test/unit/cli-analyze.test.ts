import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

const run = (...argv: string[]) => runCli(argv);

const scratch = mkdtempSync(join(tmpdir(), 'deskmate-analyze-'));
function file(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const angry = file('angry.json', {
  site: 'demo',
  ticketId: '1042',
  customer: { name: '王女士' },
  messages: [
    { role: 'customer', text: '退款申请都3天了还没到账！！！订单号2026110312345，金额199元，再不处理我就投诉到12315' },
    { role: 'agent', text: '非常抱歉让您久等了，请问您当时是用什么方式付款的？' },
    { role: 'customer', text: '微信 电话 13812345678' },
  ],
});

describe('deskmate analyze', () => {
  it('prints the contract document with --json', async () => {
    const { code, stdout, stderr } = await run('analyze', '--json', '--now', '2026-11-20T10:00:00', angry);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['language', 'emotion', 'scenario', 'facts', 'missing', 'escalate', 'suggestions']);
    expect(report).toMatchObject({
      language: 'zh',
      emotion: { label: 'angry', intensity: expect.any(Number), cues: expect.arrayContaining(['！！！']) },
      scenario: 'refund',
      facts: {
        orderIds: ['2026110312345'],
        trackingNumbers: [],
        amounts: [{ value: 199, currency: 'CNY', text: '199元' }],
        dates: ['3天了'],
        phones: ['13812345678'],
        emails: [],
        errorCodes: [],
        products: [],
      },
      missing: [],
      escalate: { level: 'high', reasons: ['threat: 投诉到12315'] },
    });
    expect(report.suggestions.map((s: { kind: string }) => s.kind)).toEqual(['empathy', 'clarification', 'resolution']);
    for (const suggestion of report.suggestions) expect(Object.keys(suggestion)).toEqual(['kind', 'text', 'templateId']);
    expect(report.suggestions[2].templateId).toBe('general-resolution-supervisor');
  });

  it('accepts a bare {"messages": […]}', async () => {
    const bare = file('bare.json', { messages: [{ role: 'customer', text: 'How do I change my shipping address?' }] });
    const report = JSON.parse((await run('analyze', '--json', bare)).stdout);
    expect(report).toMatchObject({
      language: 'en',
      scenario: 'howto',
      missing: ['device'],
      escalate: { level: 'none', reasons: [] },
    });
  });

  it('prints a readable summary without --json, phones masked', async () => {
    const { code, stdout } = await run('analyze', '--ui', 'zh', angry);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^language {4}zh$/m);
    expect(stdout).toMatch(/^emotion {5}angry \(/m);
    expect(stdout).toContain('138****5678');
    expect(stdout).not.toContain('13812345678');
    expect(stdout).toContain('建议升级处理');
    expect(stdout).toMatch(/\[resolution\] builtin-zh-cn\/general-resolution-supervisor/);
  });

  it('draws suggestions from the packs given with --pack', async () => {
    const pack = file('pack.json', {
      format: 'deskmate-pack',
      schemaVersion: 1,
      id: 'mine',
      name: 'Mine',
      version: '1',
      locale: 'en',
      templates: [
        { id: 'sorry', title: 'Sorry', body: 'Sorry about the wait.', kind: 'resolution', scenario: 'general', tags: [] },
      ],
    });
    const bare = file('hello.json', { messages: [{ role: 'customer', text: 'hello?' }] });
    const report = JSON.parse((await run('analyze', '--json', '--pack', pack, bare)).stdout);
    expect(report.suggestions).toEqual([{ kind: 'resolution', text: 'Sorry about the wait.', templateId: 'sorry' }]);
  });

  it.each([
    ['not JSON', '{"messages": [', /not valid JSON/],
    ['not a conversation', '{"hello": 1}', /not a conversation: expected a "messages" array/],
    ['a bad role', '{"messages": [{"role": "boss", "text": "hi"}]}', /messages\[0\]\.role must be one of/],
  ])('exits 2 with one line on stderr for %s', async (_name, content, message) => {
    const { code, stdout, stderr } = await run('analyze', '--json', file('bad.json', content));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 on a missing file or a usage error', async () => {
    expect((await run('analyze', join(scratch, 'missing.json'))).code).toBe(2);
    expect((await run('analyze')).code).toBe(2);
    expect((await run('analyze', '--ui', 'fr', angry)).code).toBe(2);
  });

  it('runs as the package bin', () => {
    const out = execFileSync(process.execPath, ['bin/deskmate.mjs', 'analyze', '--json', angry], { encoding: 'utf8' });
    expect(JSON.parse(out).scenario).toBe('refund');
  });
});
