import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../demo/server';
import { FIREFOX_BUILD, launchFirefox, type FirefoxSession } from '../support/browsers';
import { runSlice, type BrowserDriver, type PageDriver } from './scenario';

function drive(page: Page): PageDriver {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    type: (selector, text) => page.type(selector, text),
    click: (selector) => page.click(selector),
    waitFor: async (fn, arg, timeout = 10_000) => {
      await page.waitForFunction(fn as never, { timeout, polling: 100 }, arg);
    },
  };
}

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

  it('reads the demo conversation, searches, and inserts at the cursor', async () => {
    const driver: BrowserDriver = {
      async openDemo(url) {
        const page = await session.browser.newPage();
        await page.goto(url);
        return drive(page);
      },
      async openPanel() {
        // Opened on its own, the panel attaches to the most recently used tab Deskmate runs in.
        const panel = await session.browser.newPage();
        // Extension pages never report "loaded" to puppeteer over BiDi: don't wait for navigation.
        panel.goto(`${session.extensionOrigin}/sidepanel.html`).catch(() => undefined);
        await panel.waitForSelector('[data-testid="template-search"]', { timeout: 20_000 });
        return drive(panel);
      },
    };
    await runSlice(driver, server.origin);
  });
});
