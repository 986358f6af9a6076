import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../demo/server';
import { launchChromium, type ChromiumSession } from '../support/browsers';
import { runSlice, type BrowserDriver, type PageDriver } from './scenario';

/** The bits of the `chrome` API the tests call inside the extension's service worker. */
declare const chrome: {
  runtime: {
    getManifest(): {
      side_panel?: { default_path?: string };
      commands?: Record<string, { suggested_key?: { default?: string } }>;
    };
  };
  sidePanel: { getPanelBehavior(): Promise<{ openPanelOnActionClick?: boolean }> };
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object): Promise<{ ok?: boolean } | undefined>;
  };
};

function drive(page: Page): PageDriver {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    click: (selector) => page.locator(selector).first().click(),
    waitFor: async (fn, arg, timeout = 10_000) => {
      await page.waitForFunction(fn as never, arg, { timeout });
    },
  };
}

describe('Chromium (Playwright) with the extension loaded', () => {
  let server: StaticServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await serveStatic();
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('builds a side panel that opens from the toolbar button and Alt+Shift+D', async () => {
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    expect(manifest.commands?._execute_action?.suggested_key?.default).toBe('Alt+Shift+D');
    const behavior = await session.worker.evaluate(() => chrome.sidePanel.getPanelBehavior());
    expect(behavior.openPanelOnActionClick).toBe(true);
  });

  it('reads the demo conversation, searches, and inserts at the cursor', async () => {
    let demoPage: Page | undefined;
    const driver: BrowserDriver = {
      async openDemo(url) {
        demoPage = await session.context.newPage();
        await demoPage.goto(url);
        return drive(demoPage);
      },
      async openPanel() {
        // The tab whose content script answers; the panel is then pinned to it with ?tab=.
        const tabId = await session.worker.evaluate(async () => {
          for (const tab of await chrome.tabs.query({})) {
            const answer = await chrome.tabs.sendMessage(tab.id!, { type: 'deskmate:ping' }).catch(() => undefined);
            if (answer?.ok) return tab.id;
          }
          return undefined;
        });
        expect(tabId).toBeTypeOf('number');
        const panel = await session.context.newPage();
        await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
        return drive(panel);
      },
    };
    await runSlice(driver, server.origin);
    expect(demoPage).toBeDefined();
  });

  it('shows the panel in Chinese when the browser UI is Chinese', async () => {
    const zh = await launchChromium({ locale: 'zh-CN' });
    try {
      const panel = await zh.context.newPage();
      await panel.goto(`chrome-extension://${zh.extensionId}/sidepanel.html`);
      await panel.locator('[data-testid="template-search"]').waitFor();
      expect(await panel.locator('[data-testid="template-search"]').getAttribute('placeholder')).toContain('搜索话术');
      expect(await panel.locator('[data-testid="status"]').textContent()).toMatch(/客服/);
    } finally {
      await zh.close();
    }
  });
});
