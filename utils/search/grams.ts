import { SYLLABLES } from './data/syllables';
import { readings, splitSyllables } from './pinyin';

/**
 * Grams for the candidate index, as numbers (no strings on the hot path):
 * Latin letter pairs (with `^` marking a word start), pairs of pinyin initials of neighbouring Han
 * characters, whole pinyin syllables, Han characters and Han character pairs.
 */

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const PINYIN_PAIR_BASE = 2_000;
const SYLLABLE_BASE = 3_000;
const HAN_BASE = 2 ** 20;
const HAN_PAIR_BASE = 2 ** 22; // + code × 65,536 + code: up to about 2 ** 32
/** Whole Latin words of bodies, by a 26-bit hash (collisions only add a candidate or two). */
const WORD_BASE = 2 ** 33;

const SYLLABLE_INDEX = new Map(SYLLABLES.map((syllable, index) => [syllable, index]));

/** `^` 0, a–z 1–26, 0–9 27–36, anything else -1. */
function latinSymbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 21;
  return -1;
}

function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

export interface GramOptions {
  /** Pinyin initials and syllables of Han characters (titles, tags). */
  pinyin: boolean;
  /** Han character pairs (not for long bodies: single characters find candidates well enough). */
  hanPairs: boolean;
  /**
   * Latin text as whole words instead of letter pairs: for bodies, where pairs would be most of the
   * index and titles already catch prefixes and typos.
   */
  latinWords?: boolean;
}

/** Calls `emit` for every gram of `text` (already normalised); a gram may repeat. */
export function forEachGram(text: string, options: GramOptions, emit: (gram: number) => void): void {
  let previousLatin = -1; // symbol of the previous Latin character, 0 (`^`) at a word start
  let previousHan = -1;
  let previousInitials = '';
  let word = 0x811c9dc5; // FNV-1a over the current Latin word
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const symbol = latinSymbol(code);
    if (symbol >= 0) {
      if (options.latinWords) word = Math.imul(word ^ symbol, 0x01000193);
      else emit((previousLatin < 0 ? 0 : previousLatin) * 37 + symbol);
      previousLatin = symbol;
    } else {
      if (options.latinWords && previousLatin >= 0) emit(WORD_BASE + ((word >>> 0) & 0x3ffffff));
      word = 0x811c9dc5;
      previousLatin = -1;
    }
    if (isHanCode(code)) {
      emit(HAN_BASE + code);
      if (options.hanPairs && previousHan >= 0) emit(HAN_PAIR_BASE + previousHan * 65_536 + code);
      previousHan = code;
      if (options.pinyin) {
        const own = readings(text[i]!);
        let initials = '';
        for (const reading of own) {
          const index = SYLLABLE_INDEX.get(reading);
          if (index !== undefined) emit(SYLLABLE_BASE + index);
          if (!initials.includes(reading[0]!)) initials += reading[0]!;
        }
        for (const a of previousInitials)
          for (const b of initials) emit(PINYIN_PAIR_BASE + (a.charCodeAt(0) - 97) * 26 + (b.charCodeAt(0) - 97));
        previousInitials = initials;
      }
    } else {
      previousHan = -1;
      previousInitials = '';
    }
  }
  if (options.latinWords && previousLatin >= 0) emit(WORD_BASE + ((word >>> 0) & 0x3ffffff));
}

/** Grams of what the agent typed: literal grams, plus pinyin grams for its letters. */
export function queryGrams(query: string): Set<number> {
  const out = new Set<number>();
  const text = normalize(query);
  forEachGram(text, { pinyin: true, hanPairs: true }, (gram) => out.add(gram));
  // Whole words too, for bodies (indexed by word).
  forEachGram(text, { pinyin: false, hanPairs: false, latinWords: true }, (gram) => out.add(gram));
  const letters = text.replace(/[^a-z]/g, '');
  if (letters.length >= 2) {
    // Initials typed as such (`tkdz`), and the initials of full syllables (`tuikuan` → t, k).
    for (let i = 0; i + 1 < letters.length; i++)
      out.add(PINYIN_PAIR_BASE + (letters.charCodeAt(i) - 97) * 26 + (letters.charCodeAt(i + 1) - 97));
    for (const word of text.match(/[a-z]+/g) ?? []) {
      const syllables = splitSyllables(word);
      if (!syllables) continue;
      for (const syllable of syllables) out.add(SYLLABLE_BASE + SYLLABLE_INDEX.get(syllable)!);
      for (let i = 0; i + 1 < syllables.length; i++) {
        out.add(PINYIN_PAIR_BASE + (syllables[i]!.charCodeAt(0) - 97) * 26 + (syllables[i + 1]!.charCodeAt(0) - 97));
      }
    }
  }
  return out;
}
