import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { fixturesOf } from '../support/fixtures';

/**
 * `deskmate extract` reads saved pages on jsdom (no scripts, no layout), the way a user's bug report
 * arrives: the site adapters must give there what they give in the browser.
 */
async function extract(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['extract', ...argv], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

const SAVED = ['chatwoot', 'zammad', 'zendesk', 'freshdesk', 'intercom', 'hubspot'].flatMap((id) =>
  fixturesOf(id).map((fixture) => [`${fixture.adapter}/${fixture.variant}`, fixture] as const),
);

describe('deskmate extract on saved helpdesk pages (jsdom)', () => {
  it.each(SAVED)('%s reads as in the browser', async (_name, fixture) => {
    const expected = JSON.parse(readFileSync(fixture.json, 'utf8')) as { url: string };
    const { code, stdout, stderr } = await extract('--json', '--url', expected.url, fixture.html);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it('prints a readable transcript without --json', async () => {
    const fixture = fixturesOf('chatwoot').find((candidate) => candidate.variant === 'current')!;
    const { url } = JSON.parse(readFileSync(fixture.json, 'utf8')) as { url: string };
    const { code, stdout } = await extract('--url', url, fixture.html);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('chatwoot · #1287');
    expect(stdout).toContain('[customer] 那能不能先退款？我不想等了。');
    expect(stdout).toContain('[note 李娜] @王强');
  });

  it('needs --url for a self-hosted helpdesk: a file:// address carries no Zammad route', async () => {
    const fixture = fixturesOf('zammad').find((candidate) => candidate.variant === 'desktop')!;
    const { stdout } = await extract('--json', fixture.html);
    expect(stdout === '' ? undefined : (JSON.parse(stdout) as { site: string }).site).not.toBe('zammad');
  });
});
