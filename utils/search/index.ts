import Fuse, { type IFuseOptions } from 'fuse.js';
import type { LibraryTemplate } from '../packs/types';
import { parseQuery, type ParsedQuery } from './query';

export { parseQuery, type ParsedQuery } from './query';

export interface SearchHit {
  template: LibraryTemplate;
  /** 0 is a perfect match, 1 no match (Fuse.js convention). */
  score: number;
}

export interface SearchOptions {
  limit?: number;
}

/**
 * Explicit weights: an agent types a shortcut or a few words of a title far more often than words
 * from the middle of a body.
 */
export const FUSE_OPTIONS: IFuseOptions<LibraryTemplate> = {
  keys: [
    { name: 'shortcut', weight: 4 },
    { name: 'title', weight: 3 },
    { name: 'tags', weight: 2 },
    { name: 'body', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.38,
  minMatchCharLength: 1,
};

function passes(template: LibraryTemplate, filters: ParsedQuery['filters']): boolean {
  const { kind, scenario, tag, pack } = filters;
  if (kind && !kind.includes(template.kind)) return false;
  if (scenario && !scenario.includes(template.scenario)) return false;
  if (pack && !pack.includes(template.packId)) return false;
  if (tag && !tag.every((wanted) => template.tags.some((t) => t.toLowerCase() === wanted))) return false;
  return true;
}

export class TemplateIndex {
  private readonly fuse: Fuse<LibraryTemplate>;

  constructor(readonly templates: readonly LibraryTemplate[]) {
    this.fuse = new Fuse(templates, FUSE_OPTIONS);
  }

  search(query: string, { limit = 20 }: SearchOptions = {}): SearchHit[] {
    const { text, filters } = parseQuery(query);
    if (!text) {
      return this.templates
        .filter((template) => passes(template, filters))
        .slice(0, limit)
        .map((template) => ({ template, score: 1 }));
    }
    const needle = text.toLowerCase();
    const exact: SearchHit[] = [];
    const fuzzy: SearchHit[] = [];
    for (const result of this.fuse.search(text)) {
      if (!passes(result.item, filters)) continue;
      // An exact shortcut is the agent saying which template they want: it always comes first.
      if (result.item.shortcut?.toLowerCase() === needle) exact.push({ template: result.item, score: 0 });
      else fuzzy.push({ template: result.item, score: result.score ?? 1 });
    }
    return [...exact, ...fuzzy].slice(0, limit);
  }
}
