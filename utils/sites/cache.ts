/** More pending changes than this and the next read starts from scratch. */
const MAX_PENDING = 5000;

export interface ReadCacheOptions {
  /** Ends observing (WXT: `ctx.signal`), so nothing outlives the content script. */
  signal?: AbortSignal;
  /** Told about every batch of changes, in any watched tree (shadow roots and frames too). */
  onChange?: (records: readonly MutationRecord[]) => void;
}

/**
 * Per-element memo for incremental reading: whatever an adapter derives from one message element
 * (its Message, its features) is kept until a mutation inside that element says otherwise. A new
 * message then costs one parse, not a re-read of the whole thread.
 *
 * Mutations come from the cache's own MutationObserver, drained synchronously with takeRecords() at
 * the start of every read, so a read right after a DOM change never sees a stale entry. Without a
 * MutationObserver (a DOM without one) nothing is memoised: every call parses.
 */
export class ReadCache {
  private entries = new WeakMap<Node, Map<string, unknown>>();
  private readonly observer: MutationObserver | undefined;
  private readonly watched = new WeakSet<Node>();
  private readonly slots = new Map<string, unknown>();
  private changed: MutationRecord[] = [];
  private disposed = false;
  /** True until the first sync, and after reset(): the next read must not trust earlier findings. */
  private fresh = true;

  /** How many reads (syncs) have happened: readers tell with it whether they saw every change. */
  generation = 0;

  constructor(doc: Document, { signal, onChange }: ReadCacheOptions = {}) {
    const Observer = doc.defaultView?.MutationObserver;
    if (!Observer || signal?.aborted) return;
    this.observer = new Observer((records) => {
      this.collect(records);
      onChange?.(records);
    });
    this.watch(doc);
    signal?.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** Observes another tree: an open shadow root or a same-origin frame's document. */
  watch(root: Document | ShadowRoot): void {
    if (!this.observer || this.disposed || this.watched.has(root)) return;
    this.watched.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  /**
   * Applies the mutations since the last sync and returns them, or `undefined` when the caller must
   * assume anything changed (first read, after reset, no observer).
   */
  sync(): readonly MutationRecord[] | undefined {
    this.generation++;
    if (this.observer && !this.disposed) this.collect(this.observer.takeRecords());
    const changed = this.changed;
    this.changed = [];
    if (this.fresh || !this.observer || this.disposed) {
      this.fresh = false;
      return undefined;
    }
    return changed;
  }

  /** `parse(element)`, remembered under `key` until something inside `element` changes. */
  memo<T>(element: Element, key: string, parse: (element: Element) => T): T {
    if (!this.observer || this.disposed) return parse(element);
    let slot = this.entries.get(element);
    if (slot?.has(key)) return slot.get(key) as T;
    const value = parse(element);
    if (!slot) this.entries.set(element, (slot = new Map()));
    slot.set(key, value);
    return value;
  }

  /** Per-reader state kept between reads (e.g. where the thread was), dropped by reset(). */
  slot<T>(key: string, create: () => T): T {
    let value = this.slots.get(key) as T | undefined;
    if (value === undefined) this.slots.set(key, (value = create()));
    return value;
  }

  /** Forgets everything, e.g. after SPA navigation. */
  reset(): void {
    this.entries = new WeakMap();
    this.slots.clear();
    this.changed = [];
    this.fresh = true;
  }

  dispose(): void {
    this.disposed = true;
    this.observer?.disconnect();
    this.entries = new WeakMap();
    this.slots.clear();
    this.changed = [];
  }

  private collect(records: MutationRecord[]): void {
    if (this.changed.length + records.length > MAX_PENDING) {
      // A page that churns without being read: start over rather than keep a long list.
      this.reset();
      return;
    }
    for (const record of records) {
      this.changed.push(record);
      this.invalidate(record.target);
    }
  }

  /** Drops the entries of `node` and every ancestor, across shadow boundaries. */
  private invalidate(node: Node): void {
    let current: Node | null = node;
    while (current) {
      this.entries.delete(current);
      current = current.nodeType === 11 ? (current as ShadowRoot).host : current.parentNode;
    }
  }
}
