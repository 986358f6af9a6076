import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

const run = (...argv: string[]) => runCli(argv);

const scratch = mkdtempSync(join(tmpdir(), 'deskmate-cli-'));

describe('deskmate', () => {
  it('--help lists every command of the contract', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    for (const command of ['extract', 'analyze', 'lint', 'audit', 'search', 'pack validate', 'pack convert'])
      expect(stdout).toContain(command);
  });

  it('runs as the package bin straight from the sources, no build step', () => {
    const out = execFileSync(process.execPath, ['bin/deskmate.mjs', 'search', '--json', '--limit', '1', 'refund'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toHaveLength(1);
  });

  it('--version prints the package version', async () => {
    expect((await run('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('rejects an unknown command with exit 2', async () => {
    expect(await run('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown command/) });
  });

  describe('search', () => {
    it('prints [{id,title,score,pack}] best first', async () => {
      const { code, stdout } = await run('search', '--json', '--limit', '3', '退款');
      expect(code).toBe(0);
      const rows = JSON.parse(stdout) as { id: string; title: string; score: number; pack: string }[];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(3);
      for (const row of rows) expect(Object.keys(row)).toEqual(['id', 'title', 'score', 'pack']);
      expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => a - b));
    });

    it('searches only the packs named with --pack', async () => {
      const file = join(scratch, 'mine.json');
      writeFileSync(
        file,
        JSON.stringify({
          format: 'deskmate-pack',
          schemaVersion: 1,
          id: 'mine',
          name: 'Mine',
          version: '1',
          locale: 'en',
          templates: [{ id: 'greet', title: 'Warm greeting', body: 'Hello!', kind: 'opening', scenario: 'general', tags: [] }],
        }),
      );
      const rows = JSON.parse((await run('search', '--json', '--pack', file, 'greeting')).stdout) as { pack: string }[];
      expect(rows).toEqual([{ id: 'greet', title: 'Warm greeting', score: expect.any(Number), pack: 'mine' }]);
    });

    it('needs a query', async () => {
      expect((await run('search', '--json')).code).toBe(2);
    });
  });

  describe('pack validate', () => {
    it('passes the built-in packs', async () => {
      const { code, stdout } = await run('pack', 'validate', '--json', 'templates/zh-CN.json', 'templates/en.json');
      expect(JSON.parse(stdout)).toEqual({ ok: true, errors: [] });
      expect(code).toBe(0);
    });

    it('reports file, path and message for a broken pack, exit 1', async () => {
      const file = join(scratch, 'broken.json');
      writeFileSync(
        file,
        JSON.stringify({
          format: 'deskmate-pack',
          schemaVersion: 1,
          id: 'b',
          name: 'B',
          version: '1',
          locale: 'en',
          templates: [{ id: 'x', title: 'X', body: 'Hi', kind: 'hello', scenario: 'general', tags: [] }],
        }),
      );
      const { code, stdout } = await run('pack', 'validate', '--json', file);
      expect(code).toBe(1);
      expect(JSON.parse(stdout)).toEqual({
        ok: false,
        errors: [{ file, path: 'templates[0].kind', message: expect.stringMatching(/^expected one of opening/) }],
      });
    });

    it('exits 2 on a file it cannot read', async () => {
      expect(await run('pack', 'validate', join(scratch, 'missing.json'))).toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/cannot read/),
      });
    });
  });

  describe('extract', () => {
    it('reads the demo helpdesk page as a Conversation', async () => {
      const { code, stdout } = await run('extract', '--json', '--url', 'http://127.0.0.1:5178/', 'demo/site/index.html');
      expect(code).toBe(0);
      const conversation = JSON.parse(stdout);
      expect(conversation).toMatchObject({ site: 'demo', url: 'http://127.0.0.1:5178/', ticketId: '1042' });
      expect(conversation.messages.at(-1)).toMatchObject({ role: 'customer', author: '王女士' });
    });

    it('exits 1 with a reason on a page no adapter reads', async () => {
      const file = join(scratch, 'plain.html');
      writeFileSync(file, '<html><body><p>hello</p></body></html>');
      expect(await run('extract', '--json', file)).toMatchObject({
        code: 1,
        stdout: '',
        stderr: expect.stringMatching(/no site adapter/),
      });
    });
  });
});
