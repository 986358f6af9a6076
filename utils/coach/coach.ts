/**
 * The draft coach in the page: watches one reply editor, lints its text after the agent pauses
 * (never mid-composition), underlines the findings over the text, shows a card on hover or when the
 * caret sits in a finding, and replaces exactly the flagged words through the editor's own
 * insertion strategy when the agent accepts a suggestion (so Ctrl+Z undoes it).
 *
 * DOM in, no globals: the Document comes in, lint and insertion are functions handed in, and every
 * listener, observer and timer ends with `signal`. Nothing here throws into the host page.
 */
import { applySuggestion, RULE_INFO, type Finding, type RuleId } from '../lint';
import type { InsertResult, SavedSelection } from '../editors/types';
import { contains, spanRects, visibleBox, type Rect } from './geometry';
import { IdleGate } from './gate';
import { Overlay, type CoachLabels } from './overlay';
import { comparable, currentText, rangeFor, readDraft, selectionIn, type DraftMap } from './text';

export interface DraftCoachOptions {
  /** Ends everything: listeners, observers, timers, the overlay (WXT: `ctx.signal`). */
  signal: AbortSignal;
  /** The findings for a draft (options — language, conversation, team rules — are the caller's). */
  lint(text: string): Finding[];
  /** Puts `text` in place of `selection` through the editors' strategies (utils/editors insertText). */
  insert(editor: HTMLElement, text: string, selection: SavedSelection): Promise<InsertResult>;
  /** Told whenever the findings change (the side panel's list, the toolbar badge). */
  onFindings?(findings: readonly Finding[]): void;
  labels: CoachLabels;
  /** Quiet time after the last change before linting; at most 150 ms. */
  idleMs?: number;
}

export const IDLE_MS = 120;
/** How long the hover card stays after the pointer leaves the underline (time to reach the card). */
const HOVER_GRACE_MS = 300;
/** How long apply waits for an editor that re-renders asynchronously to show the new text. */
const VERIFY_MS = 600;
const NAVIGATION_KEYS = /^(?:Arrow(?:Left|Right|Up|Down)|Home|End|PageUp|PageDown)$/;

type CardVia = 'hover' | 'caret';

const info = (finding: Finding) => (finding.rule in RULE_INFO ? RULE_INFO[finding.rule as RuleId] : undefined);
/** Team rules point at words too; their suggestion is advice. */
const underlined = (finding: Finding) => (info(finding)?.scope ?? 'words') === 'words';
const replaces = (finding: Finding) => info(finding)?.replaces ?? false;

const sameFinding = (a: Finding, b: Finding) => a.rule === b.rule && a.start === b.start && a.end === b.end && a.text === b.text;

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (finding, index) =>
        sameFinding(finding, b[index]!) &&
        finding.severity === b[index]!.severity &&
        finding.message === b[index]!.message &&
        finding.suggestions.join('\u0000') === b[index]!.suggestions.join('\u0000'),
    )
  );
}

/** Runs `fn`, swallowing whatever it throws: an exception must never reach the helpdesk's page. */
function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch {
      // The next event tries again.
    }
  };
}

export class DraftCoach {
  private readonly view: Window & typeof globalThis;
  private readonly gate: IdleGate;
  private overlay: Overlay | undefined;
  private editor: HTMLElement | null = null;
  /** Listeners, observers and timers of the editor being watched (ended when it changes). */
  private editorScope: AbortController | undefined;
  private draft: DraftMap | undefined;
  private current: Finding[] = [];
  /** Where each underlined finding is on screen, and each whole-draft finding's label. */
  private rects = new Map<Finding, Rect[]>();
  private labels = new Map<Finding, Rect>();
  private card: { finding: Finding; via: CardVia } | undefined;
  private dismissed: Finding | undefined;
  private hoverTimer: number | undefined;
  private layoutFrame: number | undefined;
  private pointerFrame: number | undefined;
  private pointer: { x: number; y: number } | undefined;
  private destroyed = false;

