import { browser } from 'wxt/browser';
import { sitesItem, updateSite } from './settings';

/**
 * Deskmate on sites outside its built-in list (self-hosted Chatwoot or Zammad, a Zendesk custom
 * domain): the agent enables the site from the panel, the browser asks for that one origin, and the
 * content script is registered there. Chrome: `scripting`; Firefox MV2: `contentScripts` (not
 * persistent, so the background registers again at every start).
 */
const CONTENT_SCRIPT = '/content-scripts/helpdesk.js';

interface ChromeScripting {
  registerContentScripts(
    scripts: { id: string; matches: string[]; js: string[]; runAt: string; persistAcrossSessions: boolean }[],
  ): Promise<void>;
  getRegisteredContentScripts(): Promise<{ id: string }[]>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}
interface FirefoxContentScripts {
  register(options: { matches: string[]; js: { file: string }[]; runAt: string }): Promise<{ unregister(): Promise<void> }>;
}

const chromeScripting = () => (globalThis as { chrome?: { scripting?: ChromeScripting } }).chrome?.scripting;
const firefoxRegistered = new Map<string, { unregister(): Promise<void> }>();

/**
 * The host permission / match pattern for a site or a URL on it, e.g. `https://support.example.com/*`.
 * Without the port: match patterns carry none (Firefox rejects them), so every port is covered.
 */
export function originPattern(url: string | URL): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

export function isWebOrigin(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//.test(url);
}

function scriptId(origin: string): string {
  return `site:${origin}`;
}

/** Asks for the origin (must be called straight from the agent's click) and records the site. */
export async function enableSite(origin: string, tabId: number | undefined): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  if (!granted) return false;
  await updateSite(origin, { enabled: true });
  await syncRegistrations();
  if (tabId !== undefined) await injectInto(tabId);
  return true;
}

export async function disableSite(origin: string): Promise<void> {
  await updateSite(origin, { enabled: false });
  await syncRegistrations();
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}

/** Runs the content script in a tab now (the site was just enabled; no reload needed). */
export async function injectInto(tabId: number): Promise<void> {
  const scripting = chromeScripting();
  if (scripting) await scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  else await browser.tabs.executeScript(tabId, { file: CONTENT_SCRIPT });
}

/** Makes the registered content scripts match the enabled sites the browser still grants. */
export async function syncRegistrations(): Promise<void> {
  const sites = await sitesItem.getValue();
  const wanted: string[] = [];
  for (const [origin, preference] of Object.entries(sites)) {
    if (!preference.enabled) continue;
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) wanted.push(origin);
  }
  const scripting = chromeScripting();
  if (scripting) {
    const registered = (await scripting.getRegisteredContentScripts())
      .map((script) => script.id)
      .filter((id) => id.startsWith('site:'));
    const stale = registered.filter((id) => !wanted.some((origin) => scriptId(origin) === id));
    if (stale.length) await scripting.unregisterContentScripts({ ids: stale });
    const missing = wanted.filter((origin) => !registered.includes(scriptId(origin)));
    if (missing.length) {
      await scripting.registerContentScripts(
        missing.map((origin) => ({
          id: scriptId(origin),
          matches: [originPattern(origin)],
          js: [CONTENT_SCRIPT],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        })),
      );
    }
    return;
  }
  const contentScripts = (browser as unknown as { contentScripts?: FirefoxContentScripts }).contentScripts;
  if (!contentScripts) return;
  for (const [origin, handle] of firefoxRegistered) {
    if (wanted.includes(origin)) continue;
    await handle.unregister();
    firefoxRegistered.delete(origin);
  }
  for (const origin of wanted) {
    if (firefoxRegistered.has(origin)) continue;
    firefoxRegistered.set(
      origin,
      await contentScripts.register({ matches: [originPattern(origin)], js: [{ file: CONTENT_SCRIPT }], runAt: 'document_idle' }),
    );
  }
}
