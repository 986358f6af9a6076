import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../demo/server';
import { answeringTab, launchChromium, type ChromiumSession } from '../support/browsers';
import { playwrightDriver } from '../support/drivers';
import { runPalette, runSiteChoice, runSlice, type BrowserDriver } from './scenario';

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
    sendMessage(tabId: number, message: object): Promise<{ ok?: boolean } | undefined>;
  };
};

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

  /** The tab whose content script answers (one demo page is open per test). */
  const demoTabId = () => answeringTab(session.worker);

  const driver = (): BrowserDriver => ({
    async openDemo(url) {
      for (const open of session.context.pages()) await open.close();
      const page = await session.context.newPage();
      await page.goto(url);
      return playwrightDriver(page);
    },
    async openPanel() {
      // Pinned to the demo tab with ?tab=, as the demo does.
      const tabId = await demoTabId();
      expect(tabId).toBeTypeOf('number');
      const panel = await session.context.newPage();
      await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
      return playwrightDriver(panel);
    },
    async togglePalette() {
      const tabId = await demoTabId();
      await session.worker.evaluate((id) => chrome.tabs.sendMessage(id!, { type: 'deskmate:toggle-palette' }), tabId);
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
