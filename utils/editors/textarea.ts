import type { EditorStrategy } from './types';

type TextField = HTMLTextAreaElement | HTMLInputElement;

const TEXT_INPUT_TYPES = ['text', 'search', 'email', 'url', ''];

export function isTextField(element: Element): element is TextField {
  return (
    element.tagName === 'TEXTAREA' ||
    (element.tagName === 'INPUT' && TEXT_INPUT_TYPES.includes((element as HTMLInputElement).type))
  );
}

/**
 * Sets a field's value through the prototype's setter so React's value tracker sees a real change,
 * then fires the input event frameworks listen for.
 */
function setValueLikeTyping(field: TextField, value: string, inserted: string) {
  const prototype = Object.getPrototypeOf(field) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  const view = field.ownerDocument.defaultView;
  const InputEventCtor = view?.InputEvent ?? view?.Event;
  if (InputEventCtor) {
    field.dispatchEvent(
      new InputEventCtor('input', { bubbles: true, inputType: 'insertText', data: inserted } as InputEventInit),
    );
  }
}

/** `<textarea>` and text `<input>`, including React-controlled ones. */
export const textareaStrategy: EditorStrategy = {
  id: 'textarea',
  detect: (element) => (isTextField(element) ? element : null),
  async insert(element, { text, selection, cursor }) {
    if (!isTextField(element) || element.readOnly || element.disabled) return 'declined';
    // A single-line input can't hold line breaks: they become spaces, as the browser does on paste.
    const value = element.tagName === 'INPUT' ? text.replace(/\r?\n/g, ' ') : text;
    const before = element.value;
    const start = selection?.kind === 'text' ? Math.min(selection.start, before.length) : before.length;
    const end = selection?.kind === 'text' ? Math.min(Math.max(selection.end, start), before.length) : before.length;
    const expected = before.slice(0, start) + value + before.slice(end);

    element.focus({ preventScroll: true });
    element.setSelectionRange(start, end);
    // execCommand keeps the browser's own undo stack (Ctrl/Cmd+Z) intact and fires the input
    // events frameworks listen to; deprecated, but still the only way to do both in every engine.
    let done: boolean;
    try {
      done = element.ownerDocument.execCommand('insertText', false, value) && element.value === expected;
    } catch {
      done = false;
    }
    if (!done) {
      if (element.value !== before) return 'failed'; // something partial happened: don't pile on
      setValueLikeTyping(element, expected, value);
      if (element.value !== expected) return 'failed';
    }
    const caret = start + Math.min(cursor ?? value.length, value.length);
    element.setSelectionRange(caret, caret);
    return 'inserted';
  },
};
