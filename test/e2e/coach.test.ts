import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../demo/server';
import type { InsertResult } from '../../utils/editors';
import type { Finding } from '../../utils/lint/types';
import {
  answeringTab,
  launchChromium,
  launchFirefox,
  ROOT,
  type ChromiumSession,
  type FirefoxSession,
} from '../support/browsers';
import { pressChord } from '../support/drivers';
import { runCoachPanel, runCoachScenario, type CoachPage, type CoachTab, type PanelPage } from './coach-scenario';
import { EDITOR_SELECTORS } from './editors-scenario';
import { buildEditorPages, type BuiltPages } from './editors/build';

/** The bits of the extension APIs called from the extension's own contexts. */
declare const chrome: {
  tabs: {
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};
declare const browser: {
  tabs: typeof chrome.tabs;
  browserAction: typeof chrome.action;
};

/** Screenshots to look at (git-ignored). */
const SHOTS = join(ROOT, '.tmp');

let pages: BuiltPages;
let editorServer: StaticServer;
let demoServer: StaticServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  pages = await buildEditorPages();
  editorServer = await serveStatic(`${pages.dir}/`);
  demoServer = await serveStatic();
});
afterAll(async () => {
  await editorServer?.close();
  await demoServer?.close();
  pages?.remove();
});

const COMPOSER = 'section.ticket[data-active="true"] textarea.composer__input';
const ENGLISH = { draft: 'We will refund you soon. It will probably arrive tomorrow.', vague: 'soon', hedge: 'probably' };

/** The demo helpdesk (a plain textarea, a Chinese conversation), then the editor test pages. */
const PAGES = ['demo helpdesk (textarea)', 'textarea', 'prosemirror', 'ckeditor5'] as const;

function coachPage(name: (typeof PAGES)[number], browserName: string): CoachPage {
  if (name === 'demo helpdesk (textarea)') {
    return {
      name,
      url: `${demoServer.origin}/#/tickets/1042`,
      ready: COMPOSER,
      editor: COMPOSER,
      kind: 'textarea',
      model: false,
      draft: '我们会尽快处理,应该明天能到',
      vague: '尽快',
      hedge: '应该',
      shots: { card: join(SHOTS, `coach-demo-${browserName}.png`), panel: join(SHOTS, `coach-panel-${browserName}.png`) },
    };
  }
  return {
    name,
    url: `${editorServer.origin}/${name}.html`,
    ready: 'body[data-ready="true"]',
    editor: EDITOR_SELECTORS[name],
    kind: name === 'textarea' ? 'textarea' : 'rich',
    model: true,
    ...ENGLISH,
    ...(name === 'ckeditor5' && { shots: { card: join(SHOTS, `coach-ckeditor5-${browserName}.png`) } }),
  };
}

describe('draft coach in Chromium (Playwright)', () => {
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

  const send = <R>(message: object) =>
    session.worker.evaluate(([id, body]) => chrome.tabs.sendMessage(id, body), [tabId!, message] as const) as Promise<R>;
  const panelOf = (panel: PlaywrightPage): PanelPage => ({
    evaluate: (fn, arg) => panel.evaluate(fn as never, arg),
    waitUntil: async (fn, arg, timeout = 10_000) => {
      await panel.waitForFunction(fn as never, arg, { timeout });
    },
    click: (selector) => panel.locator(selector).first().click(),
    screenshot: async (path) => {
      await panel.locator('[data-testid="coach"]').screenshot({ path });
    },
  });

  const tab = (): CoachTab => ({
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
      tabId = await answeringTab(session.worker);
    },
    insert: (text) => send<InsertResult>({ type: 'deskmate:insert-text', text }),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    waitUntil: async (fn, arg, timeout = 10_000) => {
      await page.waitForFunction(fn as never, arg, { timeout });
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    badge: () => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId!),
    findings: async () => (await send<{ findings: Finding[] }>({ type: 'deskmate:get-findings' })).findings,
    async openPanel() {
      const panel = await session.context.newPage();
      await panel.setViewportSize({ width: 380, height: 900 });
      await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
      return panelOf(panel);
    },
    front: () => page.bringToFront(),
  });

  it('checks nothing while an input method is composing (CDP IME events)', async () => {
    const coach = tab();
    await coach.goto(`${demoServer.origin}/#/tickets/1042`);
    await coach.waitFor(COMPOSER);
    await coach.contentScript();
    await coach.click(COMPOSER);
    await coach.type('我们会');
    const cdp = await session.context.newCDPSession(page);
    // Mid-composition the field already holds 尽快, as the agent sees it in the IME's candidate.
    await cdp.send('Input.imeSetComposition', { text: '尽快', selectionStart: 2, selectionEnd: 2 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await coach.evaluate((selector) => document.querySelector<HTMLTextAreaElement>(selector)!.value, COMPOSER)).toBe(
      '我们会尽快',
    );
    expect(await coach.findings()).toEqual([]);
    await cdp.send('Input.insertText', { text: '尽快' });
    await expect.poll(async () => (await coach.findings()).map((finding) => finding.text), { timeout: 5000 }).toEqual(['尽快']);
    await cdp.detach();
    await page.goto('about:blank'); // the next test opens the same ticket afresh
  });

  it.each(PAGES)('%s', async (name) => {
    const page = coachPage(name, 'chromium');
    await runCoachScenario(tab(), page);
    if (page.shots?.panel) await runCoachPanel(tab(), page);
  });
});

describe('draft coach in Firefox ESR (puppeteer-core, WebDriver BiDi)', () => {
  let session: FirefoxSession;
  let page: PuppeteerPage;
  /** An extension page: tabs.sendMessage and the badge are read from it. */
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

  const send = <R>(message: object) =>
    extensionPage.evaluate((id, body) => browser.tabs.sendMessage(id, body), tabId!, message) as Promise<R>;
  const panelOf = (panel: PuppeteerPage): PanelPage => ({
    evaluate: (fn, arg) => panel.evaluate(fn as never, arg) as never,
    waitUntil: async (fn, arg, timeout = 10_000) => {
      await panel.waitForFunction(fn as never, { timeout, polling: 100 }, arg);
    },
    click: (selector) => panel.click(selector),
    screenshot: async (path) => {
      await (await panel.$('[data-testid="coach"]'))!.screenshot({ path: path as `${string}.png` });
    },
  });

  const tab = (): CoachTab => ({
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
      tabId = await answeringTab(extensionPage);
    },
    insert: (text) => send<InsertResult>({ type: 'deskmate:insert-text', text }),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    waitUntil: async (fn, arg, timeout = 10_000) => {
      await page.waitForFunction(fn as never, { timeout, polling: 100 }, arg);
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    badge: () => extensionPage.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId!),
    findings: async () => (await send<{ findings: Finding[] }>({ type: 'deskmate:get-findings' })).findings,
    async openPanel() {
      const panel = await session.browser.newPage();
      panel.goto(`${session.extensionOrigin}/sidepanel.html?tab=${tabId}`).catch(() => undefined);
      await panel.waitForSelector('[data-testid="template-search"]', { timeout: 20_000 });
      return panelOf(panel);
    },
    front: () => page.bringToFront(),
  });

  it.each(PAGES)('%s', async (name) => {
    const page = coachPage(name, 'firefox');
    await runCoachScenario(tab(), page);
    if (page.shots?.panel) await runCoachPanel(tab(), page);
  });
});
