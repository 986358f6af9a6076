import { replyEvent, requestEvent, type BridgeMessage, type BridgeReply, type BridgeRequest } from './page-world';

/**
 * The page-world half of the editor bridge (see page-world.ts). It runs inside the helpdesk page's
 * own JS context, so it does as little as possible: dispatch a paste, or call an editor's public API
 * with text. It never evaluates anything it receives.
 */

/** The part of CKEditor 5's API used here (the editable element's `ckeditorInstance`). */
interface CKEditor5 {
  model: { change(callback: (writer: unknown) => void): void; insertContent(content: unknown): unknown };
  data: { processor: { toView(html: string): unknown }; toModel(view: unknown): unknown };
}

/** The part of Quill's API used here (Quill 1 hangs its instance on the container as `__quill`). */
interface Quill {
  getSelection(focus?: boolean): { index: number; length: number } | null;
  getLength(): number;
  deleteText(index: number, length: number, source?: string): unknown;
  insertText(index: number, text: string, source?: string): unknown;
  setSelection(index: number, length: number, source?: string): void;
  history?: { cutoff?: () => void };
}
type QuillClass = { find?: (node: Element) => unknown };

/** The element that has focus inside an iframe (through nested same-origin frames). */
function focusedInside(frame: Element): Element {
  let element: Element = frame;
  while (element.tagName === 'IFRAME') {
    const inner = (element as HTMLIFrameElement).contentDocument;
    const next = inner?.activeElement ?? inner?.body;
    if (!next) break;
    element = next;
  }
  return element;
}

function paste(target: Element, text: string, html: string | undefined): BridgeReply {
  const view = target.ownerDocument.defaultView;
  if (!view) return { ok: false, error: 'no window' };
  const event = new view.ClipboardEvent('paste', {
    bubbles: true,
    cancelable: true,
    composed: true,
    clipboardData: new view.DataTransfer(),
  });
  // Set on the event's own DataTransfer: Firefox hands listeners an empty one otherwise.
  event.clipboardData?.setData('text/plain', text);
  if (html) event.clipboardData?.setData('text/html', html);
  target.dispatchEvent(event);
  return { ok: true, handled: event.defaultPrevented };
}

function beforeInput(target: Element, inputType: string, text: string): BridgeReply {
  const view = target.ownerDocument.defaultView;
  if (!view) return { ok: false, error: 'no window' };
  const dataTransfer = new view.DataTransfer();
  dataTransfer.setData('text/plain', text);
  const event = new view.InputEvent('beforeinput', { bubbles: true, cancelable: true, composed: true, inputType, dataTransfer });
  target.dispatchEvent(event);
  return { ok: true, handled: event.defaultPrevented };
}

function ckeditor5(target: Element, html: string): BridgeReply {
  const editable = target.closest('.ck-editor__editable') ?? target;
  const editor = (editable as Element & { ckeditorInstance?: CKEditor5 }).ckeditorInstance;
  if (!editor) return { ok: false, error: 'no ckeditorInstance' };
  // One model.change() is one batch: one undo step. The text goes through the editor's own data
  // pipeline (its HTML processor and converters), then lands at the model's selection.
  editor.model.change(() => {
    editor.model.insertContent(editor.data.toModel(editor.data.processor.toView(html)));
  });
  return { ok: true };
}

function findQuill(target: Element): Quill | null {
  const container = target.closest('.ql-container');
  if (!container) return null;
  const own = (container as Element & { __quill?: Quill }).__quill;
  if (own) return own;
  // Quill 2 keeps instances in a module-private map; reachable only if the page exposes the class.
  const global = (container.ownerDocument.defaultView as (Window & { Quill?: QuillClass }) | null)?.Quill;
  const found = global?.find?.(container);
  return found && typeof (found as Quill).insertText === 'function' ? (found as Quill) : null;
}

function quill(target: Element, text: string, cursor: number | undefined): BridgeReply {
  const instance = findQuill(target);
  if (!instance) return { ok: false, error: 'no Quill instance' };
  // getSelection(true) focuses and reads the DOM selection the content script placed.
  const range = instance.getSelection(true) ?? { index: Math.max(0, instance.getLength() - 1), length: 0 };
  // cutoff() on both sides: Quill's history merges edits less than a second apart, which would fold
  // the insertion into the agent's last keystrokes. Delete + insert then make one undo step.
  instance.history?.cutoff?.();
  if (range.length > 0) instance.deleteText(range.index, range.length, 'user');
  instance.insertText(range.index, text, 'user');
  instance.history?.cutoff?.();
  const caret = range.index + Math.min(cursor ?? text.length, text.length);
  instance.setSelection(caret, 0, 'user');
  return { ok: true, caretPlaced: true };
}

function handle(target: Element, request: BridgeRequest): BridgeReply {
  switch (request.op) {
    case 'ping':
      return { ok: true };
    case 'paste':
      return paste(target, request.text, request.html);
    case 'beforeinput':
      return beforeInput(target, request.inputType, request.text);
    case 'ckeditor5':
      return ckeditor5(target, request.html);
    case 'quill':
      return quill(target, request.text, request.cursor);
    default:
      return { ok: false, error: 'unknown operation' };
  }
}

/** Listens for requests on `channel` in the page's window `win` (called once by the bridge script). */
export function serveEditorBridge(win: Window & typeof globalThis, channel: string): void {
  win.addEventListener(
    requestEvent(channel),
    (event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail !== 'string') return;
      event.stopPropagation();
      let reply: BridgeReply & { id?: string };
      let id: string | undefined;
      try {
        const message = JSON.parse(detail) as BridgeMessage;
        id = message.id;
        const target = message.frame ? focusedInside(event.target as Element) : (event.target as Element);
        reply = handle(target, message);
      } catch (error) {
        reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      if (id === undefined) return;
      win.document.dispatchEvent(new win.CustomEvent(replyEvent(channel), { detail: JSON.stringify({ ...reply, id }) }));
    },
    true,
  );
}