  constructor(
    private readonly doc: Document,
    private readonly options: DraftCoachOptions,
  ) {
    this.view = doc.defaultView as Window & typeof globalThis;
    this.gate = new IdleGate(
      { setTimeout: (handler, ms) => this.view.setTimeout(handler, ms), clearTimeout: (id) => this.view.clearTimeout(id) },
      Math.min(options.idleMs ?? IDLE_MS, 150),
      guard(() => this.lint()),
    );
    const { signal } = options;
    if (signal.aborted) {
      this.destroyed = true;
      return;
    }
    signal.addEventListener('abort', () => this.destroy(), { once: true });
    const on = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void, passive = false) =>
      doc.addEventListener(type, guard(handler), { capture: true, passive, signal });
    on('input', (event) => this.onInput(event));
    on('compositionstart', (event) => this.inEditor(event) && this.gate.compositionStart());
    on('compositionend', (event) => {
      if (!this.inEditor(event)) return;
      this.gate.compositionEnd();
      this.changed();
    });
    on('keydown', (event) => this.onKeyDown(event));
    on('mouseup', (event) => this.inEditor(event) && this.afterCaretMove());
    on('mousemove', (event) => this.onPointer(event), true);
    on('scroll', () => this.scheduleLayout(), true);
    on('focusout', (event) => {
      if (this.inEditor(event) && this.card?.via === 'caret') this.hideCard();
    });
    this.view.addEventListener(
      'resize',
      guard(() => this.scheduleLayout()),
      { passive: true, signal },
    );
  }

  /** The findings of the draft right now (a lint that was due runs first). */
  findings(): Finding[] {
    this.gate.flush();
    return this.current;
  }

  /**
   * Coaches `editor` (a textarea / text input, or a contenteditable root) from now on; null stops.
   * Watching the same editor again only re-checks its text.
   */
  watch(editor: HTMLElement | null): void {
    if (this.destroyed) return;
    if (editor === this.editor) {
      if (editor) this.check();
      return;
    }
    this.editorScope?.abort();
    this.editorScope = undefined;
    this.editor = editor;
    this.draft = undefined;
    this.gate.cancel();
    this.hideCard();
    this.dismissed = undefined;
    if (!editor) {
      this.publish([]);
      this.overlay?.clear();
      return;
    }
    this.overlay ??= new Overlay(this.doc, this.options.labels, (finding, index) => void this.apply(finding, index));
    const scope = new AbortController();
    this.editorScope = scope;
    const view = this.view;
    if (view.ResizeObserver) {
      const resized = new view.ResizeObserver(guard(() => this.scheduleLayout()));
      resized.observe(editor);
      scope.signal.addEventListener('abort', () => resized.disconnect());
    }
    // Rich editors change their text without input events too (their own undo, collaborators,
    // a send button clearing them): follow the DOM itself.
    if (editor.isContentEditable && view.MutationObserver) {
      const mutated = new view.MutationObserver(guard(() => this.mutated()));
      mutated.observe(editor, { childList: true, characterData: true, subtree: true });
      scope.signal.addEventListener('abort', () => mutated.disconnect());
    }
    guard(() => this.lint())();
  }

  /**
   * Lint again (the options behind `lint` changed: settings, packs, the conversation) — now, unless
   * a lint is due anyway or a composition is open.
   */
  refresh(): void {
    if (this.destroyed || !this.editor || this.gate.pending || this.gate.composing) return;
    guard(() => this.lint(true))();
  }

  /**
   * Something outside the editor changed (the page re-rendered, a script set the field's value):
   * re-lint if the text is not what was linted, else just follow the layout.
   */
  check(): void {
    if (this.destroyed || !this.editor || this.gate.pending || this.gate.composing) return;
    guard(() => {
      if (!this.editor!.isConnected) this.watch(null);
      else if (this.draft && currentText(this.editor!) !== this.draft.text) this.changed();
      else this.scheduleLayout();
    })();
  }

  /**
   * Puts suggestion `index` of `finding` in place of exactly its words, through the editor's own
   * insertion path (undoable), and checks the draft reads as expected afterwards.
   */
  async apply(finding: Finding, index = 0): Promise<InsertResult> {
    const editor = this.editor;
    if (this.destroyed || !editor) return { ok: false, reason: 'No reply box is being coached.' };
    try {
      this.gate.flush();
      const suggestion = finding.suggestions[index];
      const draft = readDraft(editor);
      if (suggestion === undefined || draft.text.slice(finding.start, finding.end) !== finding.text) {
        this.lint();
        return { ok: false, reason: 'The draft changed since this was found.' };
      }
      let selection: SavedSelection;
      if (draft.kind === 'field') selection = { kind: 'text', start: finding.start, end: finding.end };
      else {
        const range = rangeFor(draft, finding.start, finding.end);
        if (!range) return { ok: false, reason: 'The flagged words are no longer in the reply box.' };
        selection = { kind: 'range', range };
      }
      this.hideCard();
      const result = await this.options.insert(editor, suggestion, selection);
      if (!result.ok) return result;
      const expected = comparable(applySuggestion(draft.text, finding, index));
      const deadline = Date.now() + VERIFY_MS;
      let now = comparable(currentText(editor));
      while (now !== expected && Date.now() < deadline) {
        await new Promise((resolve) => this.view.setTimeout(resolve, 20));
        now = comparable(currentText(editor));
      }
      this.gate.cancel();
      this.lint();
      return now === expected ? result : { ok: false, reason: 'The reply box changed more than the flagged words.' };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  // ---------------------------------------------------------------- events

  private inEditor(event: Event): boolean {
    const target = (event.composedPath()[0] ?? event.target) as Node | null;
    // Duck-typed: in Firefox's content scripts, page nodes are not instances of our Node.
    return !!this.editor && typeof target?.nodeType === 'number' && this.editor.contains(target);
  }

  private onInput(event: Event): void {
    if (!this.inEditor(event)) return;
    if ((event as InputEvent).isComposing || this.gate.composing) return;
    this.changed();
  }

  /** The rich editor's DOM changed: its text may not have (selection fillers, re-rendered marks). */
  private mutated(): void {
    if (this.gate.composing || this.gate.pending) return;
    if (this.editor && this.draft && currentText(this.editor) === this.draft.text) this.scheduleLayout();
    else this.changed();
  }

  /** The draft changed: hide what is now out of place, lint once the agent pauses. */
  private changed(): void {
    if (this.gate.composing) return;
    this.overlay?.setStale(true);
    this.dismissed = undefined;
    this.hideCard();
    this.gate.poke();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing || event.keyCode === 229 || !this.editor) return;
    if (event.key === 'Escape' && this.overlay?.cardShown) {
      this.dismissed = this.card?.finding;
      this.hideCard();
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (!this.inEditor(event)) return;
    if (event.key === 'Enter' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      const finding = this.card?.finding ?? this.findingAtCaret();
      if (!finding) return;
      // Ours, not the helpdesk's (nor a line break in the editor).
      event.preventDefault();
      event.stopImmediatePropagation();
      if (replaces(finding)) void this.apply(finding, 0);
      else this.showCard(finding, 'caret');
      return;
    }
    if (NAVIGATION_KEYS.test(event.key)) this.afterCaretMove();
  }

  /** After the caret moved by keys or a click (not by typing): show the card of the finding it sits in. */
  private afterCaretMove(): void {
    this.view.setTimeout(
      guard(() => {
        if (this.destroyed || this.gate.pending) return;
        const finding = this.findingAtCaret();
        const dismissed = finding && this.dismissed && sameFinding(finding, this.dismissed);
        if (finding && !dismissed) this.showCard(finding, 'caret');
        else if (!finding && this.card?.via === 'caret') this.hideCard();
        if (!finding) this.dismissed = undefined;
      }),
      0,
    );
  }

  private findingAtCaret(): Finding | undefined {
    if (!this.editor || !this.draft || this.gate.pending) return undefined;
    const draft = readDraft(this.editor);
    if (draft.text !== this.draft.text) return undefined; // a lint is about to run
    const selection = selectionIn(draft);
    if (!selection) return undefined;
    const [start, end] = selection;
    const words = this.current.filter(underlined);
    // Strictly inside first, then touching an edge (the caret right after "soon").
    return (
      words.find((finding) => finding.start < start && end < finding.end) ??
      words.find((finding) => finding.start <= start && end <= finding.end)
    );
  }

  private onPointer(event: MouseEvent): void {
    if (!this.current.length) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.pointerFrame !== undefined) return;
    this.pointerFrame = this.view.requestAnimationFrame(
      guard(() => {
        this.pointerFrame = undefined;
        this.hoverAt(this.pointer!);
      }),
    );
  }

  private hoverAt({ x, y }: { x: number; y: number }): void {
    if (this.destroyed) return;
    const overCard = this.overlay?.cardRect();
    if (overCard && contains(overCard, x, y, 4)) {
      this.cancelHoverHide();
      return;
    }
    const anchors = [...this.rects, ...[...this.labels].map(([finding, rect]) => [finding, [rect]] as const)];
    for (const [finding, rects] of anchors) {
      if (rects.some((rect) => contains(rect, x, y, 1))) {
        this.cancelHoverHide();
        if (this.card?.finding !== finding) this.showCard(finding, 'hover');
        return;
      }
    }
    if (this.card?.via === 'hover' && this.hoverTimer === undefined) {
      this.hoverTimer = this.view.setTimeout(() => {
        this.hoverTimer = undefined;
        if (this.card?.via === 'hover') this.hideCard();
      }, HOVER_GRACE_MS);
    }
  }

  private cancelHoverHide(): void {
    if (this.hoverTimer !== undefined) this.view.clearTimeout(this.hoverTimer);
    this.hoverTimer = undefined;
  }

  // ---------------------------------------------------------------- lint and layout

  private lint(force = false): void {
    const editor = this.editor;
    if (!editor || this.destroyed) return;
    if (!editor.isConnected) {
      this.watch(null);
      return;
    }
    const draft = readDraft(editor);
    const sameText = this.draft?.text === draft.text;
    this.draft = draft;
    if (!sameText || force) {
      let findings: Finding[];
      try {
        findings = this.options.lint(draft.text);
      } catch {
        findings = []; // a broken rule is no reason to leave stale underlines
      }
      if (!sameFindings(findings, this.current)) {
        if (this.card && !findings.some((finding) => sameFinding(finding, this.card!.finding))) this.hideCard();
        this.current = findings;
        this.publish(findings);
      }
    }
    this.overlay?.setStale(false);
    this.layout();
  }

  private publish(findings: readonly Finding[]): void {
    try {
      this.options.onFindings?.(findings);
    } catch {
      // A listener's failure is not the page's problem.
    }
  }

  private scheduleLayout(): void {
    if (this.destroyed || !this.editor || this.layoutFrame !== undefined) return;
    this.layoutFrame = this.view.requestAnimationFrame(
      guard(() => {
        this.layoutFrame = undefined;
        this.layout();
        if (this.pointer && this.card?.via === 'hover') this.hoverAt(this.pointer);
      }),
    );
  }

  private layout(): void {
    const overlay = this.overlay;
    const editor = this.editor;
    let draft = this.draft;
    if (!overlay || !editor || !draft) return;
    // Editors re-create text nodes without changing the text (re-rendering a paragraph): map again.
    if (draft.kind === 'rich' && draft.segments.some(({ node }) => !node.isConnected)) {
      const fresh = readDraft(editor);
      if (fresh.text !== draft.text) {
        this.changed();
        return;
      }
      this.draft = draft = fresh;
    }
    const box = visibleBox(editor);
    const words = this.current.filter(underlined);
    const rects = box
      ? spanRects(
          draft,
          words.map((finding) => [finding.start, finding.end]),
          overlay.mirror,
          box,
        )
      : words.map(() => []);
    this.rects = new Map(words.map((finding, index) => [finding, rects[index] ?? []]));
    const whole = this.current.filter((finding) => !underlined(finding));
    const labels = overlay.renderBanner(whole, box);
    this.labels = new Map(whole.flatMap((finding, index) => (labels[index] ? [[finding, labels[index]] as const] : [])));
    // The card follows the finding: the current object for the same words.
    if (this.card) {
      const same = this.current.find((finding) => sameFinding(finding, this.card!.finding));
      if (same) this.card.finding = same;
    }
    overlay.renderMarks(
      words.map((finding) => ({ finding, rects: this.rects.get(finding)! })),
      this.card?.finding,
    );
    if (this.card) {
      const shown = this.anchorsOf(this.card.finding);
      if (shown?.length) overlay.showCard({ finding: this.card.finding, replaces: replaces(this.card.finding), rects: shown });
      else this.hideCard();
    }
  }

  /** Where a finding's card hangs from: its underlines, or its label. */
  private anchorsOf(finding: Finding): Rect[] | undefined {
    const label = this.labels.get(finding);
    return label ? [label] : this.rects.get(finding);
  }

  private showCard(finding: Finding, via: CardVia): void {
    const rects = this.anchorsOf(finding);
    if (!this.overlay || !rects?.length) return;
    this.card = { finding, via };
    this.overlay.showCard({ finding, replaces: replaces(finding), rects });
    this.overlay.renderMarks(
      [...this.rects].map(([each, boxes]) => ({ finding: each, rects: boxes })),
      finding,
    );
  }

  private hideCard(): void {
    this.cancelHoverHide();
    if (!this.card) return;
    this.card = undefined;
    this.overlay?.hideCard();
    this.overlay?.renderMarks(
      [...this.rects].map(([each, boxes]) => ({ finding: each, rects: boxes })),
      undefined,
    );
  }

  private destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.gate.cancel();
    this.cancelHoverHide();
    if (this.layoutFrame !== undefined) this.view.cancelAnimationFrame(this.layoutFrame);
    if (this.pointerFrame !== undefined) this.view.cancelAnimationFrame(this.pointerFrame);
    this.editorScope?.abort();
    this.overlay?.remove();
    this.overlay = undefined;
    this.editor = null;
  }
}
