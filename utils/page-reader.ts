import {
  captureSelection,
  focusedEditable,
  insertText,
  type InsertOptions,
  type InsertResult,
  type SavedSelection,
} from './editors';
import type { PageState } from './messaging';
import { ReadCache } from './sites/cache';
import { editorText } from './sites/generic/dom';
import { ADAPTERS, adapterById, pickAdapter, readPage } from './sites/registry';
import type { SiteAdapter } from './sites/types';

export interface PageReaderOptions {
  /** Ends the reader's DOM observation (WXT: `ctx.signal`). */
  signal?: AbortSignal;
  /** Told when the page changes anywhere the reader looks (shadow roots and frames included). */
  onChange?: (records: readonly MutationRecord[]) => void;
}

/** How many sent texts are kept for the generic reader's calibration. */
const SENT_KEPT = 20;

/**
 * The content script's state for one page: which adapter reads it, what it read last, and where the
 * agent's caret was in the reply box. DOM in, values out; the entrypoint wires it to the browser.
 */
export class PageReader {
  private lastComposer: HTMLElement | null = null;
  private lastSelection: SavedSelection | undefined;
  private lastState: PageState | undefined;
  /** Memo per message element, so a new message costs one parse (see sites/cache.ts). */
  private readonly cache: ReadCache;
  private draft: { editor: Element; text: string } | undefined;
  private readonly sent: string[] = [];
  private threadHint: Element | undefined;

  constructor(
    private readonly doc: Document,
    private adapters: readonly SiteAdapter[] = ADAPTERS,
    { signal, onChange }: PageReaderOptions = {},
  ) {
    this.cache = new ReadCache(doc, { ...(signal && { signal }), ...(onChange && { onChange }) });
  }

  private get url(): URL {
    return new URL(this.doc.location?.href ?? 'about:blank');
  }

  state(): PageState {
    this.noteSent();
    const result = readPage(this.url, this.doc, this.adapters, {
      cache: this.cache,
      sentTexts: this.sent,
      ...(this.threadHint?.isConnected && { threadHint: this.threadHint }),
    });
    const composer = this.composer() !== null;
    switch (result.status) {
      case 'ok': {
        const reader = {
          id: result.adapter,
          name: adapterById(result.adapter)?.name ?? result.adapter,
          messages: result.conversation.messages.length,
        };
        const fallback = result.fallback && {
          ...result.fallback,
          fromName: adapterById(result.fallback.from)?.name ?? result.fallback.from,
        };
        return {
          status: 'ok',
          adapter: result.adapter,
          conversation: result.conversation,
          composer,
          origin: this.url.origin,
          reader,
          ...(fallback && { fallback }),
        };
      }
      case 'no-conversation':
        return { status: 'no-conversation', adapter: result.adapter, composer, origin: this.url.origin };
      case 'error':
        return { status: 'error', adapter: result.adapter, error: result.error, composer, origin: this.url.origin };
      default:
        return { status: 'unsupported', composer, origin: this.url.origin };
    }
  }

  /** The state when it differs from the last one returned here, else null (nothing to tell). */
  changedState(): PageState | null {
    const state = this.state();
    if (this.lastState && sameState(state, this.lastState)) return null;
    this.lastState = state;
    return state;
  }

  /** After SPA navigation: nothing read before is trusted, the adapter is picked again. */
  navigated(): void {
    this.cache.reset();
  }

  /** The readers to try, as the agent chose for this site (`[]`: the generic reader only). */
  setAdapters(adapters: readonly SiteAdapter[]): void {
    this.adapters = adapters;
    this.cache.reset();
  }

  /** The message area the agent pointed at ("select the conversation"); null forgets it. */
  setThreadHint(element: Element | null): void {
    this.threadHint = element ?? undefined;
    this.cache.reset();
  }

