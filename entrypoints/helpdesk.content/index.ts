import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { injectScript } from 'wxt/utils/inject-script';
import { connectPageWorld, focusedFrames, type PageWorld } from '../../utils/editors';
import { broadcast, isContentRequest, type ContentRequest } from '../../utils/messaging';
import { PageReader } from '../../utils/page-reader';
import { CONTENT_SCRIPT_MATCHES } from '../../utils/sites/hosts';
import { readersFor } from '../../utils/sites/registry';
import { pickElement } from '../../utils/picker';
import { sitesItem, updateSite } from '../../utils/settings';
import { t } from '../../utils/i18n';
import { createPaletteToggle } from '../../components/mountPalette';
import { startCoach } from './coach';

/** Quiet time after the last DOM change before re-reading: chat apps mutate in bursts. */
const SETTLE_MS = 150;
/** A page that never settles (animations, tickers) is still re-read this often. */
const MAX_WAIT_MS = 1000;
/** Attribute changes that can change what is read (ticket switches, hidden panels, roles). */
const READ_ATTRIBUTES = /^(?:class|hidden|style|open|datetime|aria-(?:hidden|selected|current|expanded)|data-.*)$/;

const matters = (records: readonly MutationRecord[]) =>
  records.some((record) => record.type !== 'attributes' || READ_ATTRIBUTES.test(record.attributeName ?? ''));

export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES],
  runAt: 'document_idle',
  // Our CSS goes into our shadow roots only (components/mountPalette.tsx inlines it), never into the
  // helpdesk's page, and needs no web-accessible file (so it works on sites enabled at run time).
  cssInjectionMode: 'manual',
  main(ctx) {
    // The reader observes the document, open shadow roots and same-origin frames it reads, and
    // stops with the content script (ctx.signal); every change that can matter schedules a read.
    const reader = new PageReader(document, undefined, {
      signal: ctx.signal,
      onChange: (records) => {
        if (matters(records)) schedule();
      },
    });
    let timer: number | undefined;
    let waitingSince: number | undefined;
    const publish = () => {
      timer = undefined;
      waitingSince = undefined;
      try {
        const state = reader.changedState();
        if (state) void broadcast({ type: 'deskmate:state-changed', state });
        if (state) coach.pageChanged(state.conversation);
      } catch {
        // Never into the host page: the next change tries again.
      }
    };
    const schedule = () => {
      const now = Date.now();
      waitingSince ??= now;
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(publish, now - waitingSince >= MAX_WAIT_MS ? 0 : SETTLE_MS);
    };

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      reader.navigated();
      schedule();
    });
    ctx.addEventListener(window, 'hashchange', schedule);
    // Drafts, so that the agent's own sent messages calibrate the generic reader.
    ctx.addEventListener(document, 'input', (event) => reader.noteDraft(event.composedPath()[0] ?? event.target), {
      capture: true,
    });

    // Where the agent's caret is, for inserting there later. Editors inside same-origin iframes keep
    // their selection and key events in the frame's document: follow focus into those too.
    const remember = () => reader.noteSelection();
    const watched = new WeakSet<Document>();
    const watch = (doc: Document) => {
      if (watched.has(doc)) return;
      watched.add(doc);
      ctx.addEventListener(doc, 'selectionchange', remember);
      ctx.addEventListener(doc, 'focusin', onFocus);
      ctx.addEventListener(doc, 'keyup', remember, { capture: true });
    };
    const onFocus = () => {
      focusedFrames(document).forEach(watch);
      remember();
    };
    watch(document);
    onFocus(); // the agent may be in an editor (or an iframe's) already when this script starts
    // Focus moving into an iframe blurs the top window (no focusin in Firefox); it has moved a tick later.
    ctx.addEventListener(window, 'blur', () => ctx.setTimeout(onFocus, 0));

    // The editor bridge runs in the page's own JS world (see utils/editors/page-world.ts); injected
    // once, on the first insert, with a random channel name for this content script's lifetime.
    const channel = crypto.randomUUID();
    let pageWorld: PageWorld | undefined;
    const bridge = () =>
      (pageWorld ??= connectPageWorld(
        document,
        channel,
        injectScript('/editor-bridge.js', {
          modifyScript: (script) => {
            script.dataset.channel = channel;
          },
        }).then(
          () => true,
          () => false,
        ),
        ctx.signal,
      ));

    // What the agent chose for this site: the reader, and the message area they pointed at.
    const applySite = async () => {
      const preference = (await sitesItem.getValue())[location.origin];
      reader.setAdapters(readersFor(preference?.reader));
      let hint: Element | null = null;
      try {
        hint = preference?.threadSelector ? document.querySelector(preference.threadSelector) : null;
      } catch {
        // A stored selector this page can't parse: read without the hint.
      }
      reader.setThreadHint(hint);
      schedule();
    };
    void applySite();
    ctx.onInvalidated(sitesItem.watch(() => void applySite()));

    const togglePalette = createPaletteToggle(ctx, {
      noteSelection: () => reader.noteSelection(),
      conversation: () => reader.state().conversation,
      insert: (text, cursor) => reader.insert(text, { cursor, pageWorld: bridge() }),
    });
    // The draft coach: underlines in the reply box, its findings to the panel and the toolbar badge.
    const coach = startCoach(ctx, { reader, pageWorld: bridge });

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
          return reader.insert(request.text, { cursor: request.cursor, pageWorld: bridge() });
        case 'deskmate:toggle-palette':
          await togglePalette();
          return { ok: true };
        case 'deskmate:pick-conversation': {
          const picked = await pickElement(document, ctx.signal, { prompt: t('pickPrompt'), cancel: t('pickCancel') });
          if (picked) await updateSite(location.origin, { threadSelector: picked.selector });
          return { ok: picked !== null };
        }
        case 'deskmate:get-findings':
          return { findings: coach.findings() };
        case 'deskmate:apply-suggestion':
          return coach.apply(request.finding, request.index);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    publish();
  },
});
