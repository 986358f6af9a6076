import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { statedUrl } from '../../cli/extract';
import { main } from '../../cli/main';
import type { Conversation } from '../../utils/conversation/types';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

const fixture = (name: string) => JSON.parse(readFileSync(`test/fixtures/generic/${name}.json`, 'utf8')) as Conversation;
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('deskmate extract', () => {
  it.each(['css-modules', 'tailwind-chat', 'email-thread', 'chinese-im', 'shadow-widget'])(
    'reads %s (no adapter) with the generic reader, in the contract shape',
    async (name) => {
      const { code, stdout, stderr } = await run('extract', '--json', `test/fixtures/generic/${name}.html`);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const conversation = JSON.parse(stdout) as Conversation;
      expect(Object.keys(conversation).slice(0, 2)).toEqual(['site', 'messages']);
      expect(conversation.site).toBe('generic');
      for (const message of conversation.messages) {
        const keys = Object.keys(message);
        expect(keys.slice(0, 2)).toEqual(['role', 'text']);
        expect(['role', 'text', 'author', 'time', 'id'].filter((key) => keys.includes(key))).toEqual(keys);
      }
      expect(conversation.messages.map((m) => [m.role, squeeze(m.text)])).toEqual(
        fixture(name).messages.map((m) => [m.role, squeeze(m.text)]),
      );
    },
  );

  it('uses --url as the page address', async () => {
    const url = 'https://app.helpwise.example/inbox/conversations/2291';
    const { stdout } = await run('extract', '--json', '--url', url, 'test/fixtures/generic/css-modules.html');
    expect(JSON.parse(stdout)).toMatchObject({ site: 'generic', url, ticketId: '2291' });
  });

  it('lets the DOM pick the adapter without --url, before the generic reader', async () => {
    const { code, stdout } = await run('extract', '--json', 'demo/site/index.html');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ site: 'demo', ticketId: '1042' });
  });

  it('prints one line per message without --json', async () => {
    const { code, stdout } = await run('extract', 'test/fixtures/generic/chinese-im.html');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('generic');
    expect(stdout).toContain('[customer 张先生] 明天一定能到吗?');
  });

  it('exits 1 when neither an adapter nor the generic reader finds a conversation', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'deskmate-extract-')), 'settings.html');
    writeFileSync(file, '<html><body><h1>Settings</h1><form><label>Name <input name="n"></label></form></body></html>');
    const { code, stdout, stderr } = await run('extract', '--json', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/generic reader found no conversation/);
  });
});

describe('the address a saved page states for itself', () => {
  const doc = (html: string) => new JSDOM(html).window.document;

  it.each([
    [
      '<!-- saved from url=(0045)https://acme.zendesk.com/agent/tickets/1 --><html></html>',
      'https://acme.zendesk.com/agent/tickets/1',
    ],
    [
      '<html><head><link rel="canonical" href="https://app.intercom.com/a/inbox/x"></head></html>',
      'https://app.intercom.com/a/inbox/x',
    ],
    ['<html><head><base href="https://secure.helpscout.net/"></head></html>', 'https://secure.helpscout.net/'],
    [
      '<html><head><meta property="og:url" content="https://app.crisp.chat/website/1/"></head></html>',
      'https://app.crisp.chat/website/1/',
    ],
    ['<html><head><link rel="canonical" href="/relative"></head></html>', undefined],
  ])('%s', (html, expected) => {
    expect(statedUrl(html, doc(html))?.href).toBe(expected);
  });
});
