import { browser } from 'wxt/browser';
import { askTab } from './messaging';

/** Whether a tab runs our content script (and so is a page Deskmate can read). */
async function answers(tabId: number): Promise<boolean> {
  try {
    return (await askTab(tabId, 'deskmate:ping', {})).ok === true;
  } catch {
    return false;
  }
}

/**
 * The tab the panel works on: `?tab=<id>` when given (tests, the demo), else the active tab of the
 * panel's window when Deskmate runs there, else the most recently used tab where it runs — which is
 * what an agent means when the panel is opened on its own, e.g. in a tab of its own.
 */
export async function findTargetTab(location: Location): Promise<number | undefined> {
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(pinned) && pinned > 0) return pinned;

  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && (await answers(active.id))) return active.id;

  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const tabs = (await browser.tabs.query({}))
    .filter((tab) => tab.id !== undefined && tab.id !== self?.id && tab.id !== active?.id)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  for (const tab of tabs) if (await answers(tab.id!)) return tab.id;
  return undefined;
}

export function isPinned(location: Location): boolean {
  return new URLSearchParams(location.search).has('tab');
}
