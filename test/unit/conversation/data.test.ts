import { describe, expect, it } from 'vitest';
import {
  CAPS_EXCEPTIONS,
  CLOSURE_MARKERS,
  COMPLAINT_MARKERS,
  EMOTION_BLOCKERS,
  EMOTION_CUES,
  EMOTION_PATTERNS,
  UNDERSTANDING_CUES,
  INTENSIFIERS,
  NEGATORS,
  NOT_NEGATORS,
  SARCASM_MARKERS,
} from '../../../utils/conversation/data/emotion';
import { COUNT_WORDS, ESCALATION_RULES, REPEAT_CONTACT } from '../../../utils/conversation/data/escalation';
import { CURRENCY_CODES, PRODUCT_BRANDS, PRODUCT_LINES, STEPS_TRIED } from '../../../utils/conversation/data/facts';
import { REQUIREMENTS, SATISFIERS } from '../../../utils/conversation/data/requirements';
import {
  ASKED_SCENARIO_WEIGHTS,
  GENERAL_PATTERNS,
  HOWTO_PATTERNS,
  PINYIN_ABBREVIATIONS,
  SCENARIO_BLOCKERS,
  SCENARIO_KEYWORDS,
  SCENARIO_PATTERNS,
} from '../../../utils/conversation/data/scenarios';
import { MISSING_NAMES, SCENARIOS } from '../../../utils/conversation/labels';
import { fold } from '../../../utils/conversation/text';
import { ASKS_FOR, TONE_TAGS, TOPIC_WORDS } from '../../../utils/suggest/data';

// Knowledge is data with its own tests: every word list is sorted and unique, lexicon terms don't
// shadow each other, each language's list holds that language, and every name used is a known one.

const sorted = (list: readonly string[]) => [...list].sort();
const HAN = /[\u3400-\u9fff]/;
const LATIN = /[a-z]/i;

describe('emotion lexicon', () => {
  for (const [language, groups] of Object.entries(EMOTION_CUES)) {
    for (const [emotion, terms] of Object.entries(groups)) {
      it(`${language}.${emotion} is sorted, weighted 0–3, and in its language`, () => {
        const keys = Object.keys(terms);
        expect(keys).toEqual(sorted(keys));
        expect(keys.length).toBeGreaterThan(10);
        for (const weight of Object.values(terms)) {
          expect(weight).toBeGreaterThan(0);
          expect(weight).toBeLessThanOrEqual(3);
        }
        for (const term of keys) {
          if (language === 'zh') expect(HAN.test(term), term).toBe(true);
          else expect(HAN.test(term), term).toBe(false);
        }
      });
    }
  }

  it('has no term twice, across emotions and languages (a later one would silently win)', () => {
    const all = Object.values(EMOTION_CUES).flatMap((groups) => Object.values(groups).flatMap((terms) => Object.keys(terms)));
    const folded = all.map((term) => fold(term.replace(/[*+]$/, '')));
    expect(folded.filter((term, index) => folded.indexOf(term) !== index)).toEqual([]);
  });

  it.each([
    ['NEGATORS.zh', NEGATORS.zh],
    ['NEGATORS.en', NEGATORS.en],
    ['NOT_NEGATORS', NOT_NEGATORS],
    ['SARCASM_MARKERS', SARCASM_MARKERS],
    ['COMPLAINT_MARKERS', COMPLAINT_MARKERS],
    ['CLOSURE_MARKERS', CLOSURE_MARKERS],
    ['CAPS_EXCEPTIONS', CAPS_EXCEPTIONS],
    ['EMOTION_BLOCKERS', EMOTION_BLOCKERS],
  ])('%s is sorted and unique', (_name, list) => {
    expect(list).toEqual(sorted(list));
    expect(new Set(list).size).toBe(list.length);
  });

  it('intensifiers are sorted, and soften below 1 or strengthen above it', () => {
    for (const factors of Object.values(INTENSIFIERS)) {
      expect(Object.keys(factors)).toEqual(sorted(Object.keys(factors)));
      for (const factor of Object.values(factors)) expect(factor === 1).toBe(false);
    }
  });
});

describe('scenario keywords', () => {
  for (const [language, groups] of Object.entries(SCENARIO_KEYWORDS)) {
    it(`${language} covers every scenario except general, sorted and in its language`, () => {
      expect(Object.keys(groups).sort()).toEqual(SCENARIOS.filter((scenario) => scenario !== 'general').sort());
      for (const terms of Object.values(groups)) {
        const keys = Object.keys(terms);
        expect(keys).toEqual(sorted(keys));
        for (const term of keys) {
          if (language === 'zh') expect(HAN.test(term), term).toBe(true);
          else expect(HAN.test(term), term).toBe(false);
        }
      }
    });
  }

  it('has no keyword twice', () => {
    const all = Object.values(SCENARIO_KEYWORDS).flatMap((groups) =>
      Object.values(groups).flatMap((terms) => Object.keys(terms)),
    );
    const folded = all.map((term) => fold(term.replace(/[*+]$/, '')));
    expect(folded.filter((term, index) => folded.indexOf(term) !== index)).toEqual([]);
  });

  it('blockers are sorted, unique and not keywords themselves', () => {
    expect(SCENARIO_BLOCKERS).toEqual(sorted(SCENARIO_BLOCKERS));
    const keywords = new Set(Object.values(SCENARIO_KEYWORDS).flatMap((groups) => Object.values(groups).flatMap(Object.keys)));
    expect(SCENARIO_BLOCKERS.filter((term) => keywords.has(term))).toEqual([]);
  });

  it('how-to patterns carry a positive weight', () => {
    for (const [pattern, weight] of HOWTO_PATTERNS) {
      expect(pattern).toBeInstanceOf(RegExp);
      expect(weight).toBeGreaterThan(0);
    }
  });
});

