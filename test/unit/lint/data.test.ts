import { describe, expect, it } from 'vitest';
import { BLAMES } from '../../../utils/lint/data/blame';
import { ALTERNATIVE_CUES, CONTRAST_CUES, REASON_CUES, REFUSALS } from '../../../utils/lint/data/bare-refusal';
import { CHEERFUL_CLOSINGS } from '../../../utils/lint/data/closing';
import {
  CONCRETE_TIME,
  CONDITIONAL,
  MIRROR_MARKERS,
  QUESTION_WORDS,
  REPORTED_SPEECH,
  WH_WORDS,
} from '../../../utils/lint/data/context';
import { HEDGES } from '../../../utils/lint/data/hedge';
import { JARGON } from '../../../utils/lint/data/jargon';
import { MESSAGES, RULE_TITLES } from '../../../utils/lint/data/messages';
import { APOLOGIES, OVERDONE } from '../../../utils/lint/data/over-empathy';
import { PLACEHOLDER_SHAPES, SLOT_BRACKETS, SLOT_NAMES } from '../../../utils/lint/data/placeholder';
import { OPEN_CUES, PENDING_CUES, RESOLVED_CUES, UPSET_CUES } from '../../../utils/lint/data/signals';
import { VAGUE_TIME } from '../../../utils/lint/data/vague-time';
import { RULE_IDS } from '../../../utils/lint';
import { termSource, type Term } from '../../../utils/lint/terms';

// Knowledge is data with its own tests: every list parses, is sorted and unique, and every pattern
// compiles without capture groups (the runner numbers the groups itself).
const LISTS: [string, readonly Term[]][] = [
  ['vague-time', VAGUE_TIME],
  ['hedge', HEDGES],
  ['bare-refusal', REFUSALS],
  ['blame', BLAMES],
  ['jargon', JARGON],
  ['over-empathy', OVERDONE],
  ['closing-mismatch', CHEERFUL_CLOSINGS],
];

const groups = (source: string) => new RegExp(`${source}|`).exec('')!.length - 1;

describe.each(LISTS)('%s word list', (_name, list) => {
  it('lists Chinese first, then English, each sorted by key, keys unique', () => {
    const langs = list.map((term) => term.lang);
    expect(langs).toEqual([...langs].sort((a, b) => (a === b ? 0 : a === 'zh' ? -1 : 1)));
    for (const lang of ['zh', 'en'] as const) {
      const keys = list.filter((term) => term.lang === lang).map((term) => term.key);
      expect(keys.length, `${lang} phrases`).toBeGreaterThan(0);
      expect(keys).toEqual([...keys].sort());
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('compiles every phrase, without capture groups, and matches its own key', () => {
    for (const term of list) {
      expect(() => new RegExp(termSource(term), 'i'), term.key).not.toThrow();
      expect(groups(termSource(term)), term.key).toBe(0);
      if (term.unlessSentence) expect(() => new RegExp(term.unlessSentence!)).not.toThrow();
    }
  });
});

describe('cue lists', () => {
  it.each([
    ['REASON_CUES', REASON_CUES],
    ['ALTERNATIVE_CUES', ALTERNATIVE_CUES],
    ['CONTRAST_CUES', [CONTRAST_CUES]],
    ['APOLOGIES', APOLOGIES],
    ['SLOT_NAMES', SLOT_NAMES],
    ['PLACEHOLDER_SHAPES', PLACEHOLDER_SHAPES],
    ['UPSET_CUES', UPSET_CUES],
    ['RESOLVED_CUES', RESOLVED_CUES],
    ['OPEN_CUES', OPEN_CUES],
    ['PENDING_CUES', PENDING_CUES],
    ['CONCRETE_TIME', CONCRETE_TIME],
    ['REPORTED_SPEECH', REPORTED_SPEECH],
    ['MIRROR_MARKERS', MIRROR_MARKERS],
    ['CONDITIONAL / QUESTION_WORDS / WH_WORDS', [CONDITIONAL, QUESTION_WORDS, WH_WORDS]],
  ])('%s compile and are unique', (_name, list) => {
    for (const source of list) expect(() => new RegExp(source, 'i'), source).not.toThrow();
    expect(new Set(list).size).toBe(list.length);
  });

  it('bracket shapes capture exactly the slot content', () => {
    for (const source of SLOT_BRACKETS) expect(groups(source)).toBe(1);
  });
});

describe('messages', () => {
  it('has a title and a message in both languages for every rule, with the same {names}', () => {
    for (const id of RULE_IDS) {
      expect(RULE_TITLES[id].zh && RULE_TITLES[id].en, id).toBeTruthy();
      const variants = Object.entries(MESSAGES[id]);
      expect(variants.length, id).toBeGreaterThan(0);
      for (const [variant, message] of variants) {
        expect(message.zh.trim(), `${id}.${variant}`).not.toBe('');
        const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
        expect(names(message.zh), `${id}.${variant}`).toEqual(names(message.en));
      }
    }
  });

  it('gives every jargon term a plain rewrite that is not jargon itself', () => {
    for (const term of JARGON) expect(new RegExp(termSource(term), 'i').test(term.plain), term.key).toBe(false);
  });
});
