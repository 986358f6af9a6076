import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

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
});
