import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../demo/server';
import { FIREFOX_BUILD, answeringTab, launchFirefox, type FirefoxSession } from '../support/browsers';
import { puppeteerDriver } from '../support/drivers';
import { runPalette, runSiteChoice, runSlice, type BrowserDriver } from './scenario';

describe('Firefox ESR (puppeteer-core, WebDriver BiDi) with the extension installed', () => {
  let server: StaticServer;
  let session: FirefoxSession;

  beforeAll(async () => {
    server = await serveStatic();
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('ships a sidebar that opens from the toolbar button and Alt+Shift+D', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(manifest.browser_action).toBeDefined();
    expect(manifest.commands._execute_sidebar_action.suggested_key.default).toBe('Alt+Shift+D');
  });

  let demo: Page | undefined;
  const driver = (): BrowserDriver => ({
    async openDemo(url) {
      for (const open of await session.browser.pages()) if (open !== (await session.browser.pages())[0]) await open.close();
      demo = await session.browser.newPage();
      await demo.goto(url);
      return puppeteerDriver(demo);
    },
    async openPanel() {
      // Opened on its own, the panel attaches to the most recently used tab Deskmate runs in.
      const panel = await session.browser.newPage();
      // Extension pages never report "loaded" to puppeteer over BiDi: don't wait for navigation.
      panel.goto(`${session.extensionOrigin}/sidepanel.html`).catch(() => undefined);
      await panel.waitForSelector('[data-testid="template-search"]', { timeout: 20_000 });
      return puppeteerDriver(panel);
    },
    async togglePalette() {
      // What the background does on the keyboard command, sent from an extension page.
      const page = await session.browser.newPage();
      page.goto(`${session.extensionOrigin}/sidepanel.html`).catch(() => undefined);
      await page.waitForSelector('[data-testid="template-search"]', { timeout: 20_000 });
      const tabId = await answeringTab(page);
      await page.evaluate(
        (id) =>
          (
            globalThis as unknown as { browser: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }
          ).browser.tabs.sendMessage(id, { type: 'deskmate:toggle-palette' }),
        tabId,
      );
      await page.close();
      await demo!.bringToFront();
    },
  });

  it('reads the demo conversation, suggests, searches, and inserts at the cursor', async () => {
    await runSlice(driver(), server.origin);
  });

  it('opens the palette over the reply box and inserts by keyboard alone', async () => {
    await runPalette(driver(), server.origin);
  });

  it('lets the agent pick the reader and the message area for a site', async () => {
    await runSiteChoice(driver(), server.origin);
  });
});
