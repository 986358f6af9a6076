/**
 * Text helpers shared by the analysis pieces: a length-preserving fold (so every offset found in the
 * folded text is an offset in the original), clause boundaries, and a trie phrase matcher that finds
 * lexicon terms in Chinese, English and mixed text in one pass.
 */

/**
 * Lower-cases ASCII, turns full-width ASCII (！？，：１２３ＡＢＣ) and the ideographic space into
 * their ASCII forms, and curly apostrophes into straight ones — one UTF-16 unit for one, so offsets
 * stay valid for the original text.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code === 0x3000) code = 0x20;
    else if (code === 0x2019 || code === 0x2018) code = 0x27;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    out += String.fromCharCode(code);
  }
  return out;
}

/** ASCII letter or digit (folded text has no upper case). */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

function isLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return code >= 0x61 && code <= 0x7a;
}

/** Punctuation and line breaks that end a clause: negation and intensifiers don't reach across them. */
export const CLAUSE_BREAK = /[.!?;,，。！？；\n]/;

export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** The matched text, folded. */
  term: string;
  value: T;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  value?: T;
  term?: string;
  /** `crash*`: more letters may follow (crashes, crashed); `iphone+`: letters or digits (iPhone13). */
  stem?: 'letters' | 'alnum';
  /** A blocker: consumed like a term but never reported (领导 keeps 导出 from matching inside it). */
  block?: boolean;
}

function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * Leftmost-longest, non-overlapping matching of many phrases at once. Terms are folded; a term that
 * starts or ends with an ASCII letter or digit only matches at a word boundary there, so "refund"
 * doesn't fire inside "refunded" (write `refund*` for that, or `iphone+` to take digits too) while
 * 退款 matches anywhere in Chinese.
 * The trie is keyed by UTF-16 code so a scan costs one map lookup per character. Blockers are words
 * that contain a term without meaning it (领导 contains 导出, 恐怕 contains 怕): matched, never reported.
 */
export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  readonly size: number;

  constructor(entries: Iterable<readonly [term: string, value: T]>, blockers: Iterable<string> = []) {
    let size = 0;
    const all: (readonly [string, T | undefined])[] = [...entries, ...[...blockers].map((term) => [term, undefined] as const)];
    for (const [raw, value] of all) {
      const stem = raw.endsWith('*') ? 'letters' : raw.endsWith('+') ? 'alnum' : undefined;
      const term = fold(stem ? raw.slice(0, -1) : raw);
      if (!term) continue;
      let node = this.root;
      for (let i = 0; i < term.length; i++) {
        const code = term.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map() };
          node.next.set(code, child);
        }
        node = child;
      }
      if (value === undefined) {
        // A blocker never overrides a real term with the same text.
        if (node.value === undefined) node.block = true;
      } else {
        node.value = value;
        node.block = false;
      }
      node.term = term;
      node.stem = stem;
      size++;
    }
    this.size = size;
  }

  /** All matches in `folded` (a string produced by {@link fold}). */
  find(folded: string): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    const length = folded.length;
    const root = this.root.next;
    let previous = -1;
    let i = 0;
    while (i < length) {
      const code = folded.charCodeAt(i);
      let node = root.get(code);
      // A term starting with a word character must start at a word boundary.
      if (!node || (isWordCode(code) && previous !== -1 && isWordCode(previous))) {
        previous = code;
        i++;
        continue;
      }
      let bestEnd = -1;
      let best: TrieNode<T> | undefined;
      let j = i + 1;
      for (;;) {
        if (node.value !== undefined || node.block) {
          let end = j;
          if (node.stem === 'letters') while (end < length && isLetter(folded[end])) end++;
          else if (node.stem === 'alnum') while (end < length && isWordCode(folded.charCodeAt(end))) end++;
          const last = folded.charCodeAt(end - 1);
          if (!(isWordCode(last) && end < length && isWordCode(folded.charCodeAt(end)))) {
            bestEnd = end;
            best = node;
          }
        }
        if (j >= length) break;
        const next: TrieNode<T> | undefined = node.next.get(folded.charCodeAt(j));
        if (!next) break;
        node = next;
        j++;
      }
      if (best) {
        if (!best.block) matches.push({ start: i, end: bestEnd, term: best.term!, value: best.value! });
        previous = folded.charCodeAt(bestEnd - 1);
        i = bestEnd;
      } else {
        previous = code;
        i++;
      }
    }
    return matches;
  }
}

/** Where the clause containing `index` starts (just after the previous break). */
export function clauseStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
  return 0;
}

const HAN_CHAR = /[\u3400-\u9fff]/;

export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN_CHAR.test(char);
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type Script = 'han' | 'latin' | 'any';

/**
 * Which script a pattern needs: Chinese-only patterns can't match a message without Han characters and
 * English-only ones can't match one without Latin letters, so a scan can skip them (the analysis runs
 * on every new message and has a 2 ms budget for 50 of them).
 */
export function patternScript(pattern: RegExp): Script {
  const source = pattern.source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  const han = HAN_CHAR.test(source);
  const latin = /[a-z]{3,}/i.test(source);
  return han && !latin ? 'han' : latin && !han ? 'latin' : 'any';
}

/** The scripts a folded message contains. */
export function scriptsIn(folded: string): { han: boolean; latin: boolean } {
  return { han: HAN_CHAR.test(folded), latin: /[a-z]/.test(folded) };
}

/** Whether a pattern of `script` can match a message with these scripts. */
export function canMatch(script: Script, scripts: { han: boolean; latin: boolean }): boolean {
  return script === 'any' || (script === 'han' ? scripts.han : scripts.latin);
}
