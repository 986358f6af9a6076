import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../demo/server';
import type { InsertResult } from '../../utils/editors';
import { answeringTab, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from '../support/browsers';
import { pressChord } from '../support/drivers';
import { runEditorScenario, type EditorTab } from './editors-scenario';
import { buildEditorPages, EDITOR_PAGES, type BuiltPages } from './editors/build';

/** The bits of the extension APIs called from the extension's own contexts. */
declare const chrome: {
  tabs: {
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
};
declare const browser: typeof chrome;

let pages: BuiltPages;
let server: StaticServer;

beforeAll(async () => {
  pages = await buildEditorPages();
  server = await serveStatic(`${pages.dir}/`);
});
afterAll(async () => {
  await server?.close();
  pages?.remove();
});

describe('editor insertion in Chromium (Playwright)', () => {
  let session: ChromiumSession;
  let page: PlaywrightPage;
  let tabId: number | undefined;

  beforeAll(async () => {
    session = await launchChromium();
    page = await session.context.newPage();
  });
  afterAll(async () => {
    await session?.close();
  });

  const tab = (): EditorTab => ({
    goto: async (url) => {
      await page.goto(url);
    },
    click: (selector) => page.locator(selector).first().click(),
    type: (text) => page.keyboard.type(text),
    press: async (key, times = 1) => {
      for (let i = 0; i < times; i++) await page.keyboard.press(key);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    waitFor: async (selector) => {
      await page.waitForSelector(selector, { state: 'attached' });
    },
    async contentScript() {
      // The editor pages load one after another in the same tab.
      tabId = await answeringTab(session.worker, tabId);
    },
    insert: (text, cursor) =>
      session.worker.evaluate(([id, message]) => chrome.tabs.sendMessage(id, message) as Promise<InsertResult>, [
        tabId!,
        { type: 'deskmate:insert-text', text, ...(cursor === undefined ? {} : { cursor }) },
      ] as const),
  });

  it.each(EDITOR_PAGES)('%s', async (name) => {
    await runEditorScenario(tab(), server.origin, name);
  });
});

describe('editor insertion in Firefox ESR (puppeteer-core, WebDriver BiDi)', () => {
  let session: FirefoxSession;
  let page: PuppeteerPage;
  /** An extension page: the side panel's own messaging, browser.tabs.sendMessage, runs from it. */
  let extensionPage: PuppeteerPage;
  let tabId: number | undefined;

  beforeAll(async () => {
    session = await launchFirefox();
    extensionPage = await session.browser.newPage();
    // Extension pages never report "loaded" to puppeteer over BiDi: don't wait for navigation.
    extensionPage.goto(`${session.extensionOrigin}/sidepanel.html`).catch(() => undefined);
    await extensionPage.waitForSelector('[data-testid="template-search"]', { timeout: 20_000 });
    page = await session.browser.newPage();
  });
  afterAll(async () => {
    await session?.close();
  });

  const tab = (): EditorTab => ({
    goto: async (url) => {
      await page.goto(url);
      await page.bringToFront();
    },
    click: (selector) => page.click(selector),
    type: (text) => page.keyboard.type(text),
    press: async (key, times = 1) => {
      for (let i = 0; i < times; i++) await pressChord(page, key);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (selector) => {
      await page.waitForSelector(selector);
    },
    async contentScript() {
      tabId = await answeringTab(extensionPage, tabId);
    },
    insert: (text, cursor) =>
      extensionPage.evaluate((id, message) => browser.tabs.sendMessage(id, message) as Promise<InsertResult>, tabId!, {
        type: 'deskmate:insert-text',
        text,
        ...(cursor === undefined ? {} : { cursor }),
      }),
  });

  it.each(EDITOR_PAGES)('%s', async (name) => {
    await runEditorScenario(tab(), server.origin, name);
  });
});
