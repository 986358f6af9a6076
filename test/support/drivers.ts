import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { PageDriver } from '../e2e/scenario';

/** The e2e scenarios' page driver over Playwright (Chromium). */
export function playwrightDriver(page: PlaywrightPage): PageDriver {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    click: (selector) => page.locator(selector).first().click(),
    keyboard: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    waitFor: async (fn, arg, timeout = 10_000) => {
      await page.waitForFunction(fn as never, arg, { timeout });
    },
  };
}

/** The same over puppeteer-core (Firefox ESR, WebDriver BiDi). */
export function puppeteerDriver(page: PuppeteerPage): PageDriver {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    type: (selector, text) => page.type(selector, text),
    click: (selector) => page.click(selector),
    keyboard: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as never),
    waitFor: async (fn, arg, timeout = 10_000) => {
      await page.waitForFunction(fn as never, { timeout, polling: 100 }, arg);
    },
  };
}
