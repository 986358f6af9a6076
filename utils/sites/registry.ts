import type { Conversation } from '../conversation/types';
import { ADAPTERS } from './adapters';
import type { ReadCache } from './cache';
import { CLEAR_THREAD, GENERIC_ID, MIN_CONFIDENCE, genericAdapter, readGeneric } from './generic';
import type { ReadContext, SiteAdapter } from './types';

export { ADAPTERS } from './adapters';

/** A site adapter by id; 'generic' is the generic reader. */
export function adapterById(id: string): SiteAdapter | undefined {
  return id === GENERIC_ID ? genericAdapter : ADAPTERS.find((adapter) => adapter.id === id);
}

/** The first adapter that claims the page. An adapter that throws is skipped, never fatal. */
export function pickAdapter(url: URL, doc: Document, adapters: readonly SiteAdapter[] = ADAPTERS): SiteAdapter | undefined {
  return adapters.find((adapter) => {
    try {
      return adapter.matches(url, doc);
    } catch {
      return false;
    }
  });
}

/** Why the generic reader read a page that a site adapter claimed. */
export interface Fallback {
  /** Id of the adapter that claimed the page. */
  from: string;
  /** It threw (`error`), found no open conversation, or read no messages, while the page has a thread. */
  reason: 'error' | 'no-conversation' | 'no-messages';
  /** The adapter's error message, for `error`. */
  error?: string;
}

export type ReadResult =
  | { status: 'ok'; adapter: string; conversation: Conversation; fallback?: Fallback }
  | { status: 'no-conversation'; adapter: string }
  | { status: 'unsupported' }
  | { status: 'error'; adapter: string; error: string };

export interface ReadOptions {
  /** Memo and change tracking for repeated reads of the same page (PageReader keeps one). */
  cache?: ReadCache;
  /** Texts the agent sent recently, for the generic reader's calibration. */
  sentTexts?: readonly string[];
  /** The message area the agent pointed at, for the generic reader. */
  threadHint?: Element;
}

/**
 * Reads the page: through the adapter that claims it, else through the generic reader. When the
 * adapter throws, or finds nothing while the page clearly shows a thread, the generic reader reads it
 * and the result says so (`fallback`). Failures come back as values, never as throws.
 */
export function readPage(
  url: URL,
  doc: Document,
  adapters: readonly SiteAdapter[] = ADAPTERS,
  { cache, sentTexts, threadHint }: ReadOptions = {},
): ReadResult {
  const changes = cache?.sync();
  const context: ReadContext = {
    ...(cache && { cache }),
    ...(changes && { changes }),
    ...(sentTexts && { sentTexts }),
    ...(threadHint && { threadHint }),
  };
  const generic = (threshold: number): Conversation | null => {
    try {
      const read = readGeneric(doc, url, context);
      return read && read.confidence >= threshold && read.conversation.messages.length > 0 ? read.conversation : null;
    } catch {
      return null;
    }
  };

  const adapter = pickAdapter(url, doc, adapters);
  if (!adapter) {
    const conversation = generic(MIN_CONFIDENCE);
    return conversation ? { status: 'ok', adapter: GENERIC_ID, conversation } : { status: 'unsupported' };
  }
  let conversation: Conversation | null;
  try {
    conversation = adapter.readConversation(doc, url, context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const fallback = generic(MIN_CONFIDENCE);
    return fallback
      ? {
          status: 'ok',
          adapter: GENERIC_ID,
          conversation: fallback,
          fallback: { from: adapter.id, reason: 'error', error: message },
        }
      : { status: 'error', adapter: adapter.id, error: message };
  }
  if (!conversation || conversation.messages.length === 0) {
    const fallback = generic(CLEAR_THREAD);
    const reason = conversation ? 'no-messages' : 'no-conversation';
    if (fallback) return { status: 'ok', adapter: GENERIC_ID, conversation: fallback, fallback: { from: adapter.id, reason } };
    if (!conversation) return { status: 'no-conversation', adapter: adapter.id };
  }
  return { status: 'ok', adapter: adapter.id, conversation };
}

/** The readers to try for a site preference: 'auto' (all adapters, then generic), 'generic', or one adapter. */
export function readersFor(choice: string | undefined): readonly SiteAdapter[] {
  if (!choice || choice === 'auto') return ADAPTERS;
  if (choice === GENERIC_ID) return [];
  const adapter = ADAPTERS.find((candidate) => candidate.id === choice);
  return adapter ? [adapter] : ADAPTERS;
}
