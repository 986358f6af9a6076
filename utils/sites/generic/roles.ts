/**
 * Who wrote each message, decided for the whole conversation at once:
 *  1. explicit signals: role words in classes and attributes (incoming/outgoing, customer/agent,
 *     internal, bot, system …), ignoring evidence that every message carries alike;
 *  2. calibration: messages the agent sent from the composer are the agent's, a name the page gives
 *     for the customer ("Reply to Anna") is the customer's; what those messages look like, which
 *     side they sit on and who wrote them then decide for messages without explicit signals;
 *  3. position, last: right is the agent, left the customer, centred lines are system lines; with
 *     no sides at all, the look (or author) of the first message is the customer's.
 */
import type { Role } from '../../conversation/types';
import type { ItemFeatures } from './item';
import type { Side } from './words';

export interface RoleHints {
  /** Texts the agent sent from the composer recently (newest last). */
  sentTexts?: readonly string[];
  /** The customer's name when the page states it (composer placeholder, heading). */
  customerName?: string;
}

/** Refinements of a side beat the side itself: an internal note is also "outgoing". */
const BOOST: Readonly<Record<Role, number>> = { note: 3, bot: 2, system: 1, agent: 1, customer: 1 };
const PEOPLE: readonly Role[] = ['customer', 'agent'];

