import { expect } from 'vitest';

/**
 * The thin slice, written once for both browsers: read the conversation on the demo helpdesk, search
 * the built-in pack from the panel, insert a template at the agent's cursor, follow live changes.
 */
export interface PageDriver {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  type(selector: string, text: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Waits until `fn(arg)` is truthy in the page. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
}

export interface BrowserDriver {
  openDemo(url: string): Promise<PageDriver>;
  /** The side panel page, attached to the demo tab. */
  openPanel(): Promise<PageDriver>;
}

const COMPOSER = 'section.ticket[data-active="true"] textarea.composer__input';
const LATEST = '[data-testid="latest-customer-message"]';

export async function textOf(page: PageDriver, selector: string): Promise<string> {
  return page.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', selector);
}

export async function waitForText(page: PageDriver, selector: string, needle: string, timeoutMs = 10_000): Promise<void> {
  try {
    await page.waitFor(
      ([sel, text]) => document.querySelector(sel)?.textContent?.includes(text),
      [selector, needle] as const,
      timeoutMs,
    );
  } catch (error) {
    throw new Error(`"${needle}" did not appear in ${selector}; it reads: "${await textOf(page, selector)}"`, { cause: error });
  }
}

export async function runSlice(driver: BrowserDriver, origin: string): Promise<void> {
  const demo = await driver.openDemo(`${origin}/#/tickets/1042`);
  await demo.waitFor((sel) => document.querySelector(sel), COMPOSER);

  // The agent has started a draft and put the caret in the middle of it.
  await demo.type(COMPOSER, '王女士您好,XYZ');
  await demo.evaluate((sel) => {
    const box = document.querySelector<HTMLTextAreaElement>(sel)!;
    box.setSelectionRange(6, 6);
  }, COMPOSER);

  const panel = await driver.openPanel();

  // Conversation read through the demo adapter: the latest customer message, and how many were read.
  await waitForText(panel, LATEST, '今天再不解决我就投诉了');
  const expectedCount = await demo.evaluate(
    () => document.querySelectorAll('section.ticket[data-active="true"] .thread > li.msg').length,
  );
  await waitForText(panel, '[data-testid="reader"]', ` ${expectedCount} `);
  expect(await textOf(panel, '[data-testid="conversation"]')).toContain('退款一周了还没到账');

  // The copilot's three slots, from what the conversation says.
  await panel.waitFor(() => document.querySelectorAll('[data-testid="suggestions"] .slot').length >= 3, undefined);
  for (const slot of ['empathy', 'clarification', 'resolution']) {
    expect(await textOf(panel, `[data-testid="slot-${slot}"] .slot__text`)).toMatch(/[\u4e00-\u9fff]/);
  }

  // Search the library by pinyin initials (退款到账 → tkdz); Chinese first: the customer writes Chinese.
  await panel.type('[data-testid="template-search"]', 'tkdz');
  await panel.waitFor(() => document.querySelectorAll('[data-testid="template-results"] [role="option"]').length > 0, undefined);
  const first = await panel.evaluate(() => {
    const option = document.querySelector('[data-testid="template-results"] [role="option"]')!;
    return { id: option.getAttribute('data-template-id'), title: option.querySelector('.result__title')?.textContent ?? '' };
  });
  expect(first.title).toContain('退款到账');

  // Choose it; fill whatever the conversation can't provide, then insert.
  await panel.click('[data-testid="template-results"] [role="option"] .result__button');
  const needsValues = await panel.evaluate(() => document.querySelector('[data-testid="variable-form"]') !== null);
  if (needsValues) {
    const names = await panel.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('[data-testid="variable-form"] input')].map((input) => input.name),
    );
    for (const name of names) await panel.type(`[data-testid="variable-form"] input[name="${name}"]`, `V-${name}`);
    await panel.click('[data-testid="variable-form"] button[type="submit"]');
  }
  await waitForText(
    panel,
    '[data-testid="toast"]',
    await panel.evaluate(() => (document.documentElement.lang.startsWith('zh') ? '已插入' : 'Inserted')),
  );

  const value = await demo.evaluate((sel) => document.querySelector<HTMLTextAreaElement>(sel)!.value, COMPOSER);
  expect(value.startsWith('王女士您好,')).toBe(true);
  expect(value.endsWith('XYZ')).toBe(true);
  const inserted = value.slice('王女士您好,'.length, -'XYZ'.length);
  expect(inserted.length).toBeGreaterThan(10);
  expect(inserted).not.toContain('{{');

  // Live: a new customer message shows up in the panel.
  await demo.evaluate(() =>
    (window as unknown as { acmeDemo: { addMessage(...args: string[]): unknown } }).acmeDemo.addMessage(
      '1042',
      'customer',
      '王女士',
      '我再确认一下:退款单号是多少?',
    ),
  );
  await waitForText(panel, LATEST, '退款单号是多少');

  // Switching tickets: the panel follows the one on screen.
  await demo.evaluate(() => (window as unknown as { acmeDemo: { activate(id: string): void } }).acmeDemo.activate('2087'));
  await waitForText(panel, LATEST, 'will it actually arrive by the 28th');
}
