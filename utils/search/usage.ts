/** How often and how recently this agent used each template, keyed `packId/templateId`. */
export type UsageStats = Record<string, { count: number; last: number }>;

export function usageKey(template: { packId: string; id: string }): string {
  return `${template.packId}/${template.id}`;
}

/** The stats after one more use; keeps the map bounded by dropping the stalest entries. */
export function recordUse(stats: UsageStats, key: string, now: number, maxEntries = 2000): UsageStats {
  const next: UsageStats = { ...stats, [key]: { count: (stats[key]?.count ?? 0) + 1, last: now } };
  const keys = Object.keys(next);
  if (keys.length <= maxEntries) return next;
  keys.sort((a, b) => next[a]!.last - next[b]!.last);
  for (const stale of keys.slice(0, keys.length - maxEntries)) delete next[stale];
  return next;
}

const WEEK = 7 * 24 * 3600 * 1000;

/** 0 … 1: frequent and recent use. */
export function usageWeight(entry: { count: number; last: number } | undefined, now: number): number {
  if (!entry) return 0;
  const frequency = Math.min(1, Math.log2(1 + entry.count) / 5);
  const recency = Math.exp(-Math.max(0, now - entry.last) / WEEK);
  return 0.6 * frequency + 0.4 * recency;
}
