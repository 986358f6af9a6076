import { ESLint } from 'eslint';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { coachLintOptions, DEFAULT_COACH_SETTINGS, packsInUse, teamRulesInUse } from '../../utils/coach';
import { lintDraft } from '../../utils/lint';
import { BUILTIN_PACKS } from '../../utils/packs/builtin';
import { EMPTY_LIBRARY, type InstalledPack, type LibraryState } from '../../utils/packs/library';
import type { Pack } from '../../utils/packs/types';
import { coachItem, updateCoach } from '../../utils/settings';

const NOW = new Date('2026-11-23T10:00:00');

function pack(id: string, rules: Pack['rules']): Pack {
  return { format: 'deskmate-pack', schemaVersion: 1, id, name: id, version: '1', locale: 'zh-CN', templates: [], rules };
}

const installed = (value: Pack, enabled: boolean, updatedAt: number): InstalledPack => ({
  pack: value,
  source: { kind: 'file', name: `${value.id}-${updatedAt}.json` },
  enabled,
  updatedAt,
});

const NO_GIFTS = {
  id: 'no-free-promise',
  match: '免费赠送',
  regex: false,
  message: '不要承诺赠品',
  severity: 'warning' as const,
};
const NO_ASAP = { id: 'no-asap', match: 'ASAP', regex: false, message: 'Say when.', severity: 'error' as const };

describe('what the coach lints with', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes team rules from the packs in use only: enabled, one version per pack id (the newest)', () => {
    const library: LibraryState = {
      installed: [
        installed(pack('acme', [NO_GIFTS]), true, 1),
        installed(pack('acme', [NO_GIFTS, NO_ASAP]), true, 2),
        installed(pack('old-team', [{ ...NO_ASAP, id: 'other' }]), false, 3),
      ],
      disabledBuiltins: [],
    };
    expect(packsInUse(library, BUILTIN_PACKS).map((p) => p.id)).toEqual(['acme', ...BUILTIN_PACKS.map((p) => p.id)]);
    expect(teamRulesInUse(library, BUILTIN_PACKS).map(({ packId, rule }) => `${packId}/${rule.id}`)).toEqual([
      'acme/no-free-promise',
      'acme/no-asap',
    ]);
    expect(teamRulesInUse(EMPTY_LIBRARY, BUILTIN_PACKS)).toEqual([]);
  });

  it('applies the per-rule settings and the team rules to the draft', () => {
    const teamRules = teamRulesInUse({ installed: [installed(pack('acme', [NO_GIFTS]), true, 1)], disabledBuiltins: [] }, []);
    const draft = '我们会尽快处理,应该明天能到,还免费赠送一个杯子';
    const lint = (rules: Record<string, 'off' | 'info' | 'warning' | 'error'>) =>
      lintDraft(
        draft,
        coachLintOptions({ settings: { enabled: true, rules }, teamRules, conversation: undefined, now: NOW, uiLanguage: 'zh' }),
      );

    expect(lint({}).map((f) => `${f.rule}:${f.severity}`)).toEqual([
      'vague-time:warning',
      'hedge:warning',
      'pack:no-free-promise:warning',
    ]);
    expect(
      lint({ hedge: 'off', 'vague-time': 'error', 'pack:no-free-promise': 'info' }).map((f) => `${f.rule}:${f.severity}`),
    ).toEqual(['vague-time:error', 'pack:no-free-promise:info']);
  });

  it('are kept in their own storage item, on by default', async () => {
    expect(await coachItem.getValue()).toEqual(DEFAULT_COACH_SETTINGS);
    await updateCoach({ rules: { hedge: 'off' } });
    expect(await coachItem.getValue()).toEqual({ enabled: true, rules: { hedge: 'off' } });
    await updateCoach({ enabled: false });
    expect(await coachItem.getValue()).toEqual({ enabled: false, rules: { hedge: 'off' } });
  });
});

describe('utils/coach boundary', () => {
  it('takes the Document it works on as an argument, like sites and editors', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const problems = async (code: string) =>
      ((await eslint.lintText(code, { filePath: 'utils/coach/x.ts' }))[0]?.messages ?? []).map((message) => message.ruleId);
    expect(await problems('export const read = (doc: Document) => doc.title;\n')).toEqual([]);
    expect(await problems('export const read = () => document.title;\n')).toContain('no-restricted-globals');
    expect(await problems("import { browser } from 'wxt/browser';\nexport const b = browser;\n")).toContain(
      'no-restricted-imports',
    );
  });
});
