import { pinyin } from 'pinyin-pro';
import { SYLLABLES } from './data/syllables';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const cache = new Map<string, readonly string[]>();
const SYLLABLE_SET = new Set(SYLLABLES);
const LONGEST_SYLLABLE = Math.max(...SYLLABLES.map((syllable) => syllable.length));

export function isHan(char: string): boolean {
  return HAN.test(char);
}

/**
 * Every toneless reading of one Han character, ü as `v` (and as `u`, which many agents type).
 * All readings, not the one a sentence context picks: 还款 must be found by `hk` and by `huankuan`.
 */
export function readings(char: string): readonly string[] {
  let found = cache.get(char);
  if (!found) {
    const all = pinyin(char, { toneType: 'none', type: 'array', multiple: true }).filter((reading) => /^[a-zü]+$/.test(reading));
    found = [
      ...new Set(
        all.flatMap((reading) => (reading.includes('ü') ? [reading.replace(/ü/g, 'v'), reading.replace(/ü/g, 'u')] : [reading])),
      ),
    ];
    cache.set(char, found);
  }
  return found;
}

/**
 * Splits letters into pinyin syllables, longest first with backtracking (`tuikuan` → tui, kuan;
 * `xian` stays one syllable). Returns null when the letters aren't full pinyin (e.g. initials `tkdz`).
 */
export function splitSyllables(letters: string): string[] | null {
  // next[i]: where the syllable starting at i ends in a full split of letters[i..], longest first.
  const next = new Array<number>(letters.length + 1).fill(-1);
  next[letters.length] = letters.length;
  for (let i = letters.length - 1; i >= 0; i--) {
    for (let j = Math.min(letters.length, i + LONGEST_SYLLABLE); j > i; j--) {
      if (next[j] !== -1 && SYLLABLE_SET.has(letters.slice(i, j))) {
        next[i] = j;
        break;
      }
    }
  }
  if (next[0] === -1) return null;
  const out: string[] = [];
  for (let i = 0; i < letters.length; i = next[i]!) out.push(letters.slice(i, next[i]));
  return out;
}

/** One character of a title or tag, with its readings when it is Han. */
export interface Unit {
  char: string;
  readings: readonly string[];
  /** Spaces and punctuation: a pinyin query may run across them. */
  separator: boolean;
}

const SEPARATOR = /[\s\p{P}\p{S}]/u;

export function toUnits(text: string): Unit[] {
  return [...text].map((char) => ({ char, readings: isHan(char) ? readings(char) : [], separator: SEPARATOR.test(char) }));
}

/**
 * How well `query` (lower-case; Han characters, pinyin syllables or their initials, mixed freely:
 * `tkdz`, `tuikuan`, `退kuan`) spells a run of `units`. 0 is best, undefined is no match. A match that
 * starts at the first unit and covers more of the text scores better.
 */
export function pinyinScore(query: string, units: readonly Unit[]): number | undefined {
  const q = query.includes(' ') ? query.replace(/\s+/g, '') : query;
  if (q.length < 2 || units.length === 0) return undefined;
  let total = 0;
  for (const unit of units) if (!unit.separator) total++;
  let best: number | undefined;
  for (let start = 0; start < units.length; start++) {
    if (units[start]!.separator) continue;
    const end = matchFrom(q, units, start);
    if (end === undefined) continue;
    let covered = 0;
    for (let i = start; i < end; i++) if (!units[i]!.separator) covered++;
    const score = (start === 0 ? 0.02 : 0.08) + 0.1 * (1 - covered / total);
    if (best === undefined || score < best) best = score;
    if (start === 0 && covered === total) break;
  }
  return best;
}

/** The unit index just past a full match of `q` beginning at `start`, if any. */
function matchFrom(q: string, units: readonly Unit[], start: number): number | undefined {
  return walk(q, units, start, 0, start, new Set<number>());
}

// A plain recursive function (no closure per call): this runs for every candidate on every keystroke.
function walk(q: string, units: readonly Unit[], start: number, qi: number, ui: number, failed: Set<number>): number | undefined {
  if (qi === q.length) return ui;
  if (ui >= units.length) return undefined;
  const key = qi * 1024 + ui;
  if (failed.has(key)) return undefined;
  const unit = units[ui]!;
  let end: number | undefined;
  if (unit.separator && ui > start) end = walk(q, units, start, qi, ui + 1, failed);
  if (end === undefined && unit.char === q[qi]) end = walk(q, units, start, qi + 1, ui + 1, failed);
  // Any prefix of a reading: the initial (`t`), part of a syllable (`zh`), or all of it.
  for (let r = 0; end === undefined && r < unit.readings.length; r++) {
    const reading = unit.readings[r]!;
    for (let k = reading.length; k >= 1 && end === undefined; k--) {
      if (q.startsWith(reading.slice(0, k), qi)) end = walk(q, units, start, qi + k, ui + 1, failed);
    }
  }
  if (end === undefined) failed.add(key);
  return end;
}
