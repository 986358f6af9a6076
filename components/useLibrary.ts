import { useEffect, useMemo, useState } from 'react';
import { BUILTIN_PACKS } from '../utils/packs/builtin';
import { activeTemplates, EMPTY_LIBRARY, type LibraryState } from '../utils/packs/library';
import { libraryItem } from '../utils/packs/storage';
import { recordUse, TemplateIndex, usageKey, type UsageStats } from '../utils/search';
import { DEFAULT_SETTINGS, settingsItem, updateSettings, usageItem, type Settings } from '../utils/settings';
import type { LibraryTemplate } from '../utils/packs/types';

/**
 * The agent's template library, settings and usage, kept in sync with storage (the options page
 * and other panels may change them), with a search index rebuilt only when the library changes.
 */
export function useLibrary() {
  const [library, setLibrary] = useState<LibraryState>(EMPTY_LIBRARY);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [usage, setUsage] = useState<UsageStats>({});

  useEffect(() => {
    void libraryItem.getValue().then(setLibrary);
    void settingsItem.getValue().then(setSettings);
    void usageItem.getValue().then(setUsage);
    const unwatch = [
      libraryItem.watch((value) => setLibrary(value ?? EMPTY_LIBRARY)),
      settingsItem.watch((value) => setSettings(value ?? DEFAULT_SETTINGS)),
      usageItem.watch((value) => setUsage(value ?? {})),
    ];
    return () => unwatch.forEach((stop) => stop());
  }, []);

  const index = useMemo(() => new TemplateIndex(activeTemplates(library, BUILTIN_PACKS)), [library]);

  return {
    index,
    library,
    settings,
    usage,
    /** Remembers the agent's name the first time they type it into a template. */
    rememberAgentName: async (name: string) => setSettings(await updateSettings({ agentName: name })),
    recordUse: async (template: LibraryTemplate) => {
      const next = recordUse(await usageItem.getValue(), usageKey(template), Date.now());
      await usageItem.setValue(next);
      setUsage(next);
    },
  };
}
