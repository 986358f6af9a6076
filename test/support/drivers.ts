import type { Page as PlaywrightPage } from 'playwright-core';
import type { KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
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
    press: (key) => pressChord(page, key),
    waitFor: async (fn, arg, timeout = 10_000) => {
      await page.waitForFunction(fn as never, { timeout, polling: 100 }, arg);
    },
  };
}

/** Keys as Playwright spells them ("Control+z", "Alt+Enter"), for puppeteer, which takes modifiers as separate key presses. */
export async function pressChord(page: PuppeteerPage, chord: string): Promise<void> {
  const keys = chord.split('+') as KeyInput[];
  const key = keys.pop()!;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}
