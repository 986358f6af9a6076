import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
export const GECKO_ID = 'deskmate@deskmate.dev';
/** Pinned so tests know the extension's moz-extension:// host. */
export const FIREFOX_UUID = '4b1f3c9e-7d2a-4e55-9a61-0c8d2f6e1a37';

const INSTALL_HINT = 'install it with: bash scripts/install-browsers.sh   (runs apt-get install -y chromium firefox-esr)';

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}; ${INSTALL_HINT}`);
  return path;
}

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`Firefox ESR not found at ${path}; ${INSTALL_HINT}`);
  return path;
}

function requireBuild(dir: string) {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No extension build at ${dir}; run: npm run build`);
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Chromium with the built extension loaded, in a fresh profile. */
export async function launchChromium({
  headless = true,
  locale,
  hostRules,
}: {
  headless?: boolean;
  locale?: string;
  /** Host names to resolve to 127.0.0.1 (fixture pages served under the helpdesks' real names, over
   * HTTPS with a throwaway certificate, which this session then accepts). */
  hostRules?: readonly string[];
} = {}): Promise<ChromiumSession> {
  const executablePath = chromiumPath();
  requireBuild(CHROME_BUILD);
  const profile = mkdtempSync(join(tmpdir(), 'deskmate-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: null,
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1280,800',
      ...(locale ? [`--lang=${locale}`] : []),
      ...(hostRules?.length
        ? [`--host-resolver-rules=${hostRules.map((host) => `MAP ${host} 127.0.0.1`).join(',')}`, '--ignore-certificate-errors']
        : []),
    ],
    ...(hostRules?.length ? { ignoreHTTPSErrors: true } : {}),
    ...(locale ? { env: { ...process.env, LANGUAGE: locale.replace('-', '_') } } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface FirefoxSession {
  browser: Browser;
  extensionOrigin: string;
  close(): Promise<void>;
}

/** Firefox ESR over WebDriver BiDi with the built extension installed temporarily. */
export async function launchFirefox({
  headless = true,
  prefs,
  acceptInsecureCerts,
}: {
  headless?: boolean;
  /** Extra Firefox preferences, e.g. `network.dns.localDomains` for fixture pages under real host names. */
  prefs?: Record<string, unknown>;
  /** Accept the throwaway certificate of a local HTTPS fixture server. */
  acceptInsecureCerts?: boolean;
} = {}): Promise<FirefoxSession> {
  const executablePath = firefoxPath();
  requireBuild(FIREFOX_BUILD);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    args: ['--remote-allow-system-access', '--width=1280', '--height=800'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      ...prefs,
    },
    ...(acceptInsecureCerts ? { acceptInsecureCerts } : {}),
  });
  await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    extensionOrigin: `moz-extension://${FIREFOX_UUID}`,
    close: () => browser.close(),
  };
}

/**
 * Runs in an extension context (Chromium's service worker, a Firefox extension page): the first tab
 * whose content script answers a ping, or just `known` when given. Self-contained: it is serialised.
 */
const pingTabs = async (known: number | undefined): Promise<number | undefined> => {
  const api =
    (
      globalThis as unknown as {
        browser?: ExtensionTabs;
        chrome: ExtensionTabs;
      }
    ).browser ?? (globalThis as unknown as { chrome: ExtensionTabs }).chrome;
  const tabs = known === undefined ? await api.tabs.query({}) : [{ id: known }];
  for (const { id } of tabs) {
    if (id === undefined) continue;
    const answer = await api.tabs.sendMessage(id, { type: 'deskmate:ping' }).catch(() => undefined);
    if (answer?.ok) return id;
  }
  return undefined;
};

interface ExtensionTabs {
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: object): Promise<{ ok?: boolean } | undefined>;
  };
}

/** Anything that evaluates a function in an extension context: Playwright's Worker, puppeteer's Page. */
export interface ExtensionContext {
  evaluate(fn: typeof pingTabs, known: number | undefined): Promise<number | undefined>;
}

/**
 * The id of the tab whose content script answers (or `known`), polling until it does: the script
 * starts at document_idle.
 */
export async function answeringTab(context: ExtensionContext, known?: number, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const id = await context.evaluate(pingTabs, known);
    if (id !== undefined) return id;
    if (Date.now() > deadline) throw new Error('the content script never answered');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
