/** Where the agent's caret was in an editor, remembered while focus is elsewhere (the side panel). */
export type SavedSelection = { kind: 'text'; start: number; end: number } | { kind: 'range'; range: Range };

export interface EditorStrategy {
  id: string;
  /** Whether this strategy knows the editor `element` is (or is inside). */
  applies(element: HTMLElement): boolean;
  /**
   * Inserts `text` at the saved selection (or the end when there is none), replacing a selected
   * range, keeping everything else. Returns false when the editor did not take the text, so the
   * next strategy can try; it must not leave a half-inserted text behind.
   */
  insert(element: HTMLElement, text: string, selection: SavedSelection | undefined): boolean;
}

export type InsertResult = { ok: true; strategy: string } | { ok: false; reason: string };
