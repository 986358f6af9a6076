/**
 * The content script's line to the editor bridge (entrypoints/editor-bridge.ts), which runs in the
 * page's own JS world. Two things only work there:
 * - editor instances: `ckeditorInstance`, Quill 1's `__quill` are expandos the page's JS set on DOM
 *   nodes, invisible from the content script's isolated world;
 * - synthetic paste: Firefox hides clipboard data set by a content script from the page's
 *   listeners (Mozilla bug 1654724), so the editor would paste nothing.
 * Requests and replies are CustomEvents whose names carry a per-session random channel; details are
 * JSON strings (objects don't cross between the worlds in Firefox). No code is sent, only data.
 */

const EVENT_PREFIX = 'deskmate-editor-bridge';

export const requestEvent = (channel: string) => `${EVENT_PREFIX}:${channel}`;
export const replyEvent = (channel: string) => `${EVENT_PREFIX}:${channel}:reply`;

export type BridgeRequest =
  /** Is the bridge there? (An injected script the page's CSP blocked never says so otherwise.) */
  | { op: 'ping' }
  /** A synthetic paste of `text` (and `html`) on the target, as if the agent pressed Ctrl+V. */
  | { op: 'paste'; text: string; html?: string }
  /** A synthetic `beforeinput` of `inputType` carrying `text` as a DataTransfer (editors driven by beforeinput). */
  | { op: 'beforeinput'; inputType: 'insertFromPaste'; text: string }
  /** CKEditor 5's model API: inserts `html` (converted by the editor's own data pipeline) at its selection. */
  | { op: 'ckeditor5'; html: string }
  /** Quill's API (the instance the page hung on its container): one undo step, caret at `cursor`. */
  | { op: 'quill'; text: string; cursor?: number };

export interface BridgeReply {
  /** The operation ran (an editor instance was found, the event was dispatched). */
  ok: boolean;
  /** For paste and beforeinput: whether the editor handled the event (called preventDefault). */
  handled?: boolean;
  /** Whether the page world already put the caret where it belongs. */
  caretPlaced?: boolean;
  error?: string;
}

/** Wire format of a request: `frame` says the target is the focused element inside that iframe. */
export type BridgeMessage = BridgeRequest & { id: string; frame?: boolean };

export interface PageWorld {
  /** Runs `request` on `target` in the page world; null when the bridge isn't there or doesn't answer. */
  run(target: HTMLElement, request: BridgeRequest): Promise<BridgeReply | null>;
}

const TIMEOUT_MS = 1500;
const PING_TIMEOUT_MS = 500;

/**
 * Connects to a bridge injected with `channel`. `ready` settles once the injection is done (false if
 * it failed); the first request then checks the bridge answers, and without it every request is
 * null at once.
 */
export function connectPageWorld(doc: Document, channel: string, ready: Promise<boolean>, signal?: AbortSignal): PageWorld {
  const view = doc.defaultView;
  const pending = new Map<string, (reply: BridgeReply) => void>();
  let counter = 0;
  doc.addEventListener(
    replyEvent(channel),
    (event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail !== 'string') return;
      try {
        const { id, ...reply } = JSON.parse(detail) as BridgeReply & { id: string };
        pending.get(id)?.(reply);
      } catch {
        // not ours
      }
    },
    { signal },
  );

  const send = (target: Element, request: BridgeRequest, timeoutMs: number): Promise<BridgeReply | null> => {
    if (!view) return Promise.resolve(null);
    // Events from inside an iframe don't reach the top window the bridge listens on: address the
    // outermost frame element instead and let the bridge follow focus into it.
    let element = target;
    let frame = false;
    while (element.ownerDocument !== doc) {
      const owner = element.ownerDocument.defaultView?.frameElement;
      if (!owner) return Promise.resolve(null);
      element = owner;
      frame = true;
    }
    const id = `${++counter}`;
    const message: BridgeMessage = { ...request, id, ...(frame ? { frame } : {}) };
    return new Promise((resolve) => {
      const timer = view.setTimeout(() => {
        pending.delete(id);
        resolve(null);
      }, timeoutMs);
      pending.set(id, (reply) => {
        view.clearTimeout(timer);
        pending.delete(id);
        resolve(reply);
      });
      element.dispatchEvent(
        new view.CustomEvent(requestEvent(channel), { detail: JSON.stringify(message), bubbles: true, composed: true }),
      );
    });
  };

  let alive: Promise<boolean> | undefined;
  return {
    async run(target, request) {
      alive ??= ready.then(
        async (injected) => injected && (await send(doc.documentElement, { op: 'ping' }, PING_TIMEOUT_MS))?.ok === true,
      );
      return (await alive) ? send(target, request, TIMEOUT_MS) : null;
    },
  };
}