describe('fact patterns', () => {
  it.each([
    ['PRODUCT_LINES', PRODUCT_LINES],
    ['PRODUCT_BRANDS', PRODUCT_BRANDS],
    ['STEPS_TRIED', STEPS_TRIED],
  ])('%s is sorted, unique and folded', (_name, list) => {
    expect(list).toEqual(sorted(list));
    expect(new Set(list).size).toBe(list.length);
    for (const term of list) expect(fold(term)).toBe(term);
  });

  it('maps every currency marker to an ISO 4217 code', () => {
    expect(Object.keys(CURRENCY_CODES)).toEqual(sorted(Object.keys(CURRENCY_CODES)));
    for (const code of Object.values(CURRENCY_CODES)) expect(code).toMatch(/^[A-Z]{3}$/);
  });
});

describe('requirements', () => {
  it('names only known missing facts, for every scenario', () => {
    expect(Object.keys(REQUIREMENTS).sort()).toEqual([...SCENARIOS].sort());
    for (const requirements of Object.values(REQUIREMENTS)) {
      for (const requirement of requirements) for (const name of requirement.names) expect(MISSING_NAMES).toContain(name);
    }
  });

  it('knows how to satisfy and how an agent asks for every missing fact', () => {
    expect(Object.keys(SATISFIERS).sort()).toEqual([...MISSING_NAMES].sort());
    for (const satisfier of Object.values(SATISFIERS)) {
      expect(satisfier.asked.length).toBeGreaterThan(0);
      expect(Boolean(satisfier.facts?.length || satisfier.patterns?.length)).toBe(true);
    }
    expect(Object.keys(ASKS_FOR).sort()).toEqual([...MISSING_NAMES].sort());
  });
});

describe('escalation rules', () => {
  it('keeps threats, abuse and safety high, the rest watch', () => {
    for (const rule of ESCALATION_RULES) {
      expect(rule.level).toBe(['threat', 'abuse', 'safety'].includes(rule.code) ? 'high' : 'watch');
      for (const pattern of rule.patterns) expect(pattern.flags).not.toContain('g');
    }
  });

  it('counts repeated contact with known number words', () => {
    for (const { pattern } of REPEAT_CONTACT) expect(pattern.flags).not.toContain('g');
    for (const value of Object.values(COUNT_WORDS)) expect(value).toBeGreaterThanOrEqual(2);
  });
});

describe('suggestion data', () => {
  it('tone tags and topic words are sorted and name known emotions', () => {
    expect(Object.keys(TONE_TAGS)).toEqual(sorted(Object.keys(TONE_TAGS)));
    expect(Object.keys(TOPIC_WORDS)).toEqual(sorted(Object.keys(TOPIC_WORDS)));
    for (const words of Object.values(TOPIC_WORDS)) for (const word of words) expect(fold(word)).toBe(word);
    for (const { emotions } of Object.values(TONE_TAGS)) expect(emotions.length).toBeGreaterThan(0);
  });

  it('topic tags in Chinese have Chinese words and the others English ones', () => {
    for (const [tag, words] of Object.entries(TOPIC_WORDS)) {
      for (const word of words) expect(HAN.test(word), `${tag}: ${word}`).toBe(HAN.test(tag));
      if (!HAN.test(tag)) expect(LATIN.test(tag)).toBe(true);
    }
  });
});

describe('grammar patterns and abbreviations', () => {
  it('are stateless (no g flag: they run with exec on every message) and carry positive weights', () => {
    const lists: [RegExp, number][] = [
      ...SCENARIO_PATTERNS.map(([pattern, , weight]) => [pattern, weight] as [RegExp, number]),
      ...GENERAL_PATTERNS,
      ...HOWTO_PATTERNS,
      ...EMOTION_PATTERNS.map(([pattern, , weight]) => [pattern, weight] as [RegExp, number]),
    ];
    for (const [pattern, weight] of lists) {
      expect(pattern.flags, pattern.source).not.toContain('g');
      expect(weight).toBeGreaterThan(0);
    }
  });

  it('expands every 拼音缩写 to a Chinese scenario keyword, and asks map to known scenarios', () => {
    const zh = Object.values(SCENARIO_KEYWORDS.zh).flatMap((terms) => Object.keys(terms));
    for (const [abbreviation, word] of Object.entries(PINYIN_ABBREVIATIONS)) {
      expect(abbreviation).toMatch(/^[a-z]{2,4}$/);
      expect(zh, word).toContain(word);
    }
    for (const [name, [scenario, weight]] of Object.entries(ASKED_SCENARIO_WEIGHTS)) {
      expect(MISSING_NAMES).toContain(name);
      expect(SCENARIOS).toContain(scenario);
      expect(weight).toBeGreaterThan(0);
    }
  });

  it('lists understanding cues that are confusion cues in the lexicon', () => {
    const confused = new Set([...Object.keys(EMOTION_CUES.zh.confused), ...Object.keys(EMOTION_CUES.en.confused)]);
    expect(UNDERSTANDING_CUES.filter((term) => confused.has(term)).length).toBeGreaterThan(4);
  });
});
