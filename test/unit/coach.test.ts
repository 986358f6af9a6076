// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftCoach, HOST_TAG, type CoachLabels } from '../../utils/coach';
import { IdleGate, type Timers } from '../../utils/coach/gate';
import { insertText } from '../../utils/editors';
import { scanRoots } from '../../utils/sites/generic/dom';
import { lintDraft, type Finding } from '../../utils/lint';

const NOW = new Date('2026-11-23T10:00:00');
const LABELS: CoachLabels = {
  title: (finding) => finding.rule,
  advice: 'Try saying:',
  hintReplace: 'Alt+Enter replaces · Esc closes',
  hintClose: 'Esc closes',
  replaceWith: (suggestion) => `Replace with ${suggestion}`,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Timers that run only when told: the gate's decisions, without waiting. */
function manualTimers() {
  let clock = 0;
  const queue = new Map<number, { at: number; run: () => void }>();
  let ids = 0;
  const timers: Timers = {
    setTimeout(run, ms) {
      queue.set(++ids, { at: clock + ms, run });
      return ids;
    },
    clearTimeout(id) {
      if (id !== undefined) queue.delete(id);
    },
  };
  const advance = (ms: number) => {
    clock += ms;
    for (const [id, timer] of [...queue].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > clock) continue;
      queue.delete(id);
      timer.run();
    }
  };
  return { timers, advance };
}

