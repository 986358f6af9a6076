import { browser } from 'wxt/browser';
import type { Conversation } from './conversation/types';
import type { InsertResult } from './editors/types';
import type { Finding } from './lint/types';
import type { Fallback } from './sites/registry';

/** What the content script knows about its page, as the side panel shows it. */
export interface PageState {
  /** `ok`: a conversation was read; the others say why not. `unsupported`: not even the generic reader found one. */
  status: 'ok' | 'no-conversation' | 'unsupported' | 'error';
  /** Id of the reader in use, e.g. 'demo', or 'generic' for the generic reader. */
  adapter?: string;
  conversation?: Conversation;
  /** Whether a reply editor was found for inserting text. */
  composer: boolean;
  /** The page's origin, for per-site choices (reader, selected message area). */
  origin?: string;
  error?: string;
  /** With `ok`: which reader read the page (for "Read by …, N messages"). */
  reader?: { id: string; name: string; messages: number };
  /**
   * With `ok`: the site's adapter claimed the page but failed (threw, or found nothing on a page that
   * clearly shows a thread), so the generic reader read it. The panel shows this as a notice.
   */
  fallback?: Fallback & { fromName: string };
}

/** Requests the side panel (or background) sends to a tab's content script, and their answers. */
export interface ContentProtocol {
  'deskmate:get-state': { request: Record<string, never>; response: PageState };
  /** `cursor`: where the caret goes within `text` afterwards (a template's `{{cursor}}`); default after it. */
  'deskmate:insert-text': { request: { text: string; cursor?: number }; response: InsertResult };
  'deskmate:ping': { request: Record<string, never>; response: { ok: true } };
  /** Opens (or closes) the in-page template palette; sent by the background on its keyboard command. */
  'deskmate:toggle-palette': { request: Record<string, never>; response: { ok: true } };
  /** "Select the conversation": the agent clicks the message area once; remembered per site. */
  'deskmate:pick-conversation': { request: Record<string, never>; response: { ok: boolean } };
  /** The draft coach's findings for the reply box right now. */
  'deskmate:get-findings': { request: Record<string, never>; response: { findings: Finding[] } };
  /** Puts suggestion `index` (default 0) of `finding` in place of its words, as the card's button does. */
  'deskmate:apply-suggestion': { request: { finding: Finding; index?: number }; response: InsertResult };
}
export type ContentRequestType = keyof ContentProtocol;
export type ContentRequest = {
  [K in ContentRequestType]: { type: K } & ContentProtocol[K]['request'];
}[ContentRequestType];

/** Broadcast by the content script whenever what it reads changes. */
export interface StateChanged {
  type: 'deskmate:state-changed';
  state: PageState;
}

/** Broadcast by the content script whenever the draft coach's findings change (panel list, toolbar badge). */
export interface FindingsChanged {
  type: 'deskmate:findings';
  findings: Finding[];
}

export function isContentRequest(message: unknown): message is ContentRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    (message as { type: string }).type.startsWith('deskmate:')
  );
}

export function isStateChanged(message: unknown): message is StateChanged {
  return (message as Partial<StateChanged> | null)?.type === 'deskmate:state-changed';
}

export function isFindingsChanged(message: unknown): message is FindingsChanged {
  return (message as Partial<FindingsChanged> | null)?.type === 'deskmate:findings';
}

export async function askTab<K extends ContentRequestType>(
  tabId: number,
  type: K,
  request: ContentProtocol[K]['request'],
): Promise<ContentProtocol[K]['response']> {
  return (await browser.tabs.sendMessage(tabId, { type, ...request })) as ContentProtocol[K]['response'];
}

/** Tells open extension pages (the side panel) about a change; nobody listening is fine. */
export async function broadcast(message: StateChanged | FindingsChanged): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // No side panel open: "Receiving end does not exist".
  }
}
