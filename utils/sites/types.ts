import type { Conversation } from '../conversation/types';
import type { ReadCache } from './cache';

/**
 * What a reader may use besides the document. All optional: an adapter that ignores it still works,
 * it just re-reads every message each time.
 */
export interface ReadContext {
  /** Per-element memo and per-reader state that live as long as the page (see cache.ts). */
  cache?: ReadCache;
  /** DOM changes since the previous read; undefined when unknown (first read: assume anything). */
  changes?: readonly MutationRecord[];
  /** Texts the agent sent from the composer recently, newest last: the generic reader calibrates with them. */
  sentTexts?: readonly string[];
  /**
   * The message area the agent pointed at ("select the conversation"): the generic reader looks for
   * the thread inside it only.
   */
  threadHint?: Element;
}

/**
 * One helpdesk. Adapters take the document (or a root inside it) as an argument and never reach for
 * globals, so they run under happy-dom in tests and in the CLI as they do in the page.
 */
export interface SiteAdapter {
  /** Stable id, also `Conversation.site`. */
  id: string;
  /** Human name for the panel and the README. */
  name: string;
  /**
   * Match patterns of the helpdesk's own hosts (the content script is declared on them). Empty for
   * helpdesks that only run on customers' own domains; those are enabled per site at run time.
   */
  hosts: readonly string[];
  /** Cheap check: is this page this helpdesk? */
  matches(url: URL, doc: Document): boolean;
  /** Reads the conversation that is active on screen; null when none is open. */
  readConversation(doc: Document, url: URL, context?: ReadContext): Conversation | null;
  /** The reply editor of the active conversation. */
  findComposer(doc: Document): HTMLElement | null;
}
