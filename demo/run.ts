/**
 * `npm run demo`: serves the demo helpdesk on 127.0.0.1 and opens Chromium with the built extension.
 * With a display it stays open for you to try (Ctrl+C to stop). Without one (or with --headless) it
 * plays a short scene — draft, search, insert — and writes a screenshot of the page beside the side
 * panel to demo/out/screenshot.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { answeringTab, launchChromium, ROOT } from '../test/support/browsers';
import { serveStatic } from './server';

const OUT_DIR = join(ROOT, 'demo/out');
const COMPOSER = 'section.ticket[data-active="true"] textarea.composer__input';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const port = Number(process.env.DEMO_PORT ?? 5178);

async function compose(page: Page, left: Buffer, right: Buffer, path: string) {
  await page.setViewportSize({ width: 1280 + 400, height: 800 });
  const image = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await page.setContent(
    `<body style="margin:0;display:flex;background:#d0d5dd"><img src="${image(left)}" width="1280" height="800"><img src="${image(right)}" width="400" height="800" style="border-left:1px solid #98a2b3"></body>`,
  );
  await page.screenshot({ path });
}

const server = await serveStatic(undefined, port).catch(() => serveStatic(undefined, 0));
const demoUrl = `${server.origin}/#/tickets/1042`;
console.log(`Demo helpdesk: ${demoUrl}`);
const session = await launchChromium({ headless });
const stop = async () => {
  await session.close().catch(() => undefined);
  await server.close();
};

try {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(demoUrl);
  const tabId = await answeringTab(session.worker);

  if (!headless) {
    console.log(
      'Chromium is open with Deskmate loaded. Click the Deskmate toolbar button (or press Alt+Shift+D) to open the side panel.',
    );
    console.log(`The panel also opens as a page: chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
    console.log('Press Ctrl+C to stop.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      session.context.once('close', () => resolve());
    });
  } else {
    // The agent opens the panel, reads what Deskmate understood, and inserts the empathy suggestion;
    // then looks up a template by its pinyin initials.
    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.locator('[data-testid="latest-customer-message"]').waitFor();
    await panel.locator('[data-testid="slot-empathy"] [data-testid="slot-insert"]').click();
    const form = panel.locator('[data-testid="variable-form"]');
    if (await form.isVisible()) {
      for (const input of await form.locator('input').all()) {
        const name = await input.getAttribute('name');
        await input.fill(
          name === 'agent.name' ? '小林' : name === 'order.id' ? '20231118-5567' : name === 'deadline' ? '今天 18:00' : '—',
        );
      }
      await form.locator('button[type="submit"]').click();
    }
    await panel.locator('[data-testid="toast"]').waitFor();
    await panel.locator('[data-testid="template-search"]').pressSequentially('tkdz');
    await panel.locator('[data-testid="template-results"] [role="option"]').first().waitFor();
    await panel.evaluate(() => window.scrollTo(0, 0));
    await page.bringToFront();

    mkdirSync(OUT_DIR, { recursive: true });
    const pagePng = await page.screenshot();
    const panelPng = await panel.screenshot();
    const shot = join(OUT_DIR, 'screenshot.png');
    await compose(await session.context.newPage(), pagePng, panelPng, shot);
    console.log(`Reply box now holds: ${JSON.stringify(await page.locator(COMPOSER).inputValue())}`);
    console.log(`Screenshot (demo helpdesk + Deskmate side panel): ${shot}`);
  }
} finally {
  await stop();
}