/** "Olivia" names "Olivia Bennett" (a placeholder often has the first name only). */
export function sameName(a: string, b: string): boolean {
  const x = a.trim().toLowerCase();
  const y = b.trim().toLowerCase();
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Role from explicit words, or undefined when there are none or they tie. */
function explicitRole(item: ItemFeatures, common: Set<string>): Role | undefined {
  const score: Partial<Record<Role, number>> = {};
  for (const signal of item.signals) {
    if (!signal.root && common.has(signal.key)) continue;
    score[signal.role] = (score[signal.role] ?? 0) + signal.weight * BOOST[signal.role];
  }
  let best: Role | undefined;
  let bestScore = 0;
  let tie = false;
  for (const [role, value] of Object.entries(score) as [Role, number][]) {
    if (value > bestScore) {
      best = role;
      bestScore = value;
      tie = false;
    } else if (value === bestScore) tie = true;
  }
  return tie ? undefined : best;
}

/** Evidence that something (a look token, an author, a side) belongs to a role. */
class Votes<K> {
  private readonly table = new Map<K, Map<Role, number>>();
  add(key: K, role: Role, weight = 1): void {
    let row = this.table.get(key);
    if (!row) this.table.set(key, (row = new Map()));
    row.set(role, (row.get(role) ?? 0) + weight);
  }
  /** The role this key clearly belongs to: all, or at least 80 %, of its votes. */
  clear(key: K): { role: Role; weight: number } | undefined {
    const row = this.table.get(key);
    if (!row) return undefined;
    let total = 0;
    let best: Role | undefined;
    let bestWeight = 0;
    for (const [role, weight] of row) {
      total += weight;
      if (weight > bestWeight) {
        best = role;
        bestWeight = weight;
      }
    }
    return best && bestWeight >= total * 0.8 ? { role: best, weight: bestWeight } : undefined;
  }
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Messages grouped by how they look (their distinctive class and tag tokens): a thread has a few
 * looks, however long it is, so comparing looks stays cheap.
 */
class Looks {
  private readonly keys: string[];
  private readonly sets = new Map<string, Set<string>>();
  private readonly roles = new Map<string, Map<Role, number>>();
  private readonly verdicts = new Map<string, Role | undefined>();

  constructor(items: readonly ItemFeatures[]) {
    const n = items.length;
    const counts = new Map<string, number>();
    for (const item of items) for (const token of item.look) counts.set(token, (counts.get(token) ?? 0) + 1);
    // Tokens every message has (the row's tag, the shared bubble class) tell nothing.
    const distinctive = (token: string) => n < 3 || (counts.get(token) ?? 0) < n * 0.9;
    this.keys = items.map((item) => {
      const tokens = item.look.filter(distinctive);
      const key = tokens.join('|');
      if (!this.sets.has(key)) this.sets.set(key, new Set(tokens));
      return key;
    });
  }

  key(i: number): string {
    return this.keys[i]!;
  }

  learn(i: number, role: Role, weight: number): void {
    const key = this.keys[i]!;
    let row = this.roles.get(key);
    if (!row) this.roles.set(key, (row = new Map()));
    row.set(role, (row.get(role) ?? 0) + weight);
    this.verdicts.clear();
  }

  /**
   * The role of known messages that look like this one: nearly the same look, and clearly more like
   * one role's messages than another's.
   */
  like(i: number): Role | undefined {
    const key = this.keys[i]!;
    if (this.verdicts.has(key)) return this.verdicts.get(key);
    const look = this.sets.get(key)!;
    const best = new Map<Role, number>();
    for (const [other, row] of this.roles) {
      const similarity = jaccard(look, this.sets.get(other)!);
      for (const role of row.keys()) best.set(role, Math.max(best.get(role) ?? 0, similarity));
    }
    const [first, second] = [...best].sort((a, b) => b[1] - a[1]);
    const verdict = first && first[1] >= 0.7 && (!second || first[1] - second[1] >= 0.15) ? first[0] : undefined;
    this.verdicts.set(key, verdict);
    return verdict;
  }

  similarity(i: number, j: number): number {
    return jaccard(this.sets.get(this.keys[i]!)!, this.sets.get(this.keys[j]!)!);
  }
}

/** Side → role from what is known, with the usual convention (agent right) when nothing is. */
function sideRole(side: Side | undefined, votes: Votes<Side>): Role | undefined {
  if (!side) return undefined;
  const known = votes.clear(side);
  if (known && PEOPLE.includes(known.role)) return known.role;
  if (side === 'center') return 'system';
  const other = votes.clear(side === 'left' ? 'right' : 'left');
  if (other?.role === 'agent') return 'customer';
  if (other?.role === 'customer') return 'agent';
  return side === 'right' ? 'agent' : 'customer';
}

export function resolveRoles(
  items: readonly ItemFeatures[],
  sides: readonly (Side | undefined)[],
  hints: RoleHints = {},
): Role[] {
  const n = items.length;
  // Evidence every message carries alike ("user-avatar" on both sides) tells nothing.
  const keyCounts = new Map<string, number>();
  for (const item of items) for (const key of item.deepKeys) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  const common = new Set<string>();
  if (n >= 4) for (const [key, count] of keyCounts) if (count >= n * 0.9) common.add(key);
  const roles: (Role | undefined)[] = items.map((item) => explicitRole(item, common));

  // Calibration: the agent's own sent messages, the customer's stated name.
  const sent = new Set((hints.sentTexts ?? []).map(normalise).filter(Boolean));
  const customerName = hints.customerName?.trim();
  const calibrated: [index: number, role: Role][] = [];
  items.forEach((item, i) => {
    if (roles[i] && roles[i] !== 'customer' && roles[i] !== 'agent') return;
    if (sent.size && sent.has(normalise(item.text))) calibrated.push([i, 'agent']);
    else if (customerName && item.author && sameName(item.author, customerName)) calibrated.push([i, 'customer']);
  });
  for (const [i, role] of calibrated) roles[i] ??= role;
  // Everything explicit (the usual case on a page with role classes): nothing to infer.
  if (!roles.includes(undefined)) return roles as Role[];

  const looks = new Looks(items);
  const authorVotes = new Votes<string>();
  const sideVotes = new Votes<Side>();
  const learn = (i: number, role: Role, weight: number) => {
    looks.learn(i, role, weight);
    const author = items[i]!.author;
    if (author) authorVotes.add(author, role, weight);
    const side = sides[i];
    if (side) sideVotes.add(side, role, weight);
  };
  roles.forEach((role, i) => role && !calibrated.some(([j]) => j === i) && learn(i, role, 1));
  for (const [i, role] of calibrated) learn(i, role, 3);

  for (let i = 0; i < n; i++) {
    if (roles[i]) continue;
    const author = items[i]!.author;
    roles[i] = (author ? authorVotes.clear(author)?.role : undefined) ?? looks.like(i) ?? sideRole(sides[i], sideVotes);
  }

  if (roles.includes(undefined)) fillByPosition(items, roles, looks);
  return roles.map((role) => role ?? 'customer');
}

/**
 * No words, no calibration, no sides: the first unresolved message's look (or author) is the
 * customer's — conversations start with the customer — and a clearly different look the agent's.
 */
function fillByPosition(items: readonly ItemFeatures[], roles: (Role | undefined)[], looks: Looks): void {
  const open = items.map((_, i) => i).filter((i) => roles[i] === undefined);
  const first = open[0]!;
  const firstAuthor = items[first]!.author;
  const authors = new Set(open.map((i) => items[i]!.author).filter(Boolean));
  for (const i of open) {
    if (authors.size >= 2 && firstAuthor) roles[i] = items[i]!.author === firstAuthor ? 'customer' : 'agent';
    else roles[i] = looks.key(i) === looks.key(first) || looks.similarity(i, first) >= 0.75 ? 'customer' : 'agent';
  }
}
