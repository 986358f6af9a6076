import type { EditorStrategy } from './types';

type TextField = HTMLTextAreaElement | HTMLInputElement;

function isTextField(element: HTMLElement): element is TextField {
  return (
    element.tagName === 'TEXTAREA' ||
    (element.tagName === 'INPUT' && ['text', 'search', ''].includes((element as HTMLInputElement).type))
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
  applies: isTextField,
  insert(element, text, selection) {
    if (!isTextField(element) || element.readOnly || element.disabled) return false;
    const before = element.value;
    const start = selection?.kind === 'text' ? Math.min(selection.start, before.length) : before.length;
    const end = selection?.kind === 'text' ? Math.min(Math.max(selection.end, start), before.length) : before.length;
    const expected = before.slice(0, start) + text + before.slice(end);

    element.focus({ preventScroll: true });
    element.setSelectionRange(start, end);
    // execCommand keeps the browser's own undo stack (Ctrl/Cmd+Z) intact; it is deprecated but
    // still the only way to do that in both engines.
    let done: boolean;
    try {
      done = element.ownerDocument.execCommand('insertText', false, text) && element.value === expected;
    } catch {
      done = false;
    }
    if (!done) {
      if (element.value !== before) return false; // something partial happened: don't pile on
      setValueLikeTyping(element, expected, text);
      if (element.value !== expected) return false;
    }
    const caret = start + text.length;
    element.setSelectionRange(caret, caret);
    return true;
  },
};
