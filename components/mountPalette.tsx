import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Conversation } from '../utils/conversation/types';
import type { InsertResult } from '../utils/editors/types';
import { Palette } from './Palette';
import paletteCss from './palette.css?inline';
import panelCss from './panel.css?inline';

export interface PaletteHost {
  /** Called as the palette opens, before it takes focus: remember the caret in the reply box. */
  noteSelection(): void;
  conversation(): Conversation | undefined;
  insert(text: string, cursor: number | undefined): Promise<InsertResult>;
}

/**
 * Toggles the palette in a shadow root (the page's CSS can't reach it, ours can't leak). One palette
 * per page; closing returns focus to where the agent was.
 */
export function createPaletteToggle(ctx: ContentScriptContext, host: PaletteHost) {
  let ui: ShadowRootContentScriptUi<Root> | undefined;
  let returnFocus: HTMLElement | null = null;

  const close = () => {
    ui?.remove();
    ui = undefined;
    if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  return async function toggle(): Promise<void> {
    if (ui) {
      close();
      return;
    }
    host.noteSelection();
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const conversation = host.conversation();
    ui = await createShadowRootUi(ctx, {
      name: 'deskmate-palette',
      css: `${panelCss}\n${paletteCss}`,
      position: 'modal',
      zIndex: 2147483647,
      // The helpdesk must not see our keystrokes: they bind single-letter shortcuts (r = reply…).
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <Palette
            conversation={conversation}
            onClose={close}
            onInsert={(text, cursor) => {
              // The reply box gets focus back from the insertion itself.
              returnFocus = null;
              return host.insert(text, cursor);
            }}
          />,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
  };
}
