import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULE_INFO, type RuleId } from '../../../utils/lint';
import { languageOf } from '../../../utils/lint/draft';
import { HELDOUT_FILE, loadLabelledDrafts, type LabelledDraft } from '../../bench/lint';

// The labelled sets behind `npm run bench lint`'s precision/recall: the development set the word lists
// are tuned on, and the held-out set written before the rules saw it. This checks that both are well
// formed and cover what they should; the scores themselves are the bench's to report.
const drafts = loadLabelledDrafts();
const heldout = loadLabelledDrafts(HELDOUT_FILE);

function wellFormed(set: readonly LabelledDraft[]): void {
  for (const draft of set) {
    expect(
      Object.keys(draft).filter((key) => !['text', 'context', 'pack', 'expect'].includes(key)),
      draft.text,
    ).toEqual([]);
    expect(typeof draft.text === 'string' && draft.text.trim().length > 0).toBe(true);
    expect(Array.isArray(draft.expect), draft.text).toBe(true);
    const packRules = new Set((draft.pack?.rules ?? []).map((rule) => `pack:${rule.id}`));
    for (const expected of draft.expect) {
      if (expected.rule.startsWith('pack:')) {
        expect([...packRules], draft.text).toContain(expected.rule);
        expect(draft.text, expected.rule).toContain(expected.text);
        continue;
      }
      expect(RULE_IDS, draft.text).toContain(expected.rule);
      if (RULE_INFO[expected.rule as RuleId].scope === 'words') expect(draft.text, expected.rule).toContain(expected.text);
      else if (expected.text !== undefined) expect(expected.text).toBe(draft.text);
    }
    if (draft.context) {
      expect(Array.isArray(draft.context.messages), draft.text).toBe(true);
      for (const message of draft.context.messages)
        expect(['customer', 'agent', 'bot', 'system', 'note']).toContain(message.role);
    }
    if (draft.pack) {
      expect(draft.pack.id, draft.text).toMatch(/^[a-z0-9-]+$/);
      for (const rule of draft.pack.rules) {
        expect(Object.keys(rule).sort(), draft.text).toEqual(['id', 'match', 'message', 'regex', 'severity']);
        expect(['info', 'warning', 'error']).toContain(rule.severity);
      }
    }
  }
}

function positives(set: readonly LabelledDraft[], rule: string, lang: 'zh' | 'en'): number {
  return set.filter((d) => languageOf(d.text) === lang && d.expect.some((e) => e.rule === rule)).length;
}

describe('test/fixtures/lint/drafts.jsonl (development set)', () => {
  it('has at least 300 drafts, 140 in each language, no duplicates', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(300);
    expect(drafts.filter((d) => languageOf(d.text) === 'zh').length).toBeGreaterThanOrEqual(140);
    expect(drafts.filter((d) => languageOf(d.text) === 'en').length).toBeGreaterThanOrEqual(140);
    expect(new Set(drafts.map((d) => d.text)).size).toBe(drafts.length);
  });

  it('gives every draft a text and an expect list of known rules; word findings name words in the draft', () => {
    wellFormed(drafts);
  });

  it('has positives for every rule in both languages, team-rule cases, and tricky negatives', () => {
    for (const rule of RULE_IDS)
      for (const lang of ['zh', 'en'] as const)
        expect(positives(drafts, rule, lang), `${rule} ${lang}`).toBeGreaterThanOrEqual(2);
    expect(drafts.some((d) => d.pack && d.expect.some((e) => e.rule.startsWith('pack:')))).toBe(true);
    expect(drafts.filter((d) => d.expect.length === 0).length).toBeGreaterThanOrEqual(120);
  });
});

describe('test/fixtures/lint/heldout.jsonl (held-out set)', () => {
  it('has at least 250 drafts, 120 in each language, no duplicates, and none shared with the development set', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(250);
    expect(heldout.filter((d) => languageOf(d.text) === 'zh').length).toBeGreaterThanOrEqual(120);
    expect(heldout.filter((d) => languageOf(d.text) === 'en').length).toBeGreaterThanOrEqual(120);
    expect(new Set(heldout.map((d) => d.text)).size).toBe(heldout.length);
    const dev = new Set(drafts.map((d) => d.text));
    expect(heldout.filter((d) => dev.has(d.text)).map((d) => d.text)).toEqual([]);
  });

  it('is well formed like the development set', () => {
    wellFormed(heldout);
  });

  it('has positives for every rule in both languages, team-rule cases, and tricky negatives', () => {
    for (const rule of RULE_IDS)
      for (const lang of ['zh', 'en'] as const)
        expect(positives(heldout, rule, lang), `${rule} ${lang}`).toBeGreaterThanOrEqual(2);
    for (const lang of ['zh', 'en'] as const)
      expect(heldout.some((d) => languageOf(d.text) === lang && d.expect.some((e) => e.rule.startsWith('pack:')))).toBe(true);
    expect(heldout.filter((d) => d.expect.length === 0).length).toBeGreaterThanOrEqual(100);
  });
});
