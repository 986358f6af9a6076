import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCustomerMessage, type Conversation } from '../../utils/conversation/types';
import { adapterById } from '../../utils/sites/registry';
import {
  answeringTab,
  launchChromium,
  launchFirefox,
  ROOT,
  type ChromiumSession,
  type FirefoxSession,
} from '../support/browsers';
import { playwrightDriver, puppeteerDriver } from '../support/drivers';
import { waitForText, type PageDriver } from './scenario';

/**
 * Saved helpdesk pages, served on 127.0.0.1 under the helpdesks' real host names over HTTPS (the
 * adapters' host patterns are https-only and the content script is declared on exactly those), in
 * real Chromium and Firefox with the built extension: the panel shows the latest customer message,
 * and follows when the helpdesk adds one. Run `npm run build` first.
 */
interface SitePage {
  name: string;
  /** Host and path the helpdesk uses; the adapters read ticket ids from the path. */
  host: string;
  path: string;
  fixture: string;
  /** A new customer message, inserted the way the app renders one. */
  append: { after: string; html: string; text: string };
}

const PAGES: SitePage[] = [
  {
    name: 'Chatwoot, Chinese conversation',
    host: 'app.chatwoot.com',
    path: '/app/accounts/3/conversations/1287',
    fixture: 'chatwoot/current',
    append: {
      after: '#message90419',
      text: '另外发票也请一起开一下。',
      html: `<div id="message90420" class="flex mb-2 w-full message-bubble-container justify-start" data-message-id="90420" data-clarity-mask="True"><div class="grid grid-cols-1fr gap-x-2"><div class="[grid-area:bubble] flex ltr:mr-8 rtl:ml-8"><div class="text-sm bg-n-slate-4 text-n-slate-12 left-bubble rounded-xl ltr:rounded-bl-sm rtl:rounded-br-sm max-w-lg px-4 py-3" data-bubble-name="text"><div class="gap-3 flex flex-col"><span class="prose prose-bubble"><p>另外发票也请一起开一下。</p></span></div><div class="text-xs flex items-center gap-1.5 justify-start text-n-slate-11 mt-2"><div class="inline"><time class="inline">11月 14, 3:16 下午</time></div></div></div></div></div><div class="context-menu-wrap"></div></div>`,
    },
  },
  {
    name: 'Qiyu 七鱼 workbench (Chinese desk)',
    host: 'northwindcn.qiyukf.com',
    path: '/chat/',
    fixture: 'qiyu/workbench',
    append: {
      after: '.msg[data-id="m-20008"]',
      text: '新机是什么颜色的？',
      html: `<div class="msg msg-left" data-id="m-20009" data-time="1795241240000"><div class="msg-body"><div class="msg-text-content">新机是什么颜色的？</div></div><span class="msg-time">14:07:20</span></div>`,
    },
  },
  {
    name: 'Zendesk Agent Workspace, two ticket tabs',
    host: 'acme.zendesk.com',
    path: '/agent/tickets/4821',
    fixture: 'zendesk/workspace',
    append: {
      after: '[data-test-id="ticket-4821-standard-layout"] article[data-comment-id="91207"]',
      text: 'Also, will I get an email confirmation?',
      html: `<article data-test-id="omni-log-comment-item" data-comment-id="91208"><div data-test-id="omni-log-item-header"><span data-test-id="omni-log-item-sender"><strong>Rachel Kim</strong></span> <time data-test-id="timestamp-relative" datetime="2026-11-18T09:12:01Z">09:12</time></div><div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content"><p>Also, will I get an email confirmation?</p></div></div></article>`,
    },
  },
  {
    name: 'Zammad new desktop UI (customer on the right)',
    host: 'acme.zammad.com',
    path: '/desktop/tickets/42',
    fixture: 'zammad/desktop',
    append: {
      after: 'article#article-207',
      text: 'Here is the bank statement as a PDF.',
      html: `<article id="article-208" aria-setsize="8" aria-posinset="8"><div class="group/article relative rounded-t-xl backface-hidden ltr:rounded-bl-xl rtl:rounded-br-xl border border-neutral-100" data-test-id="article-bubble-container-208"><div class="grid w-full grid-rows-[0fr] overflow-hidden rounded-xl"><div aria-hidden="true" class="grid w-full grid-rows-[0fr] overflow-hidden"></div><div class="Content relative p-3 dark:bg-stone-500 bg-blue-100 Content--customer pt-9!" tabindex="0" data-test-id="article-bubble-body-208"><div class="absolute top-3 flex w-full px-3" role="group"><span class="text-xs font-bold">Lena Vogel</span><time class="text-xs" datetime="2026-11-19T16:20:00Z">just now</time></div><div class="overflow-hidden text-sm"><div class="inner-article-body"><p>Here is the bank statement as a PDF.</p></div></div></div></div></div></article>`,
    },
  },
];

