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
  it('inserts at the caret and keeps the draft on both sides', async () => {
    document.body.innerHTML = '<textarea>Hello world</textarea>';
    const box = document.querySelector('textarea')!;
    const result = await insertText(box, 'dear ', { kind: 'text', start: 6, end: 6 });
    expect(result).toEqual({ ok: true, strategy: 'textarea' });
    expect(box.value).toBe('Hello dear world');
    expect([box.selectionStart, box.selectionEnd]).toEqual([11, 11]);
  });

  it('replaces the selected text', async () => {
    document.body.innerHTML = '<textarea>您好,XXX,请稍等</textarea>';
    const box = document.querySelector('textarea')!;
    await insertText(box, '王女士', { kind: 'text', start: 3, end: 6 });
    expect(box.value).toBe('您好,王女士,请稍等');
  });

  it('appends when the agent never placed a caret, and keeps line breaks', async () => {
    document.body.innerHTML = '<textarea>Draft.</textarea>';
    const box = document.querySelector('textarea')!;
    await insertText(box, '\n1. one\n2. two');
    expect(box.value).toBe('Draft.\n1. one\n2. two');
  });

  it('puts the caret at {{cursor}} within the inserted text', async () => {
    document.body.innerHTML = '<textarea>Hi</textarea>';
    const box = document.querySelector('textarea')!;
    await insertText(box, ' Dear , thanks', { kind: 'text', start: 2, end: 2 }, { cursor: 6 });
    expect(box.value).toBe('Hi Dear , thanks');
    expect([box.selectionStart, box.selectionEnd]).toEqual([8, 8]);
  });

  it('turns line breaks into spaces in a single-line input', async () => {
    document.body.innerHTML = '<input type="text" value="Re: ">';
    const field = document.querySelector('input')!;
    await insertText(field, 'refund\nstatus');
    expect(field.value).toBe('Re: refund status');
  });

  it('refuses a read-only field without touching it', async () => {
    document.body.innerHTML = '<textarea readonly>keep</textarea>';
    const box = document.querySelector('textarea')!;
    expect((await insertText(box, 'x')).ok).toBe(false);
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
      await insertText(box, 'there', { kind: 'text', start: 3, end: 3 });
    });
    expect(seen.at(-1)).toBe('Hi there');
    expect(box.value).toBe('Hi there');
    await act(async () => root.unmount());
  });
});

describe('contenteditable strategy', () => {
  it('inserts at the saved range, with <br> for line breaks, keeping the rest', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello world</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const text = editor.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 6);
    range.collapse(true);
    const result = await insertText(editor, 'dear\nfriend ', { kind: 'range', range });
    expect(result.ok).toBe(true);
    expect(editor.textContent).toBe('Hello dearfriend world');
    expect(editor.querySelectorAll('br')).toHaveLength(1);
  });

  it('appends at the end when the saved range is gone from the editor', async () => {
    document.body.innerHTML = '<div contenteditable="true">Draft</div><p id="elsewhere">x</p>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('elsewhere')!);
    await insertText(editor, ' more', { kind: 'range', range });
    expect(editor.textContent).toBe('Draft more');
    expect(document.getElementById('elsewhere')!.textContent).toBe('x');
  });

  it('falls back to the saved offsets when the editor re-rendered the nodes the range pointed into', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello world</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const range = document.createRange();
    range.setStart(editor.querySelector('p')!.firstChild!, 6);
    range.collapse(true);
    const saved = { kind: 'range' as const, range, start: 6, end: 6 };
    editor.innerHTML = '<p>Hello world</p>'; // as a framework re-render would
    await insertText(editor, 'dear ', saved);
    expect(editor.textContent).toBe('Hello dear world');
  });
});

describe('captureSelection', () => {
  it('remembers a textarea caret', () => {
    document.body.innerHTML = '<textarea>abcdef</textarea>';
    const box = document.querySelector('textarea')!;
    box.setSelectionRange(2, 4);
    expect(captureSelection(box)).toEqual({ kind: 'text', start: 2, end: 4 });
  });

  it('remembers a range in a rich editor with its offsets in the editor text, skipping placeholders', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p><span contenteditable="false">Type…</span>Hello</p><p>world</p></div>';
    const editor = document.querySelector<HTMLElement>('div[contenteditable]')!;
    const range = document.createRange();
    range.setStart(editor.querySelectorAll('p')[1]!.firstChild!, 1);
    range.setEnd(editor.querySelectorAll('p')[1]!.firstChild!, 3);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(captureSelection(editor)).toMatchObject({ kind: 'range', start: 6, end: 8 });
  });
});
