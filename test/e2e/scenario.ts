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
  /** Types into whatever has focus, as the keyboard does. */
  keyboard(text: string): Promise<void>;
  press(key: string): Promise<void>;
}

export interface BrowserDriver {
  openDemo(url: string): Promise<PageDriver>;
  /** The side panel page, attached to the demo tab. */
  openPanel(): Promise<PageDriver>;
  /** What the palette's keyboard command does: asks the demo tab's content script to toggle it. */
  togglePalette(): Promise<void>;
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
  // "今天再不解决我就投诉了": a complaint threat to watch, not yet a hand-over.
  expect(await textOf(panel, '[data-testid="escalation-watch"]')).toContain('投诉');

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

  // The suggestions follow the ticket, and inserting one puts exactly the shown text, its variables
  // filled from this chat, into this ticket's reply box.
  await panel.waitFor(
    () => /[A-Za-z]{3}/.test(document.querySelector('[data-testid="slot-clarification"] .slot__text')?.textContent ?? ''),
    undefined,
  );
  const shown = await textOf(panel, '[data-testid="slot-clarification"] .slot__text');
  expect(shown).not.toContain('{{');
  await panel.click('[data-testid="slot-clarification"] [data-testid="slot-insert"]');
  await demo.waitFor((sel) => (document.querySelector<HTMLTextAreaElement>(sel)?.value.length ?? 0) > 0, COMPOSER);
  expect(await demo.evaluate((sel) => document.querySelector<HTMLTextAreaElement>(sel)!.value, COMPOSER)).toBe(shown);
}

const PALETTE = () => document.querySelector('deskmate-palette')?.shadowRoot?.querySelector('[data-testid="palette"]') ?? null;

/**
 * The in-page palette, by keyboard alone: open it over the reply box, type pinyin initials, Enter —
 * the template lands at the caret, the palette closes, and the helpdesk never saw the keystrokes.
 */
export async function runPalette(driver: BrowserDriver, origin: string): Promise<void> {
  const demo = await driver.openDemo(`${origin}/#/tickets/1042`);
  await demo.waitFor((sel) => document.querySelector(sel), COMPOSER);
  await demo.click(COMPOSER);
  await demo.keyboard('您好,');
  await demo.evaluate(() => {
    const seen = window as unknown as { hostKeys: string[] };
    seen.hostKeys = [];
    document.addEventListener('keydown', (event) => seen.hostKeys.push(`${event.key}@${(event.target as Element).tagName}`));
  });

  await driver.togglePalette();
  await demo.waitFor(
    () =>
      document.querySelector('deskmate-palette')?.shadowRoot?.activeElement?.getAttribute('data-testid') === 'template-search',
    undefined,
  );
  await demo.keyboard('tkdz');
  await demo.waitFor(
    () =>
      document
        .querySelector('deskmate-palette')
        ?.shadowRoot?.querySelector('[role="option"] .result__title')
        ?.textContent?.includes('退款到账'),
    undefined,
  );
  await demo.press('Enter');
  // Variables the conversation can't fill are asked for in the palette; Enter on each field submits.
  if (
    await demo.evaluate(() =>
      Boolean(document.querySelector('deskmate-palette')?.shadowRoot?.querySelector('[data-testid="variable-form"]')),
    )
  ) {
    await demo.keyboard('小林');
    await demo.press('Enter');
  }
  await demo.waitFor(() => document.querySelector('deskmate-palette') === null, undefined);
  expect(await demo.evaluate(PALETTE)).toBeNull();

  const value = await demo.evaluate((sel) => document.querySelector<HTMLTextAreaElement>(sel)!.value, COMPOSER);
  expect(value.startsWith('您好,')).toBe(true);
  expect(value.length).toBeGreaterThan('您好,'.length + 10);
  expect(value).not.toContain('{{');
  // Keys typed in the palette never reached the helpdesk's own key handlers.
  const hostKeys = await demo.evaluate(() => (window as unknown as { hostKeys: string[] }).hostKeys);
  expect(hostKeys).toEqual([]);
  // Focus is back in the reply box, where the agent goes on typing.
  expect(await demo.evaluate((sel) => document.activeElement === document.querySelector(sel), COMPOSER)).toBe(true);
}

/**
 * Per-site choices: the agent switches this site to the generic reader, then points it at the
 * message area once ("select the conversation"); both are remembered and the panel follows.
 */
export async function runSiteChoice(driver: BrowserDriver, origin: string): Promise<void> {
  const demo = await driver.openDemo(`${origin}/#/tickets/2087`);
  await demo.waitFor((sel) => document.querySelector(sel), COMPOSER);
  const panel = await driver.openPanel();
  await waitForText(panel, '[data-testid="reader"]', 'Deskmate demo helpdesk');

  await panel.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('[data-testid="reader-choice"]')!;
    select.value = 'generic';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await panel.waitFor(
    () => /Generic reader|通用读取/.test(document.querySelector('[data-testid="reader"]')?.textContent ?? ''),
    undefined,
  );
  await waitForText(panel, LATEST, 'will it actually arrive by the 28th');

  // Select the conversation: the page shows the picker, a click on the thread picks it.
  await panel.click('[data-testid="pick-conversation"]');
  await demo.waitFor(() => document.querySelector('deskmate-picker') !== null, undefined);
  await demo.click('section.ticket[data-active="true"] ol.thread');
  await demo.waitFor(() => document.querySelector('deskmate-picker') === null, undefined);
  await panel.waitFor(
    () =>
      [...document.querySelectorAll('button')].some((button) =>
        /Forget the selected area|忘记已选区域/.test(button.textContent ?? ''),
      ),
    undefined,
  );
  await waitForText(panel, LATEST, 'will it actually arrive by the 28th');
  // The demo page never saw the picking click (it would have focused or changed something).
  expect(await demo.evaluate(() => location.hash)).toBe('#/tickets/2087');

  // Back to automatic for the next test.
  await panel.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('[data-testid="reader-choice"]')!;
    select.value = 'auto';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await waitForText(panel, '[data-testid="reader"]', 'Deskmate demo helpdesk');
}
