import type { PageWorld } from './page-world';

/**
 * Where the agent's caret was in an editor, remembered while focus is elsewhere (the side panel).
 * A `range` also keeps its character offsets in the editor's text, so the caret survives an editor
 * re-rendering the nodes the range pointed into.
 */
export type SavedSelection =
  { kind: 'text'; start: number; end: number } | { kind: 'range'; range: Range; start?: number; end?: number };

export interface InsertOptions {
  /** Where the caret goes afterwards, as an offset into the inserted text (a template's `{{cursor}}`). */
  cursor?: number;
  /** The page-world half of the content script; strategies that need the page's own JS go through it. */
  pageWorld?: PageWorld;
}

/** What one strategy did: took the text, left the editor untouched (next one tries), or broke off. */
export type Outcome = 'inserted' | 'declined' | 'failed';

export interface InsertRequest {
  text: string;
  selection: SavedSelection | undefined;
  cursor: number | undefined;
  pageWorld: PageWorld | undefined;
}

export interface EditorStrategy {
  id: string;
  /** The editor root this strategy knows `element` (the focused node, or a composer) to be in, else null. */
  detect(element: HTMLElement): HTMLElement | null;
  /**
   * Inserts the text at the saved selection (the end when there is none), replacing a selected range
   * and keeping everything else, through a path the editor's own model observes, then checks the
   * editor shows it. 'declined' promises the editor was left as it was.
   */
  insert(root: HTMLElement, request: InsertRequest): Promise<Outcome>;
}

export type InsertResult = { ok: true; strategy: string } | { ok: false; reason: string };
