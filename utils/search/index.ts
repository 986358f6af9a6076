import Fuse, { type IFuseOptions } from 'fuse.js';
import type { LibraryTemplate, Scenario } from '../packs/types';
import { forEachGram, normalize, queryGrams } from './grams';
import { pinyinScore, toUnits, type Unit } from './pinyin';
import { parseQuery, type ParsedQuery } from './query';
import { usageKey, usageWeight, type UsageStats } from './usage';

export { parseQuery, type ParsedQuery } from './query';
export { recordUse, usageKey, type UsageStats } from './usage';

export interface SearchHit {
  template: LibraryTemplate;
  /**
   * 0 is the best possible hit, 1 the weakest (Fuse.js convention): text relevance with where it
   * matched, usage, scenario and language folded in, so it never decreases down the list.
   */
  score: number;
}

/** What the ranking knows beyond the query. */
export interface RankingContext {
  usage?: UsageStats;
  /** The open conversation's scenario, when known. */
  scenario?: Scenario;
  /** The customer's language: 'zh' or 'en'. */
  language?: string;
  now?: number;
}

export interface SearchOptions {
  limit?: number;
  context?: RankingContext;
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

/** Field weights in the candidate index, in the same spirit as FUSE_OPTIONS. */
const FIELD_WEIGHTS = { shortcut: 4, title: 3, tags: 2, body: 1 } as const;
/** How many candidates the gram index hands to Fuse.js for scoring. */
const CANDIDATES = 50;
/**
 * A query of several words has many grams and picks its template out sharply: fewer candidates need
 * the (costly) fuzzy pass.
 */
const CANDIDATES_MULTIWORD = 24;

interface Postings {
  ids: number[];
  weights: number[];
}

function passes(template: LibraryTemplate, filters: ParsedQuery['filters']): boolean {
  const { kind, scenario, tag, pack } = filters;
  if (kind && !kind.includes(template.kind)) return false;
  if (scenario && !scenario.includes(template.scenario)) return false;
  if (pack && !pack.includes(template.packId)) return false;
  if (tag && !tag.every((wanted) => template.tags.some((t) => t.toLowerCase() === wanted))) return false;
  return true;
}

/**
 * Fuse.js scores a body-only match high (a low-weight key raises the product), so exact phrases in a
 * body land around 0.75–0.9; partial-letter noise sits above this.
 */
const MAX_SCORE = 0.95;

/**
 * Template search: a gram index (Han characters, Latin letter pairs, pinyin initials and syllables)
 * narrows the library to a few candidates per keystroke, Fuse.js scores those (typos, partial
 * words), a pinyin matcher scores Chinese titles against `tkdz` / `tuikuan` / `退kuan`, and usage,
 * scenario and language break near-ties. An exact shortcut always comes first.
 */
export class TemplateIndex {
  private readonly postings = new Map<number, Postings>();
  private readonly scores: Float64Array;
  private readonly units: ({ title: Unit[]; tags: Unit[][] } | undefined)[];

  constructor(readonly templates: readonly LibraryTemplate[]) {
    this.scores = new Float64Array(templates.length);
    this.units = new Array(templates.length);
    // Templates are indexed one at a time, so a gram seen again for the same template is the last
    // entry of its list: keep the higher field weight there instead of a per-template map.
    let id = 0;
    let weight = 0;
    const add = (gram: number) => {
      let list = this.postings.get(gram);
      if (!list) this.postings.set(gram, (list = { ids: [], weights: [] }));
      const last = list.ids.length - 1;
      if (last >= 0 && list.ids[last] === id) {
        if (list.weights[last]! < weight) list.weights[last] = weight;
      } else {
        list.ids.push(id);
        list.weights.push(weight);
      }
    };
    const TITLE = { pinyin: true, hanPairs: true };
    const BODY = { pinyin: false, hanPairs: false, latinWords: true };
    for (id = 0; id < templates.length; id++) {
      const template = templates[id]!;
      weight = FIELD_WEIGHTS.body;
      forEachGram(normalize(template.body), BODY, add);
      weight = FIELD_WEIGHTS.tags;
      for (const tag of template.tags) forEachGram(normalize(tag), TITLE, add);
      weight = FIELD_WEIGHTS.title;
      forEachGram(normalize(template.title), TITLE, add);
      weight = FIELD_WEIGHTS.shortcut;
      if (template.shortcut) forEachGram(normalize(template.shortcut), TITLE, add);
    }
  }

