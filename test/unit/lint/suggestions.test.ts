import { describe, expect, it } from 'vitest';
import { applySuggestion, lintDraft, RULE_INFO, type RuleId } from '../../../utils/lint';
import { loadLabelledDrafts, optionsFor } from '../../bench/lint';

// A suggestion that is itself vague, hedged or jargon would teach the habit it corrects.
describe('suggestions on the labelled drafts', () => {
  const cases = loadLabelledDrafts().flatMap((draft) =>
    lintDraft(draft.text, optionsFor(draft)).map((finding) => ({ draft, finding })),
  );

  it('gives every finding at least one non-empty suggestion and a message', () => {
    for (const { finding } of cases) {
      expect(finding.suggestions.length, finding.text).toBeGreaterThan(0);
      for (const suggestion of finding.suggestions) expect(suggestion.trim(), finding.text).not.toBe('');
      expect(finding.message.length).toBeGreaterThan(5);
    }
  });

  it('fixes what it replaces: applying the first suggestion clears that rule there', () => {
    const stubborn: string[] = [];
    for (const { draft, finding } of cases) {
      if (!RULE_INFO[finding.rule as RuleId]?.replaces) continue;
      const fixed = applySuggestion(draft.text, finding);
      const end = finding.start + finding.suggestions[0]!.length;
      const again = lintDraft(fixed, optionsFor({ ...draft, text: fixed })).filter(
        (other) => other.rule === finding.rule && other.start < end && finding.start < other.end,
      );
      if (again.length) stubborn.push(`${finding.rule}: ${fixed}`);
    }
    expect(stubborn).toEqual([]);
  });
});
