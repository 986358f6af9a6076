// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { captureSelection, insertText } from '../../utils/editors';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('textarea strategy', () => {
  it('inserts at the caret and keeps the draft on both sides', () => {
    document.body.innerHTML = '<textarea>Hello world</textarea>';
    const box = document.querySelector('textarea')!;
    const result = insertText(box, 'dear ', { kind: 'text', start: 6, end: 6 });
    expect(result).toEqual({ ok: true, strategy: 'textarea' });
    expect(box.value).toBe('Hello dear world');
    expect([box.selectionStart, box.selectionEnd]).toEqual([11, 11]);
  });

  it('replaces the selected text', () => {
    document.body.innerHTML = '<textarea>您好,XXX,请稍等</textarea>';
    const box = document.querySelector('textarea')!;
    insertText(box, '王女士', { kind: 'text', start: 3, end: 6 });
    expect(box.value).toBe('您好,王女士,请稍等');
  });

  it('appends when the agent never placed a caret, and keeps line breaks', () => {
    document.body.innerHTML = '<textarea>Draft.</textarea>';
    const box = document.querySelector('textarea')!;
    insertText(box, '\n1. one\n2. two');
    expect(box.value).toBe('Draft.\n1. one\n2. two');
  });

  it('refuses a read-only field without touching it', () => {
    document.body.innerHTML = '<textarea readonly>keep</textarea>';
    const box = document.querySelector('textarea')!;
    expect(insertText(box, 'x').ok).toBe(false);
    expect(box.value).toBe('keep');
  });

  it('updates a React-controlled textarea through its onChange', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const seen: string[] = [];
    function Composer() {
      const [value, setValue] = useState('Hi ');
      return (
        <textarea
          value={value}
          onChange={(event) => {
            seen.push(event.target.value);
            setValue(event.target.value);
          }}
        />
      );
    }
    const root = createRoot(host);
    await act(async () => root.render(<Composer />));
    const box = host.querySelector('textarea')!;
    await act(async () => {
      insertText(box, 'there', { kind: 'text', start: 3, end: 3 });
    });
    expect(seen.at(-1)).toBe('Hi there');
    expect(box.value).toBe('Hi there');
    await act(async () => root.unmount());
  });
});

describe('contenteditable strategy', () => {
  it('inserts at the saved range, with <br> for line breaks, keeping the rest', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello world</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const text = editor.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 6);
    range.collapse(true);
    const result = insertText(editor, 'dear\nfriend ', { kind: 'range', range });
    expect(result.ok).toBe(true);
    expect(editor.textContent).toBe('Hello dearfriend world');
    expect(editor.querySelectorAll('br')).toHaveLength(1);
  });

  it('appends at the end when the saved range is gone from the editor', () => {
    document.body.innerHTML = '<div contenteditable="true">Draft</div><p id="elsewhere">x</p>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('elsewhere')!);
    insertText(editor, ' more', { kind: 'range', range });
    expect(editor.textContent).toBe('Draft more');
    expect(document.getElementById('elsewhere')!.textContent).toBe('x');
  });
});

describe('captureSelection', () => {
  it('remembers a textarea caret', () => {
    document.body.innerHTML = '<textarea>abcdef</textarea>';
    const box = document.querySelector('textarea')!;
    box.setSelectionRange(2, 4);
    expect(captureSelection(box)).toEqual({ kind: 'text', start: 2, end: 4 });
  });
});
