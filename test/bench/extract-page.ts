/**
 * The in-page half of the extraction bench (bundled into the page with the reader): times the
 * PageReader over many repetitions with performance.now().
 */
import { PageReader } from '../../utils/page-reader';
import { readPage } from '../../utils/sites/registry';

export interface Samples {
  full: number[];
  incremental: number[];
  baseline: number[];
  messages: number;
  reader: string;
  isolated: boolean;
}

/** Full reads by fresh readers, one-new-message reads by a live reader, and the same without cache. */
export function measure({ kind, full, incremental }: { kind: 'demo' | 'generic'; full: number; incremental: number }): Samples {
  const list = document.querySelector(kind === 'demo' ? 'ol.thread' : '.Chat_list__0pQr5')!;
  const template = list.children[list.children.length - 3]!;
  const url = new URL(location.href);
  const append = (i: number) => {
    const copy = template.cloneNode(true) as Element;
    const text = copy.querySelector(kind === 'demo' ? '.msg__body' : '.Message_bubble__x8k2D')!;
    text.textContent = `还在吗? Are you there? (new ${i})`;
    list.append(copy);
    return copy;
  };

  const out: Samples = { full: [], incremental: [], baseline: [], messages: 0, reader: '', isolated: crossOriginIsolated };
  const fullRead = () => {
    const controller = new AbortController();
    const start = performance.now();
    const state = new PageReader(document, undefined, { signal: controller.signal }).state();
    const time = performance.now() - start;
    controller.abort();
    out.messages = state.conversation?.messages.length ?? 0;
    out.reader = state.adapter ?? '';
    return time;
  };
  const uncachedRead = (i: number) => {
    const added = append(i);
    const start = performance.now();
    readPage(url, document);
    const time = performance.now() - start;
    added.remove();
    return time;
  };
  // Warm up (JIT, style) first, then interleave the two full reads so that both see the same machine.
  for (let i = 0; i < 5; i++) {
    fullRead();
    uncachedRead(i);
  }
  for (let i = 0; i < full; i++) {
    out.full.push(fullRead());
    out.baseline.push(uncachedRead(i));
  }

  const reader = new PageReader(document);
  reader.changedState();
  for (let i = 0; i < incremental + 20; i++) {
    const added = append(i);
    const start = performance.now();
    reader.changedState();
    const time = performance.now() - start;
    if (i >= 20) out.incremental.push(time);
    added.remove();
    reader.changedState();
  }
  return out;
}