describe('IdleGate', () => {
  it('runs once the draft has been quiet for the delay, however many changes came before', () => {
    const { timers, advance } = manualTimers();
    const run = vi.fn();
    const gate = new IdleGate(timers, 120, run);
    gate.poke();
    advance(100);
    gate.poke();
    advance(100);
    expect(run).not.toHaveBeenCalled();
    advance(20);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs inside an IME composition; its end counts as a change', () => {
    const { timers, advance } = manualTimers();
    const run = vi.fn();
    const gate = new IdleGate(timers, 120, run);
    gate.poke();
    gate.compositionStart();
    gate.poke(); // input events during the composition
    advance(1000);
    expect(run).not.toHaveBeenCalled();
    gate.flush();
    expect(run).not.toHaveBeenCalled();
    gate.compositionEnd();
    advance(119);
    expect(run).not.toHaveBeenCalled();
    advance(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('flushes a due lint at once (before findings are read)', () => {
    const { timers } = manualTimers();
    const run = vi.fn();
    const gate = new IdleGate(timers, 120, run);
    gate.flush();
    expect(run).not.toHaveBeenCalled();
    gate.poke();
    gate.flush();
    expect(run).toHaveBeenCalledTimes(1);
    expect(gate.pending).toBe(false);
  });
});

describe('DraftCoach', () => {
  let controller: AbortController;
  let lint: ReturnType<typeof vi.fn<(text: string) => Finding[]>>;
  let published: Finding[][];

  beforeEach(() => {
    controller = new AbortController();
    lint = vi.fn((text: string) => lintDraft(text, { now: NOW, uiLanguage: 'en' }));
    published = [];
  });
  afterEach(() => {
    controller.abort();
    document.body.innerHTML = '';
  });

  const coach = () =>
    new DraftCoach(document, {
      signal: controller.signal,
      lint,
      insert: (editor, text, selection) => insertText(editor, text, selection),
      onFindings: (findings) => published.push([...findings]),
      labels: LABELS,
    });

  function textarea(value: string): HTMLTextAreaElement {
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    const field = document.getElementById('reply') as HTMLTextAreaElement;
    field.value = value;
    return field;
  }

  const type = (field: HTMLTextAreaElement, value: string, isComposing = false) => {
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing }));
  };

  it('lints the reply box when it starts watching, and after the agent pauses (≤ 150 ms)', async () => {
    const field = textarea('Hello');
    const draftCoach = coach();
    draftCoach.watch(field);
    expect(lint).toHaveBeenCalledTimes(1);
    expect(published).toEqual([]); // no findings, nothing changed

    type(field, 'We will refund you s');
    type(field, 'We will refund you so');
    type(field, 'We will refund you soon.');
    expect(lint).toHaveBeenCalledTimes(1);
    await sleep(160);
    expect(lint).toHaveBeenCalledTimes(2);
    expect(lint).toHaveBeenLastCalledWith('We will refund you soon.');
    expect(published.at(-1)!.map((finding) => finding.text)).toEqual(['soon']);
    expect(draftCoach.findings().map((finding) => finding.rule)).toEqual(['vague-time']);
  });

  it('does not lint half-composed text (IME), and lints once the composition ends', async () => {
    const field = textarea('');
    coach().watch(field);
    lint.mockClear();

    field.dispatchEvent(new Event('compositionstart', { bubbles: true }));
    type(field, '我们会尽快 chu', true);
    type(field, '我们会尽快 chuli', true);
    await sleep(200);
    expect(lint).not.toHaveBeenCalled();

    field.value = '我们会尽快处理';
    field.dispatchEvent(new Event('compositionend', { bubbles: true }));
    await sleep(160);
    expect(lint).toHaveBeenCalledTimes(1);
    expect(lint).toHaveBeenCalledWith('我们会尽快处理');
  });

  it('puts the suggestion in place of exactly the flagged words in a textarea', async () => {
    const field = textarea('Hi Ann,\nwe will refund you soon. It will probably arrive tomorrow.');
    const draftCoach = coach();
    draftCoach.watch(field);
    const [vague] = draftCoach.findings();
    expect(vague).toMatchObject({ rule: 'vague-time', text: 'soon' });

    const result = await draftCoach.apply(vague!, 1);
    expect(result).toEqual({ ok: true, strategy: 'textarea' });
    expect(field.value).toBe(`Hi Ann,\nwe will refund you ${vague!.suggestions[1]}. It will probably arrive tomorrow.`);
    // Linted again at once: the vague time is gone, the hedge stays.
    expect(draftCoach.findings().map((finding) => finding.rule)).toEqual(['hedge']);
    expect(published.at(-1)!.map((finding) => finding.rule)).toEqual(['hedge']);
  });

  it('puts the suggestion in place of exactly the flagged words in a contenteditable editor', async () => {
    document.body.innerHTML =
      '<div id="editor" contenteditable="true"><p>Hi Ann, we will refund you <b>soon</b>.</p><p>It will probably arrive tomorrow.</p></div>';
    const editor = document.getElementById('editor')!;
    const draftCoach = coach();
    draftCoach.watch(editor);
    const vague = draftCoach.findings().find((finding) => finding.rule === 'vague-time')!;

    const result = await draftCoach.apply(vague);
    expect(result.ok).toBe(true);
    const paragraphs = [...editor.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual([`Hi Ann, we will refund you ${vague.suggestions[0]}.`, 'It will probably arrive tomorrow.']);
  });

  it("follows a rich editor's text when it changes without input events (its own undo, a send)", async () => {
    document.body.innerHTML = '<div id="editor" contenteditable="true"><p>Hello</p></div>';
    const editor = document.getElementById('editor')!;
    const draftCoach = coach();
    draftCoach.watch(editor);
    expect(draftCoach.findings()).toEqual([]);
    editor.innerHTML = '<p>We will refund you soon.</p>';
    await sleep(200);
    expect(lint).toHaveBeenLastCalledWith('We will refund you soon.');
    expect(published.at(-1)!.map((finding) => finding.text)).toEqual(['soon']);
    editor.innerHTML = '<p><br></p>';
    await sleep(200);
    expect(published.at(-1)).toEqual([]);
  });

  it('refuses a finding whose words are no longer in the draft', async () => {
    const field = textarea('We will refund you soon.');
    const draftCoach = coach();
    draftCoach.watch(field);
    const [vague] = draftCoach.findings();
    field.value = 'We will refund you today.';
    const result = await draftCoach.apply(vague!);
    expect(result.ok).toBe(false);
    expect(field.value).toBe('We will refund you today.');
  });

  it('applies the first replacement with Alt+Enter when the caret sits in the words', async () => {
    const field = textarea('We will refund you soon.');
    const draftCoach = coach();
    draftCoach.watch(field);
    const [vague] = draftCoach.findings();
    field.focus();
    field.setSelectionRange(21, 21); // so|on
    const key = new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true, cancelable: true });
    field.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(true);
    await sleep(50);
    expect(field.value).toBe(`We will refund you ${vague!.suggestions[0]}.`);
  });

  it('leaves Alt+Enter to the page when the caret is elsewhere', () => {
    const field = textarea('We will refund you soon.');
    coach().watch(field);
    field.focus();
    field.setSelectionRange(3, 3);
    const key = new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true, cancelable: true });
    field.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(false);
    expect(field.value).toBe('We will refund you soon.');
  });

  it('clears its findings when the reply box goes, and its overlay when the content script ends', () => {
    const field = textarea('We will refund you soon.');
    const draftCoach = coach();
    draftCoach.watch(field);
    expect(document.querySelector(HOST_TAG)?.shadowRoot).toBeTruthy();
    draftCoach.watch(null);
    expect(published.at(-1)).toEqual([]);
    controller.abort();
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('keeps its overlay out of what the page reader reads', () => {
    const field = textarea('We will refund you soon.');
    coach().watch(field);
    const host = document.querySelector(HOST_TAG)!;
    expect(host.shadowRoot).toBeTruthy();
    expect(scanRoots(document).map(({ root }) => root)).not.toContain(host.shadowRoot);
  });

  it('never lets an exception reach the page', async () => {
    const field = textarea('');
    lint.mockImplementation(() => {
      throw new Error('boom');
    });
    const draftCoach = coach();
    expect(() => draftCoach.watch(field)).not.toThrow();
    type(field, 'soon');
    await sleep(160);
    expect(draftCoach.findings()).toEqual([]);
  });
});