  search(query: string, { limit = 20, context = {} }: SearchOptions = {}): SearchHit[] {
    const { text, filters } = parseQuery(query);
    const now = context.now ?? Date.now();
    if (!text) return this.browse(filters, limit, context, now);

    const candidates = this.candidates(text, filters);
    const needle = normalize(text).trim();
    const fuzzy = new Map<number, number>();
    // Several words: each must match somewhere (Fuse's extended search ANDs fuzzy tokens), so
    // "refund bank" finds a template with both words apart. Operator characters and punctuation are
    // dropped; the six longest words carry the query (each token is a pass over every candidate).
    const words = text
      .split(/\s+/)
      .map((word) => word.replace(/^[='!^]+|\$+$/g, ''))
      .filter((word) => /[\p{L}\p{N}]/u.test(word))
      .sort((a, b) => b.length - a.length)
      .slice(0, 6);
    // The title and tags spelled out, literally or in pinyin, first: when they already give a full
    // page of strong hits, a fuzzy pass over the whole query adds nothing.
    const spelled = candidates.map((id) => this.spelled(id, needle));
    const strong = spelled.filter((match) => match.title !== undefined).length;
    const docs = candidates.map((id) => this.templates[id]!);
    const score = (results: { refIndex: number; score?: number }[]) => {
      for (const result of results) {
        const id = candidates[result.refIndex]!;
        fuzzy.set(id, Math.min(fuzzy.get(id) ?? 1, result.score ?? 1));
      }
    };
    if (strong >= limit) {
      // Enough titles spelled out already (a title, its start, its pinyin): no fuzzy pass needed.
    } else if (words.length > 1) {
      score(new Fuse(docs, { ...FUSE_OPTIONS, useExtendedSearch: true }).search(words.join(' ')));
    }
    // One word, or several where a typo in one sank the AND: the query as one fuzzy pattern (its first
    // 32 characters, one bitap word: longer patterns cost a pass per 32 characters).
    if (strong < limit && (words.length <= 1 || fuzzy.size < limit))
      score(new Fuse(docs, FUSE_OPTIONS).search(text.slice(0, 32)));

    const ranked: { id: number; rank: number }[] = [];
    for (const [position, id] of candidates.entries()) {
      const template = this.templates[id]!;
      // An exact shortcut is the agent saying which template they want: it always comes first.
      if (template.shortcut !== undefined && template.shortcut.toLowerCase() === needle) {
        ranked.push({ id, rank: -1 });
        continue;
      }
      const { title, tags } = spelled[position]!;
      const score = Math.min(fuzzy.get(id) ?? 1, title ?? 1, tags ?? 1);
      if (score > MAX_SCORE) continue;
      // Where it matched decides near-ties: the start of the title, then elsewhere in the title,
      // then tags and body only.
      const placement = title ?? (tags ?? 0.4) + 0.1;
      ranked.push({ id, rank: score + 0.5 * placement - this.boost(template, context, now) });
    }
    ranked.sort((a, b) => a.rank - b.rank || a.id - b.id);
    return ranked
      .slice(0, limit)
      .map(({ id, rank }) => ({ template: this.templates[id]!, score: Math.min(1, Math.max(0, rank)) }));
  }

  /** No text: the filtered library, most used and most recent first. */
  private browse(filters: ParsedQuery['filters'], limit: number, context: RankingContext, now: number): SearchHit[] {
    const hits: { id: number; rank: number }[] = [];
    this.templates.forEach((template, id) => {
      if (passes(template, filters)) hits.push({ id, rank: -this.boost(template, context, now) });
    });
    hits.sort((a, b) => a.rank - b.rank || a.id - b.id);
    return hits.slice(0, limit).map(({ id }) => ({ template: this.templates[id]!, score: 1 }));
  }

  private boost(template: LibraryTemplate, context: RankingContext, now: number): number {
    let boost = 0.08 * usageWeight(context.usage?.[usageKey(template)], now);
    if (context.scenario && template.scenario === context.scenario) boost += 0.04;
    if (context.language && template.locale.toLowerCase().startsWith(context.language)) boost += 0.03;
    return boost;
  }

  /** The best-scoring few templates by weighted gram overlap (rarer grams weigh more). */
  private candidates(text: string, filters: ParsedQuery['filters']): number[] {
    const total = this.templates.length;
    const lists = [...queryGrams(text)].flatMap((gram) => this.postings.get(gram) ?? []);
    // Grams in most of the library (`^t`, 您) say little; skip them when rarer ones are there.
    const informative = lists.filter((list) => list.ids.length <= total / 2);
    const touched: number[] = [];
    for (const list of informative.length ? informative : lists) {
      const idf = Math.log(1 + total / list.ids.length);
      for (let i = 0; i < list.ids.length; i++) {
        const id = list.ids[i]!;
        if (this.scores[id] === 0) touched.push(id);
        this.scores[id]! += idf * list.weights[i]!;
      }
    }
    const wanted = /\S\s+\S/.test(text) ? CANDIDATES_MULTIWORD : CANDIDATES;
    const best = topK(touched, this.scores, wanted, (id) => passes(this.templates[id]!, filters));
    for (const id of touched) this.scores[id] = 0;
    return best;
  }

  /**
   * How the query spells the title and the best tag, literally or in pinyin (`tkdz`, `tuikuan`,
   * `退kuan`); undefined where it doesn't.
   */
  private spelled(id: number, needle: string): { title?: number; tags?: number } {
    let units = this.units[id];
    if (!units) {
      const template = this.templates[id]!;
      units = { title: toUnits(normalize(template.title)), tags: template.tags.map((tag) => toUnits(normalize(tag))) };
      this.units[id] = units;
    }
    const title = pinyinScore(needle, units.title);
    let tags: number | undefined;
    for (const tag of units.tags) {
      const score = pinyinScore(needle, tag);
      if (score !== undefined && (tags === undefined || score + 0.05 < tags)) tags = score + 0.05;
    }
    return { ...(title === undefined ? {} : { title }), ...(tags === undefined ? {} : { tags }) };
  }
}

/** The `k` ids with the highest score (ties: lower id first), best first, without sorting them all. */
function topK(ids: readonly number[], scores: Float64Array, k: number, keep: (id: number) => boolean): number[] {
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  // A min-heap of the best k so far: its root is the weakest of them.
  const heap: number[] = [];
  const down = (at: number) => {
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let weakest = at;
      if (left < heap.length && better(heap[weakest]!, heap[left]!)) weakest = left;
      if (right < heap.length && better(heap[weakest]!, heap[right]!)) weakest = right;
      if (weakest === at) return;
      [heap[at], heap[weakest]] = [heap[weakest]!, heap[at]!];
      at = weakest;
    }
  };
  for (const id of ids) {
    if (heap.length === k && !better(id, heap[0]!)) continue;
    if (!keep(id)) continue;
    if (heap.length < k) {
      heap.push(id);
      for (let at = heap.length - 1; at > 0;) {
        const parent = (at - 1) >> 1;
        if (!better(heap[parent]!, heap[at]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else {
      heap[0] = id;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : 1));
}
