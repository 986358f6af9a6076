import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULE_INFO, type RuleId } from '../../../utils/lint';
import { languageOf } from '../../../utils/lint/draft';
import { loadLabelledDrafts } from '../../bench/lint';

// The labelled set behind `npm run bench`'s precision/recall. This checks that it is well formed and
// covers what it should; the scores themselves are the bench's to report.
const drafts = loadLabelledDrafts();

describe('test/fixtures/lint/drafts.jsonl', () => {
  it('has at least 300 drafts, 140 in each language, no duplicates', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(300);
    expect(drafts.filter((d) => languageOf(d.text) === 'zh').length).toBeGreaterThanOrEqual(140);
    expect(drafts.filter((d) => languageOf(d.text) === 'en').length).toBeGreaterThanOrEqual(140);
    expect(new Set(drafts.map((d) => d.text)).size).toBe(drafts.length);
  });

  it('gives every draft a text and an expect list of known rules; word findings name words in the draft', () => {
    for (const draft of drafts) {
      expect(
        Object.keys(draft).filter((key) => !['text', 'context', 'expect'].includes(key)),
        draft.text,
      ).toEqual([]);
      expect(typeof draft.text === 'string' && draft.text.trim().length > 0).toBe(true);
      expect(Array.isArray(draft.expect), draft.text).toBe(true);
      for (const expected of draft.expect) {
        expect(RULE_IDS, draft.text).toContain(expected.rule);
        if (RULE_INFO[expected.rule as RuleId].scope === 'words') expect(draft.text, expected.rule).toContain(expected.text);
        else if (expected.text !== undefined) expect(expected.text).toBe(draft.text);
      }
      if (draft.context) {
        expect(Array.isArray(draft.context.messages), draft.text).toBe(true);
        for (const message of draft.context.messages)
          expect(['customer', 'agent', 'bot', 'system', 'note']).toContain(message.role);
      }
    }
  });

  it('has positives for every rule in both languages, and tricky negatives', () => {
    for (const rule of RULE_IDS)
      for (const lang of ['zh', 'en'] as const)
        expect(
          drafts.filter((d) => languageOf(d.text) === lang && d.expect.some((e) => e.rule === rule)).length,
          `${rule} ${lang}`,
        ).toBeGreaterThanOrEqual(2);
    expect(drafts.filter((d) => d.expect.length === 0).length).toBeGreaterThanOrEqual(120);
  });
});
