import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { broadcast, isContentRequest, type ContentRequest } from '../../utils/messaging';
import { PageReader } from '../../utils/page-reader';
import { CONTENT_SCRIPT_MATCHES } from '../../utils/sites/hosts';

/** Quiet time after the last DOM change before re-reading: chat apps mutate in bursts. */
const SETTLE_MS = 150;

export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const reader = new PageReader(document);

    const publish = () => {
      const state = reader.changedState();
      if (state) void broadcast({ type: 'deskmate:state-changed', state });
    };

    let timer: number | undefined;
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(publish, SETTLE_MS);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-active', 'hidden', 'class'],
    });
    ctx.onInvalidated(() => observer.disconnect());
    ctx.addEventListener(window, 'wxt:locationchange', schedule);
    ctx.addEventListener(window, 'hashchange', schedule);

    const remember = () => reader.noteSelection();
    ctx.addEventListener(document, 'selectionchange', remember);
    ctx.addEventListener(document, 'focusin', remember);
    ctx.addEventListener(document, 'keyup', remember, { capture: true });

    const onMessage = (message: unknown) => {
      if (!isContentRequest(message)) return undefined;
      return handle(message);
    };
    const handle = async (request: ContentRequest) => {
      switch (request.type) {
        case 'deskmate:ping':
          return { ok: true };
        case 'deskmate:get-state':
          return reader.state();
        case 'deskmate:insert-text':
          return reader.insert(request.text);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    publish();
  },
});
