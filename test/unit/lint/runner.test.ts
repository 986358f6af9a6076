import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applySuggestion, blocks, lintDraft, RULE_IDS, RULE_INFO, RULES, type LintOptions } from '../../../utils/lint';
import { NOW, rows } from './helpers';

const en = (options: Partial<LintOptions> = {}): LintOptions => ({ now: NOW, uiLanguage: 'en', ...options });

describe('lintDraft', () => {
  // The rule ids of ../shared/ARCHITECTURE.md's contract. The shared folder sits beside the
  // repository on developer machines and in CI, not in the repository, so it is checked when present.
  const CONTRACT = [
    'vague-time',
    'hedge',
    'bare-refusal',
    'blame',
    'jargon',
    'over-empathy',
    'closing-mismatch',
    'placeholder',
    'overload',
    'language-mismatch',
  ];
  const architectureFile = new URL('../../../../shared/ARCHITECTURE.md', import.meta.url);

  it('implements every rule id the contract fixes, and no other', () => {
    expect([...RULE_IDS].sort()).toEqual([...CONTRACT].sort());
    expect(RULES.map((rule) => rule.info.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it.runIf(existsSync(architectureFile))('matches the rule ids listed in ARCHITECTURE.md', () => {
    const architecture = readFileSync(architectureFile, 'utf8');
    const from = architecture.indexOf('lint rules:');
    const list = architecture.slice(from, architecture.indexOf('for team rules', from));
    const documented = [...list.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]);
    expect([...documented].sort()).toEqual([...CONTRACT].sort());
  });

  it('flags "should arrive soon" twice, on different words', () => {
    expect(rows('The parcel should arrive soon.')).toEqual([
      ['hedge', 'should', 11, 17],
      ['vague-time', 'soon', 25, 29],
    ]);
  });

  it('returns findings in the contract shape, sorted by start, with text === draft.slice(start, end)', () => {
    const draft = "您好[姓名],我们会尽快处理,应该明天能到。As I already said, we can't do that.";
    const findings = lintDraft(draft, en());
    expect(findings.length).toBeGreaterThanOrEqual(4);
    for (const finding of findings) {
      expect(Object.keys(finding)).toEqual(['rule', 'severity', 'start', 'end', 'text', 'message', 'suggestions']);
      expect(draft.slice(finding.start, finding.end)).toBe(finding.text);
      expect(finding.suggestions.length).toBeGreaterThan(0);
      expect(finding.message).not.toMatch(/\{\w+\}/);
    }
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('counts offsets in UTF-16 code units, like JS strings (emoji before the words)', () => {
    const draft = '🙏🙏 We will refund you ASAP.';
    const [finding] = lintDraft(draft, en());
    expect(finding).toMatchObject({ rule: 'vague-time', text: 'ASAP', start: 24, end: 28 });
    expect(draft.slice(24, 28)).toBe('ASAP');
  });

  it('never reports the same words twice: the stronger finding keeps them', () => {
    const teamRules = [
      {
        packId: 'acme',
        rule: { id: 'no-asap', match: 'ASAP', regex: false, message: 'No ASAP here', severity: 'error' as const },
      },
    ];
    const findings = lintDraft('We will refund you ASAP.', en({ teamRules }));
    expect(findings.map((f) => [f.rule, f.text])).toEqual([['pack:no-asap', 'ASAP']]);
    const overlapping = lintDraft(
      'We will refund you ASAP.',
      en({ teamRules: [{ ...teamRules[0]!, rule: { ...teamRules[0]!.rule, severity: 'info' } }] }),
    );
    expect(overlapping.map((f) => [f.rule, f.text])).toEqual([['vague-time', 'ASAP']]);
  });

  it('keeps message-scope findings beside word findings', () => {
    const findings = lintDraft('We will refund you ASAP.', en({ customerLanguage: 'zh' }));
    expect(findings.map((f) => [f.rule, f.start, f.end])).toEqual([
      ['language-mismatch', 0, 24],
      ['vague-time', 19, 23],
    ]);
    expect(RULE_INFO['language-mismatch'].scope).toBe('message');
  });

  it('writes messages in the UI language and suggestions in the draft language', () => {
    const [zh] = lintDraft('We will refund you ASAP.', { now: NOW, uiLanguage: 'zh' });
    expect(zh!.message).toMatch(/「ASAP」/);
    expect(zh!.suggestions[0]).toBe('by 4:30 PM today');
    const [enMessage] = lintDraft('我们会尽快处理。', en());
    expect(enMessage!.message).toMatch(/^"尽快" gives no time/);
    expect(enMessage!.suggestions).toContain('在今天 16:30 前');
  });

  it('applies per-rule overrides: a severity, or off', () => {
    expect(lintDraft('We will refund you ASAP.', en({ rules: { 'vague-time': 'error' } }))[0]?.severity).toBe('error');
    expect(lintDraft('We will refund you ASAP.', en({ rules: { 'vague-time': 'off' } }))).toEqual([]);
    const teamRules = [
      {
        packId: 'acme',
        rule: { id: 'gift', match: '免费赠送', regex: false, message: '不要承诺赠品', severity: 'warning' as const },
      },
    ];
    expect(lintDraft('下单就免费赠送耳机。', en({ teamRules, rules: { 'pack:gift': 'off' } }))).toEqual([]);
  });

  it('applies team rules from packs: literal (any case) and regex, with the pack message', () => {
    const teamRules = [
      {
        packId: 'acme',
        rule: { id: 'gift', match: '免费赠送', regex: false, message: '不要承诺赠品', severity: 'warning' as const },
      },
      {
        packId: 'acme',
        rule: {
          id: 'refund-days',
          match: '\\d+\\s*天内退款',
          regex: true,
          message: 'Quote the policy page',
          severity: 'info' as const,
        },
      },
      {
        packId: 'acme',
        rule: { id: 'brand', match: 'acme corp', regex: false, message: 'Write ACME', severity: 'error' as const },
      },
    ];
    expect(lintDraft('下单就免费赠送耳机，7 天内退款。Thanks from Acme Corp!', en({ teamRules }))).toEqual([
      {
        rule: 'pack:gift',
        severity: 'warning',
        start: 3,
        end: 7,
        text: '免费赠送',
        message: '不要承诺赠品',
        suggestions: ['Remove or reword "免费赠送"'],
      },
      {
        rule: 'pack:refund-days',
        severity: 'info',
        start: 10,
        end: 16,
        text: '7 天内退款',
        message: 'Quote the policy page',
        suggestions: ['Remove or reword "7 天内退款"'],
      },
      {
        rule: 'pack:brand',
        severity: 'error',
        start: 29,
        end: 38,
        text: 'Acme Corp',
        message: 'Write ACME',
        suggestions: ['Remove or reword "Acme Corp"'],
      },
    ]);
  });

  it('ignores an invalid team pattern instead of throwing', () => {
    const teamRules = [{ packId: 'x', rule: { id: 'bad', match: '(', regex: true, message: 'm', severity: 'error' as const } }];
    expect(lintDraft('Hello (there)', en({ teamRules }))).toEqual([]);
  });

  it('returns nothing for an empty or blank draft', () => {
    expect(lintDraft('', en())).toEqual([]);
    expect(lintDraft('  \n ', en())).toEqual([]);
  });

  it('computes concrete times from now and the service hours', () => {
    const late = new Date(2026, 10, 27, 17, 30); // Friday 17:30, half an hour before closing
    const weekdays = { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' };
    const [finding] = lintDraft('我们会尽快处理。', { now: late, uiLanguage: 'zh', serviceHours: weekdays });
    expect(finding!.suggestions[0]).toBe('在周一 10:30 前');
  });
});

describe('applySuggestion and blocks', () => {
  it('puts a replacing suggestion in place of the words', () => {
    const draft = 'Our backend shows the payment as pending.';
    const [finding] = lintDraft(draft, en());
    expect(RULE_INFO.jargon.replaces).toBe(true);
    expect(applySuggestion(draft, finding!)).toBe('Our system shows the payment as pending.');
    expect(applySuggestion('changed text', finding!)).toBe('changed text');
  });

  it('blocks on warning or error, not on info', () => {
    expect(blocks(lintDraft('Please clear your cache.', en()))).toBe(false);
    expect(blocks(lintDraft('We will refund you ASAP.', en()))).toBe(true);
  });
});
