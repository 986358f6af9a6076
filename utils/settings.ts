import { storage } from 'wxt/utils/storage';
import type { UsageStats } from './search/usage';
import { DEFAULT_COACH_SETTINGS, type CoachSettings } from './coach/settings';

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

/** What the agent chose for one site (keyed by origin): which reader, and the message area they pointed at. */
export interface SitePreference {
  /** 'auto' (the adapter that claims the page, else generic), 'generic', or an adapter id. */
  reader: string;
  /** "Select the conversation": a selector for the message area the agent clicked. */
  threadSelector?: string;
  /** A site outside Deskmate's built-in list (a self-hosted helpdesk) that the agent enabled. */
  enabled?: boolean;
}

export const sitesItem = storage.defineItem<Record<string, SitePreference>>('local:sites', { fallback: {}, version: 1 });

export async function updateSite(origin: string, change: Partial<SitePreference> | null): Promise<void> {
  const sites = { ...(await sitesItem.getValue()) };
  if (change === null) delete sites[origin];
  else sites[origin] = { ...(sites[origin] ?? { reader: 'auto' }), ...change };
  await sitesItem.setValue(sites);
}

/** The draft coach: on/off, and per rule (built-in or `pack:<id>`) a severity or 'off'. Versioned like the rest. */
export const coachItem = storage.defineItem<CoachSettings>('local:coach', { fallback: DEFAULT_COACH_SETTINGS, version: 1 });

export async function updateCoach(change: Partial<CoachSettings>): Promise<CoachSettings> {
  const next = { ...DEFAULT_COACH_SETTINGS, ...(await coachItem.getValue()), ...change };
  await coachItem.setValue(next);
  return next;
}