const LATEST = '[data-testid="latest-customer-message"]';
const READER = '[data-testid="reader"]';

function expectedOf(page: SitePage) {
  const conversation = JSON.parse(readFileSync(join(ROOT, `test/fixtures/pages/${page.fixture}.json`), 'utf8')) as Conversation;
  return {
    latest: latestCustomerMessage(conversation)!.text.split('\n')[0]!,
    reader: adapterById(conversation.site)!.name,
    count: conversation.messages.length,
  };
}

/** An HTTPS server for the fixture pages, routed by Host header and path, with a throwaway certificate. */
async function serveFixtures(pages: readonly SitePage[]): Promise<{ port: number; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'deskmate-tls-'));
  const hosts = [...new Set(pages.map((page) => page.host))];
  execFileSync('openssl', [
    ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=deskmate-fixtures'],
    ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
    ...['-addext', `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}`],
  ]);
  const routes = new Map(
    pages.map((page) => [`${page.host}${page.path}`, join(ROOT, `test/fixtures/pages/${page.fixture}.html`)]),
  );
  const handler = (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const file = routes.get(`${host}${new URL(request.url ?? '/', 'https://x').pathname}`);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(file));
  };
  const tls = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  const servers: Server[] = [createServer(tls, handler)];
  await new Promise<void>((resolve, reject) => {
    servers[0]!.once('error', reject);
    servers[0]!.listen(0, '127.0.0.1', resolve);
  });
  const port = (servers[0]!.address() as { port: number }).port;
  // Firefox resolves local domains to ::1 as well as 127.0.0.1: answer there too when IPv6 exists.
  const v6 = createServer(tls, handler);
  await new Promise<void>((resolve) => {
    v6.once('error', () => resolve());
    v6.listen(port, '::1', () => {
      servers.push(v6);
      resolve();
    });
  });
  return {
    port,
    close: async () => {
      for (const server of servers) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function checkPage(site: PageDriver, panel: PageDriver, page: SitePage): Promise<void> {
  const expected = expectedOf(page);
  await waitForText(panel, LATEST, expected.latest, 20_000);
  await waitForText(panel, READER, expected.reader);
  await waitForText(panel, READER, ` ${expected.count} `);

  // The helpdesk renders a new customer message: the panel follows.
  await site.evaluate(
    ({ after, html }) => {
      const anchor = document.querySelector(after);
      if (!anchor) throw new Error(`no ${after} on the page`);
      anchor.insertAdjacentHTML('afterend', html);
    },
    { after: page.append.after, html: page.append.html },
  );
  await waitForText(panel, LATEST, page.append.text);
  await waitForText(panel, READER, ` ${expected.count + 1} `);
}

describe('helpdesk pages in Chromium', () => {
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await serveFixtures(PAGES);
    session = await launchChromium({ hostRules: PAGES.map((page) => page.host) });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each(PAGES)('$name: latest customer message, then a new one', async (page) => {
    const url = `https://${page.host}:${server.port}${page.path}`;
    const site = await session.context.newPage();
    await site.goto(url);
    // The one tab whose content script answers (each case closes its pages); tab URLs are not
    // visible to the extension without the `tabs` permission.
    const tabId = await answeringTab(session.worker).catch(() => undefined);
    expect(tabId, `the content script runs on ${url}`).toBeTypeOf('number');
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
    try {
      await checkPage(playwrightDriver(site), playwrightDriver(panel), page);
    } finally {
      await panel.close();
      await site.close();
    }
  });
});

describe('helpdesk pages in Firefox', () => {
  let server: Awaited<ReturnType<typeof serveFixtures>>;
  let session: FirefoxSession;

  beforeAll(async () => {
    server = await serveFixtures(PAGES);
    session = await launchFirefox({
      prefs: { 'network.dns.localDomains': PAGES.map((page) => page.host).join(',') },
      acceptInsecureCerts: true,
    });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each(PAGES)('$name: latest customer message, then a new one', async (page) => {
    const site = await session.browser.newPage();
    await site.goto(`https://${page.host}:${server.port}${page.path}`);
    // Opened on its own, the panel attaches to the most recently used tab Deskmate runs in: this one.
    const panel = await session.browser.newPage();
    // Extension pages never report "loaded" to puppeteer over BiDi: don't wait for navigation.
    panel.goto(`${session.extensionOrigin}/sidepanel.html`).catch(() => undefined);
    try {
      await panel.waitForSelector('[data-testid="template-search"]', { timeout: 20_000 });
      await checkPage(puppeteerDriver(site), puppeteerDriver(panel), page);
    } finally {
      await panel.close();
      await site.close();
    }
  });
});
