import { storage } from 'wxt/utils/storage';
import type { UsageStats } from './search/usage';

/**
 * The agent's own settings, versioned: bump `version` and add a migration (with a test) when the
 * shape changes.
 */
export interface Settings {
  /** Fills `{{agent.name}}`. */
  agentName: string;
  /** The team's `{{deadline}}` rule: `today 18:00`, `tomorrow 10:00`, `+2h`. */
  deadlineRule: string;
}

export const DEFAULT_SETTINGS: Settings = { agentName: '', deadlineRule: 'today 18:00' };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** How often and how recently each template was inserted (ranks search results; never leaves the browser). */
export const usageItem = storage.defineItem<UsageStats>('local:usage', { fallback: {}, version: 1 });

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()), ...change };
  await settingsItem.setValue(next);
  return next;
}
