// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PageReader } from '../../utils/page-reader';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Puts the caret at `offset` in the first text of `element`, focused, as a click would. */
function caretIn(element: HTMLElement, offset: number) {
  element.focus();
  const range = document.createRange();
  range.setStart(element.querySelector('p')?.firstChild ?? element.firstChild!, offset);
  range.collapse(true);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

describe('PageReader on a page no adapter knows: the last editor the agent focused', () => {
  it('follows the agent from one editor to another and inserts at the caret left there', async () => {
    document.body.innerHTML =
      '<div id="note" contenteditable="true"><p>Internal note</p></div><div id="reply" contenteditable="true"><p>Hello world</p></div><button id="elsewhere">x</button>';
    const reader = new PageReader(document, []);
    caretIn(document.getElementById('note')!, 8);
    reader.noteSelection();
    caretIn(document.getElementById('reply')!, 6);
    reader.noteSelection();
    expect(reader.composer()?.id).toBe('reply');

    // Focus moves away (the side panel); the page's selection may go with it.
    document.getElementById('elsewhere')!.focus();
    document.getSelection()!.removeAllRanges();
    reader.noteSelection();
    expect(reader.composer()?.id).toBe('reply');

    expect(await reader.insert('dear ')).toEqual({ ok: true, strategy: 'contenteditable' });
    expect(document.getElementById('reply')!.textContent).toBe('Hello dear world');
    expect(document.getElementById('note')!.textContent).toBe('Internal note');
  });

  it('ignores focus on things that are not editors', () => {
    document.body.innerHTML = '<button id="b">x</button><div contenteditable="false" id="c">y</div>';
    const reader = new PageReader(document, []);
    document.getElementById('b')!.focus();
    reader.noteSelection();
    expect(reader.composer()).toBeNull();
  });

  it('passes {{cursor}} through to the editor', async () => {
    document.body.innerHTML = '<textarea id="box">Hi</textarea>';
    const box = document.getElementById('box') as HTMLTextAreaElement;
    const reader = new PageReader(document, []);
    box.focus();
    box.setSelectionRange(2, 2);
    reader.noteSelection();
    await reader.insert(' Dear , thanks', { cursor: 6 });
    expect(box.value).toBe('Hi Dear , thanks');
    expect(box.selectionStart).toBe(8);
  });
});
