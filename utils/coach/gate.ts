/**
 * When to lint: after the agent pauses (an idle of `delayMs` since the last change), and never in
 * the middle of an IME composition — half-typed pinyin is not a draft. The composition's end counts
 * as a change.
 */
export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

export class IdleGate {
  private timer: number | undefined;
  private composingNow = false;

  constructor(
    private readonly timers: Timers,
    private readonly delayMs: number,
    private readonly run: () => void,
  ) {}

  get composing(): boolean {
    return this.composingNow;
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** The draft changed: lint once it has been quiet for `delayMs` (unless a composition is open). */
  poke(): void {
    this.cancel();
    if (this.composingNow) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      if (!this.composingNow) this.run();
    }, this.delayMs);
  }

  compositionStart(): void {
    this.composingNow = true;
    this.cancel();
  }

  compositionEnd(): void {
    this.composingNow = false;
    this.poke();
  }

  /** Lint now if a lint is due (before reading findings that must be current). */
  flush(): void {
    if (this.timer === undefined || this.composingNow) return;
    this.cancel();
    this.run();
  }

  cancel(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
