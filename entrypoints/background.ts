import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { REFRESH_ALARM, REFRESH_MINUTES, refreshAll, syncPolicyPacks } from '../utils/packs/subscription';
import { sitesItem } from '../utils/settings';
import { syncRegistrations } from '../utils/site-access';
import { showFindingsBadge } from '../utils/badge';
import { isFindingsChanged } from '../utils/messaging';

interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

export default defineBackground(() => {
  if (import.meta.env.FIREFOX) {
    // The sidebar opens with the toolbar button (and Alt+Shift+D through `_execute_sidebar_action`).
    const sidebar = (browser as unknown as { sidebarAction: FirefoxSidebarAction }).sidebarAction;
    browser.browserAction.onClicked.addListener(() => {
      void sidebar.toggle();
    });
  } else {
    // Chrome: the toolbar button (and `_execute_action`, Alt+Shift+D) opens the side panel.
    const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
    void sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  }

  // The in-page template palette (Alt+Shift+T by default; agents can change it in the browser's
  // extension shortcut settings).
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-palette') return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await browser.tabs.sendMessage(id, { type: 'deskmate:toggle-palette' }).catch(() => undefined);
    })();
  });

  // The draft coach's count for each tab's reply box, on the toolbar button.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (isFindingsChanged(message) && sender.tab?.id !== undefined) void showFindingsBadge(sender.tab.id, message.findings);
    return undefined;
  });

  // Team packs: subscriptions refresh every few hours, policy packs follow the browser policy.
  void browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshAll();
  });
  void syncPolicyPacks();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void syncPolicyPacks();
  });

  // Sites the agent enabled (self-hosted helpdesks): content scripts follow the list and the grants.
  void syncRegistrations().catch(() => undefined);
  sitesItem.watch(() => void syncRegistrations().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncRegistrations().catch(() => undefined));
});
