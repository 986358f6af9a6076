import { captureSelection, insertText, isEditable, type InsertResult, type SavedSelection } from './editors';
import type { PageState } from './messaging';
import { ADAPTERS, pickAdapter, readPage } from './sites/registry';
import type { SiteAdapter } from './sites/types';

/**
 * The content script's state for one page: which adapter reads it, what it read last, and where the
 * agent's caret was in the reply box. DOM in, values out; the entrypoint wires it to the browser.
 */
export class PageReader {
  private lastComposer: HTMLElement | null = null;
  private lastSelection: SavedSelection | undefined;
  private lastKey = '';

  constructor(
    private readonly doc: Document,
    private readonly adapters: readonly SiteAdapter[] = ADAPTERS,
  ) {}

  private get url(): URL {
    return new URL(this.doc.location?.href ?? 'about:blank');
  }

  state(): PageState {
    const result = readPage(this.url, this.doc, this.adapters);
    const composer = this.composer() !== null;
    switch (result.status) {
      case 'ok':
        return { status: 'ok', adapter: result.adapter, conversation: result.conversation, composer };
      case 'no-conversation':
        return { status: 'no-conversation', adapter: result.adapter, composer };
      case 'error':
        return { status: 'error', adapter: result.adapter, error: result.error, composer };
      default:
        return { status: 'unsupported', composer };
    }
  }

  /** The state when it differs from the last one returned here, else null (nothing to tell). */
  changedState(): PageState | null {
    const state = this.state();
    const key = JSON.stringify(state);
    if (key === this.lastKey) return null;
    this.lastKey = key;
    return state;
  }

  composer(): HTMLElement | null {
    const adapter = pickAdapter(this.url, this.doc, this.adapters);
    try {
      const found = adapter?.findComposer(this.doc) ?? null;
      if (found) return found;
    } catch {
      // fall back to the last editor the agent used
    }
    return this.lastComposer?.isConnected ? this.lastComposer : null;
  }

  /** Called on focus and selection changes: remembers the caret in whichever editor has it. */
  noteSelection(): void {
    const active = deepActiveElement(this.doc);
    if (!active || !isEditable(active)) return;
    const composer = this.composer();
    // Only the reply box (or, on pages without a known one, any editor the agent typed in).
    if (composer && composer !== active && !composer.contains(active)) return;
    this.lastComposer = composer ?? active;
    this.lastSelection = captureSelection(active);
  }

  insert(text: string): InsertResult {
    const composer = this.composer();
    if (!composer) return { ok: false, reason: 'No reply box found on this page.' };
    const selection = composer === this.lastComposer ? this.lastSelection : undefined;
    const result = insertText(composer, text, selection);
    if (result.ok) {
      this.lastComposer = composer;
      this.lastSelection = captureSelection(composer);
    }
    return result;
  }
}

/** document.activeElement, looking through open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
