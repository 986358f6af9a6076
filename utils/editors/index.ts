import { contentEditableStrategy } from './contenteditable';
import { textareaStrategy } from './textarea';
import type { EditorStrategy, InsertResult, SavedSelection } from './types';

export type { EditorStrategy, InsertResult, SavedSelection } from './types';

/** Tried in this order; the first that applies and takes the text wins. */
export const STRATEGIES: readonly EditorStrategy[] = [textareaStrategy, contentEditableStrategy];

export function isEditable(element: Element | null): element is HTMLElement {
  return element !== null && STRATEGIES.some((strategy) => strategy.applies(element as HTMLElement));
}

/** The caret/selection inside `element` right now, if it has one. */
export function captureSelection(element: HTMLElement): SavedSelection | undefined {
  if (element.tagName === 'TEXTAREA' || element.tagName === 'INPUT') {
    const field = element as HTMLTextAreaElement;
    return { kind: 'text', start: field.selectionStart ?? field.value.length, end: field.selectionEnd ?? field.value.length };
  }
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return undefined;
  return { kind: 'range', range: range.cloneRange() };
}

export function insertText(element: HTMLElement, text: string, selection?: SavedSelection): InsertResult {
  for (const strategy of STRATEGIES) {
    if (!strategy.applies(element)) continue;
    try {
      if (strategy.insert(element, text, selection)) return { ok: true, strategy: strategy.id };
    } catch {
      // A strategy that throws is treated like one that declined.
    }
  }
  return { ok: false, reason: 'The reply box did not accept the text.' };
}
