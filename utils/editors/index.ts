import { ckeditor5Strategy } from './ckeditor5';
import { contentEditableStrategy } from './contenteditable';
import { editableRoot, offsetsOf, textOf } from './dom';
import { draftJsStrategy } from './draftjs';
import { throughFrames } from './iframe';
import { lexicalStrategy } from './lexical';
import { OVERRIDES } from './overrides';
import { proseMirrorStrategy } from './prosemirror';
import { quillStrategy } from './quill';
import { slateStrategy } from './slate';
import { isTextField, textareaStrategy } from './textarea';
import type { EditorStrategy, InsertOptions, InsertResult, Outcome, SavedSelection } from './types';

export type { EditorStrategy, InsertOptions, InsertResult, SavedSelection } from './types';
export type { PageWorld } from './page-world';
export { focusedEditable, focusedFrames } from './iframe';
export { connectPageWorld } from './page-world';

/**
 * Tried in this order; the first whose `detect` finds its editor handles the text (and if it
 * declines, the next one that detects one tries). Site overrides first, then specific editors by
 * their DOM signature, then the generic paths: contenteditable (execCommand) and text fields.
 */
export const STRATEGIES: readonly EditorStrategy[] = [
  ...OVERRIDES,
  ckeditor5Strategy,
  proseMirrorStrategy,
  draftJsStrategy,
  lexicalStrategy,
  slateStrategy,
  quillStrategy,
  contentEditableStrategy,
  textareaStrategy,
];

/** The strategy that would handle `element` first, and the editor root it found. */
export function detectEditor(element: HTMLElement): { strategy: EditorStrategy; root: HTMLElement } | null {
  const target = throughFrames(element);
  for (const strategy of STRATEGIES) {
    const root = strategy.detect(target);
    if (root) return { strategy, root };
  }
  return null;
}

/** The caret/selection inside `element` (or the editor in the iframe it is) right now, if it has one. */
export function captureSelection(element: HTMLElement): SavedSelection | undefined {
  const target = throughFrames(element);
  if (isTextField(target)) {
    const length = target.value.length;
    return { kind: 'text', start: target.selectionStart ?? length, end: target.selectionEnd ?? length };
  }
  const selection = target.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const root = editableRoot(target) ?? target;
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return undefined;
  return { kind: 'range', range: range.cloneRange(), ...offsetsOf(root, range) };
}

function contentOf(root: HTMLElement): string {
  return isTextField(root) ? root.value : textOf(root);
}

/**
 * Inserts `text` into the editor `element` is (or is in, or the iframe holding it) at `selection`
 * (where the agent's caret was), replacing what it selects and keeping the rest of the draft; then
 * puts the caret at `options.cursor` within the inserted text (default: after it).
 */
export async function insertText(
  element: HTMLElement,
  text: string,
  selection?: SavedSelection,
  options: InsertOptions = {},
): Promise<InsertResult> {
  const target = throughFrames(element);
  const cursor = options.cursor === undefined ? undefined : Math.max(0, Math.min(options.cursor, text.length));
  for (const strategy of STRATEGIES) {
    const root = strategy.detect(target);
    if (!root) continue;
    const before = contentOf(root);
    let outcome: Outcome;
    try {
      outcome = await strategy.insert(root, { text, selection, cursor, pageWorld: options.pageWorld });
    } catch {
      // A strategy that throws declined, unless it left something behind: then don't pile on.
      outcome = contentOf(root) === before ? 'declined' : 'failed';
    }
    if (outcome === 'inserted') return { ok: true, strategy: strategy.id };
    if (outcome === 'failed') return { ok: false, reason: `The reply box (${strategy.id}) did not take the text as expected.` };
  }
  return { ok: false, reason: 'The reply box did not accept the text.' };
}
