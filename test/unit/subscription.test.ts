import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { libraryItem } from '../../utils/packs/storage';
import { checkPackUrl, fetchPack, refreshAll, refreshSource } from '../../utils/packs/subscription';

// A real HTTP server on loopback plays the team's pack host; what it answers changes per test.
let answer: { status: number; body: string; type?: string } = { status: 200, body: '' };
let server: Server;
let origin = '';

const pack = (version: string) =>
  JSON.stringify({
    format: 'deskmate-pack',
    schemaVersion: 1,
    id: 'team',
    name: 'Team replies',
    version,
    locale: 'en',
    templates: [{ id: 'hello', title: 'Hello', body: `Hello from ${version}.`, kind: 'opening', scenario: 'general', tags: [] }],
  });

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(answer.status, { 'content-type': answer.type ?? 'application/json' }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => fakeBrowser.reset());

describe('pack subscriptions', () => {
  it('accepts https and local http URLs only', () => {
    expect(checkPackUrl('https://cdn.example.com/pack.json').ok).toBe(true);
    expect(checkPackUrl('http://127.0.0.1:8080/pack.json').ok).toBe(true);
    expect(checkPackUrl('http://cdn.example.com/pack.json')).toEqual({ ok: false, message: 'pack URLs must use https://' });
    expect(checkPackUrl('not a url').ok).toBe(false);
  });

  it('installs a pack, then keeps the last good version through a broken and an unreachable update', async () => {
    const source = { kind: 'url' as const, url: `${origin}/team.json` };
    answer = { status: 200, body: pack('v1') };
    expect(await refreshSource(source)).toMatchObject({ ok: true });

    answer = { status: 200, body: pack('v2').replace('"opening"', '"greeting"') };
    const broken = await refreshSource(source);
    expect(broken).toMatchObject({ ok: false, errors: [{ path: 'templates[0].kind' }] });

    answer = { status: 503, body: 'down' };
    await refreshAll();
    const [entry] = (await libraryItem.getValue()).installed;
    expect(entry).toMatchObject({ pack: { version: 'v1' }, lastError: { message: `${origin}/team.json: HTTP 503` } });

    answer = { status: 200, body: pack('v3') };
    await refreshAll();
    expect((await libraryItem.getValue()).installed[0]).toMatchObject({ pack: { version: 'v3' } });
    expect((await libraryItem.getValue()).installed[0]!.lastError).toBeUndefined();
  });

  it('reads CSV packs by extension', async () => {
    answer = {
      status: 200,
      type: 'text/csv',
      body: 'id,title,body,kind,scenario,tags\nbye,Bye,Thanks for your patience today.,closing,general,resolved\n',
    };
    expect(await fetchPack(`${origin}/closings.csv`)).toMatchObject({
      ok: true,
      pack: { id: 'closings', templates: [{ id: 'bye' }] },
    });
  });

  it('reports a server that does not answer instead of throwing', async () => {
    const outcome = await fetchPack('http://127.0.0.1:9/pack.json');
    expect(outcome.ok).toBe(false);
  });
});

describe('originPattern', () => {
  it('asks for one host, without the port (match patterns carry none)', async () => {
    const { originPattern } = await import('../../utils/site-access');
    expect(originPattern('https://support.example.com')).toBe('https://support.example.com/*');
    expect(originPattern(new URL('http://127.0.0.1:8080/team/pack.json'))).toBe('http://127.0.0.1/*');
  });
});
