import type { Conversation } from '../conversation/types';
import { ADAPTERS } from './adapters';
import type { SiteAdapter } from './types';

export { ADAPTERS } from './adapters';

export function adapterById(id: string): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.id === id);
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

export type ReadResult =
  | { status: 'ok'; adapter: string; conversation: Conversation }
  | { status: 'no-conversation'; adapter: string }
  | { status: 'unsupported' }
  | { status: 'error'; adapter: string; error: string };

/** Reads the page through the matching adapter; failures come back as values, never as throws. */
export function readPage(url: URL, doc: Document, adapters: readonly SiteAdapter[] = ADAPTERS): ReadResult {
  const adapter = pickAdapter(url, doc, adapters);
  if (!adapter) return { status: 'unsupported' };
  try {
    const conversation = adapter.readConversation(doc, url);
    return conversation
      ? { status: 'ok', adapter: adapter.id, conversation }
      : { status: 'no-conversation', adapter: adapter.id };
  } catch (error) {
    return { status: 'error', adapter: adapter.id, error: error instanceof Error ? error.message : String(error) };
  }
}
