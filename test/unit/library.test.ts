import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILTIN_PACKS } from '../../utils/packs/builtin';
import { activeTemplates, applyUpdate, EMPTY_LIBRARY, removePack, setEnabled, type PackSource } from '../../utils/packs/library';
import { importPackFile, libraryItem, loadTemplates } from '../../utils/packs/storage';
import type { Pack } from '../../utils/packs/types';
import { DEFAULT_SETTINGS, settingsItem, updateSettings } from '../../utils/settings';

const pack = (id: string, version: string, title = 'Hello'): Pack => ({
  format: 'deskmate-pack',
  schemaVersion: 1,
  id,
  name: id,
  version,
  locale: 'en',
  templates: [{ id: 'greet', title, body: 'Hello there.', kind: 'opening', scenario: 'general', tags: [] }],
});
const team: PackSource = { kind: 'url', url: 'https://team.example/pack.json' };

describe('library state', () => {
  it('installs, then keeps the last good pack when an update fails', () => {
    let state = applyUpdate(EMPTY_LIBRARY, team, { ok: true, pack: pack('team', 'v1') }, 1);
    state = applyUpdate(state, team, { ok: false, message: 'HTTP 500' }, 2);
    expect(state.installed).toHaveLength(1);
    expect(state.installed[0]).toMatchObject({
      pack: { version: 'v1' },
      updatedAt: 1,
      checkedAt: 2,
      lastError: { message: 'HTTP 500' },
    });
    state = applyUpdate(state, team, { ok: true, pack: pack('team', 'v2') }, 3);
    expect(state.installed[0]).toMatchObject({ pack: { version: 'v2' }, updatedAt: 3 });
    expect(state.installed[0]!.lastError).toBeUndefined();
  });

  it('installs nothing when the first download is broken', () => {
    expect(applyUpdate(EMPTY_LIBRARY, team, { ok: false, message: 'bad' }, 1)).toEqual(EMPTY_LIBRARY);
  });

  it('puts installed packs before the built-in ones and honours switches', () => {
    let state = applyUpdate(EMPTY_LIBRARY, team, { ok: true, pack: pack('team', 'v1') }, 1);
    expect(activeTemplates(state, BUILTIN_PACKS)[0]).toMatchObject({ packId: 'team', id: 'greet', locale: 'en' });
    state = setEnabled(state, team, false);
    expect(activeTemplates(state, BUILTIN_PACKS).some((t) => t.packId === 'team')).toBe(false);
    state = { ...removePack(state, team), disabledBuiltins: ['builtin-en'] };
    expect(new Set(activeTemplates(state, BUILTIN_PACKS).map((t) => t.packId))).toEqual(new Set(['builtin-zh-cn']));
  });

  it('counts a pack id installed from two sources once, the newest', () => {
    let state = applyUpdate(EMPTY_LIBRARY, { kind: 'file', name: 'a.json' }, { ok: true, pack: pack('same', 'old', 'Old') }, 1);
    state = applyUpdate(state, team, { ok: true, pack: pack('same', 'new', 'New') }, 2);
    expect(activeTemplates(state, []).map((t) => t.title)).toEqual(['New']);
  });
});

describe('stored library and settings (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('imports a valid CSV pack and serves its templates', async () => {
    const csv =
      'id,title,body,kind,scenario,tags,shortcut,locale\nthanks,Thanks,Thank you for waiting.,closing,general,resolved,,\n';
    const outcome = await importPackFile('My Replies.csv', csv);
    expect(outcome).toMatchObject({ ok: true, pack: { id: 'my-replies', locale: 'en' } });
    expect((await loadTemplates()).find((t) => t.packId === 'my-replies')?.title).toBe('Thanks');
  });

  it('imports nothing from a broken pack and says where it is broken', async () => {
    const outcome = await importPackFile('broken.json', JSON.stringify({ ...pack('x', '1'), templates: [{ id: 'a' }] }));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.errors?.map((e) => e.path)).toEqual(
        expect.arrayContaining(['templates[0].title', 'templates[0].body', 'templates[0].kind']),
      );
    expect((await libraryItem.getValue()).installed).toEqual([]);
  });

  it('keeps settings with defaults and partial updates', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ agentName: '小林' });
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, agentName: '小林' });
  });
});