  /**
   * Called on input in an editor: remembers the draft, so that once it is sent (the editor empties)
   * the message with that text is known to be the agent's — the generic reader calibrates with it.
   */
  noteDraft(target: EventTarget | null): void {
    const element = target as Element | null;
    if (element?.nodeType !== 1) return;
    const editor = element.closest('textarea, input, [contenteditable]:not([contenteditable="false"])');
    if (!editor) return;
    const text = editorText(editor).trim();
    if (text) this.draft = { editor, text };
    else this.noteSent();
  }

  private noteSent(): void {
    if (!this.draft) return;
    const { editor, text } = this.draft;
    const now = editor.isConnected ? editorText(editor).trim() : '';
    if (now) {
      this.draft.text = now;
      return;
    }
    this.draft = undefined;
    this.sent.push(text);
    if (this.sent.length > SENT_KEPT) this.sent.shift();
  }

  /**
   * The reply box: the adapter's; on pages no adapter knows, the last editor the agent focused, or
   * failing that (its focus came before this script, or inside a frame we hadn't seen yet) the
   * editor that has focus now.
   */
  composer(): HTMLElement | null {
    return this.adapterComposer() ?? (this.lastComposer?.isConnected ? this.lastComposer : focusedEditable(this.doc));
  }

  private adapterComposer(): HTMLElement | null {
    const adapter = pickAdapter(this.url, this.doc, this.adapters);
    try {
      return adapter?.findComposer(this.doc) ?? null;
    } catch {
      return null; // fall back to the last editor the agent used
    }
  }

  /** Called on focus and selection changes: remembers the caret in whichever editor has it. */
  noteSelection(): void {
    // Into open shadow roots and same-origin iframes (an iframe's <body> can be the editor).
    const active = focusedEditable(this.doc);
    if (!active) return;
    const known = this.adapterComposer();
    // Only the adapter's reply box; on pages without one, whichever editor the agent is in now.
    if (known && !holds(known, active)) return;
    this.lastComposer = known ?? active;
    this.lastSelection = captureSelection(active);
  }

  /** Inserts at the caret the agent left in the reply box; `cursor` places the caret within `text`. */
  async insert(text: string, options: InsertOptions = {}): Promise<InsertResult> {
    const composer = this.composer();
    if (!composer) return { ok: false, reason: 'No reply box found on this page.' };
    const selection = composer === this.lastComposer ? this.lastSelection : undefined;
    const result = await insertText(composer, text, selection, options);
    if (result.ok) {
      this.lastComposer = composer;
      this.lastSelection = captureSelection(composer);
    }
    return result;
  }
}

/** Whether the editor `active` is `composer`, inside it, or inside the iframe it is. */
function holds(composer: HTMLElement, active: HTMLElement): boolean {
  if (composer === active || composer.contains(active)) return true;
  for (let doc = active.ownerDocument; doc !== composer.ownerDocument;) {
    const frame = doc.defaultView?.frameElement;
    if (!frame) return false;
    if (frame === composer || composer.contains(frame)) return true;
    doc = frame.ownerDocument;
  }
  return false;
}

/** Same state as before? Cheap: unchanged messages are usually the very same (memoised) objects. */
function sameState(a: PageState, b: PageState): boolean {
  if (a.status !== b.status || a.adapter !== b.adapter || a.composer !== b.composer || a.error !== b.error) return false;
  if (JSON.stringify(a.reader) !== JSON.stringify(b.reader) || JSON.stringify(a.fallback) !== JSON.stringify(b.fallback))
    return false;
  const x = a.conversation;
  const y = b.conversation;
  if (!x || !y) return x === y;
  if (x.site !== y.site || x.url !== y.url || x.subject !== y.subject || x.ticketId !== y.ticketId) return false;
  if (JSON.stringify(x.customer) !== JSON.stringify(y.customer) || x.messages.length !== y.messages.length) return false;
  return x.messages.every((m, i) => {
    const n = y.messages[i]!;
    return m === n || (m.role === n.role && m.text === n.text && m.author === n.author && m.time === n.time && m.id === n.id);
  });
}
