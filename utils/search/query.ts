/** `kind:` / `scenario:` / `tag:` / `pack:` filters in a search query; the rest is free text. */

export const FILTER_KEYS = ['kind', 'scenario', 'tag', 'pack'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface ParsedQuery {
  text: string;
  filters: Partial<Record<FilterKey, string[]>>;
}

// Both ASCII and full-width colons: Chinese IMEs type `：`.
const FILTER = /(?:^|\s)(kind|scenario|tag|pack)[:：]("[^"]*"|\S*)/giu;

export function parseQuery(query: string): ParsedQuery {
  const filters: ParsedQuery['filters'] = {};
  const text = query
    .replace(FILTER, (_whole, key: string, raw: string) => {
      const value = raw.replace(/^"|"$/g, '').trim().toLowerCase();
      if (value) (filters[key.toLowerCase() as FilterKey] ??= []).push(value);
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { text, filters };
}
