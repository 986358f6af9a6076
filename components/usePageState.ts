import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { askTab, isStateChanged, type PageState } from '../utils/messaging';
import { findTargetTab, isPinned } from '../utils/target-tab';

export type PanelState = { phase: 'connecting' } | { phase: 'no-tab' } | { phase: 'ready'; tabId: number; page: PageState };

/** Follows the helpdesk tab the panel is attached to and what its content script reads there. */
export function usePageState(): { state: PanelState; refresh: () => void } {
  const [state, setState] = useState<PanelState>({ phase: 'connecting' });
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let cancelled = false;
    let tabId: number | undefined;
    void (async () => {
      tabId = await findTargetTab(window.location);
      if (cancelled) return;
      if (tabId === undefined) {
        setState({ phase: 'no-tab' });
        return;
      }
      try {
        const page = await askTab(tabId, 'deskmate:get-state', {});
        if (!cancelled) setState({ phase: 'ready', tabId, page });
      } catch {
        if (!cancelled) setState({ phase: 'no-tab' });
      }
    })();

    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (!isStateChanged(message) || sender.tab?.id === undefined) return undefined;
      if (tabId === undefined || sender.tab.id === tabId) {
        tabId = sender.tab.id;
        setState({ phase: 'ready', tabId, page: message.state });
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    // Follow the agent to another tab, unless the panel was pinned to one.
    const follow = () => {
      if (!isPinned(window.location)) refresh();
    };
    const onUpdated = (updatedId: number, change: { status?: string }) => {
      if (change.status === 'complete') follow();
      else if (updatedId === tabId && change.status === 'loading') setState({ phase: 'connecting' });
    };
    browser.tabs.onActivated.addListener(follow);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      cancelled = true;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(follow);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [generation, refresh]);

  return { state, refresh };
}
