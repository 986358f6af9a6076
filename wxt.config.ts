import { defineConfig } from 'wxt';

const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'] as const;

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the CLI and unit tests load `utils/` without WXT's transform.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    // storage: settings, packs, usage. alarms: refreshing team packs. activeTab: the helpdesk tab's
    // address when the agent clicks Deskmate there, to offer enabling it. scripting (Chrome): running
    // on sites the agent enabled.
    permissions: ['storage', 'alarms', 'activeTab', ...(browser === 'firefox' ? [] : ['scripting'])],
    // Granted one origin at a time, when the agent asks: a team pack's server, a self-hosted helpdesk.
    ...(browser === 'firefox'
      ? { optional_permissions: [...OPTIONAL_ORIGINS] }
      : { optional_host_permissions: [...OPTIONAL_ORIGINS], storage: { managed_schema: 'managed_schema.json' } }),
    // The editor bridge (entrypoints/editor-bridge.ts), injected into the page by the content script.
    // Helpdesks enabled at run time live on any origin, so it is reachable from any page; in Chrome
    // under a per-session URL, so pages can't probe for the extension.
    web_accessible_resources:
      browser === 'firefox'
        ? ['editor-bridge.js']
        : [{ resources: ['editor-bridge.js'], matches: [...OPTIONAL_ORIGINS], use_dynamic_url: true }],
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandOpenPanel__',
      },
      'open-palette': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_commandOpenPalette__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'deskmate@deskmate.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
