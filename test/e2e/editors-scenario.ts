import { expect } from 'vitest';
import type { InsertResult } from '../../utils/editors';
import type { EditorPage } from './editors/build';

/**
 * Insertion into every editor test page, written once for both browsers. Text goes in through the
 * extension exactly as the side panel sends it ('deskmate:insert-text' to the tab's content script);
 * the page's Submit handler reads the editor's own model; Ctrl+Z is pressed like an agent would.
 */
export interface EditorTab {
  goto(url: string): Promise<void>;
  click(selector: string): Promise<void>;
  type(text: string): Promise<void>;
  /** A key or chord in Playwright's notation ('ArrowLeft', 'Shift+ArrowLeft', 'Control+z'), `times` times. */
  press(key: string, times?: number): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  waitFor(selector: string): Promise<void>;
  /** Resolves once this tab's content script answers a ping (it starts at document_idle). */
  contentScript(): Promise<void>;
  /** Sends 'deskmate:insert-text' to this tab's content script, as the side panel does. */
  insert(text: string, cursor?: number): Promise<InsertResult>;
}

/** What to click to put the caret in each page's editor. */
export const EDITOR_SELECTORS: Record<EditorPage, string> = {
  textarea: 'textarea',
  contenteditable: '#editor',
  iframe: '#editor-frame',
  prosemirror: '.ProseMirror',
  tiptap: '.tiptap',
  ckeditor5: '.ck-editor__editable',
  'ckeditor5-api': '.ck-editor__editable',
  draftjs: '.public-DraftEditor-content',
  quill1: '.ql-editor',
  quill2: '.ql-editor',
  slate: '[data-slate-editor="true"]',
  lexical: '[data-lexical-editor="true"]',
};

/** The strategy each page is expected to be handled by. */
export const EXPECTED_STRATEGY: Record<EditorPage, string> = {
  textarea: 'textarea',
  contenteditable: 'contenteditable',
  iframe: 'contenteditable',
  prosemirror: 'prosemirror',
  tiptap: 'prosemirror',
  ckeditor5: 'ckeditor5',
  'ckeditor5-api': 'ckeditor5',
  draftjs: 'draftjs',
  quill1: 'quill',
  quill2: 'quill',
  slate: 'slate',
  lexical: 'lexical',
};

/**
 * Quill 2's history folds edits less than `history.delay` (1 s) apart into one undo step, and only
 * its own keyboard handlers (Enter, …) cut that off; its instance is out of our reach (no
 * `__quill`), so an insert right after typing is undone together with that typing. An agent who
 * just switched to the side panel is slower than that; the test waits as long.
 */
const PAUSE_AFTER_TYPING_MS: Partial<Record<EditorPage, number>> = { quill2: 1100 };

/**
 * slate-react moves its own caret on arrow keys, but learns of native moves (Home, End) from
 * selectionchange, throttled to 100 ms: arrows pressed sooner after Home start from where the caret
 * was before. Nothing to do with insertion; a human's keystrokes are further apart.
 */
const PAUSE_AFTER_HOME_END_MS: Partial<Record<EditorPage, number>> = { slate: 150 };

/** Compared as JSON so that a failure shows the whole result (which strategy, or the reason). */
async function expectInserted(result: Promise<InsertResult>, strategy: string, step: string): Promise<void> {
  expect(JSON.stringify(await result), step).toBe(JSON.stringify({ ok: true, strategy }));
}

/**
 * What one Ctrl+Z leaves when the text went in right where the agent had just typed (step 6):
 * everywhere else only the insertion goes. slate-history joins an insertion that continues the
 * previous one at the same spot into the same undo batch, whatever the time between them — a real
 * Ctrl+V there does the same — and Slate's editor object, where `HistoryEditor.withNewBatch` lives,
 * is out of reach of any script (it sits in slate-react's module-private WeakMaps).
 */
const UNDO_AFTER_TYPING: Partial<Record<EditorPage, string>> = { slate: 'Hello world Dear Ann,\nthanks' };

async function submitted(tab: EditorTab): Promise<string> {
  // Clicked from script, not the mouse: focus and caret stay in the editor, as between real steps.
  return tab.evaluate(() => {
    document.getElementById('submit')!.click();
    return document.getElementById('submitted')!.textContent ?? '';
  }, undefined);
}

/** Waits (2 s at most) until the page's Submit handler reads `expected` from the editor's own model. */
export async function expectModel(tab: EditorTab, expected: string, step: string): Promise<void> {
  const deadline = Date.now() + 2000;
  let text = await submitted(tab);
  while (text !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    text = await submitted(tab);
  }
  expect(text, step).toBe(expected);
}

export async function runEditorScenario(tab: EditorTab, origin: string, page: EditorPage): Promise<void> {
  const strategy = EXPECTED_STRATEGY[page];
  const editor = EDITOR_SELECTORS[page];
  const press = async (key: string, times?: number) => {
    await tab.press(key, times);
    const pause = key === 'Home' || key === 'End' ? PAUSE_AFTER_HOME_END_MS[page] : undefined;
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
  };
  await tab.goto(`${origin}/${page}.html`);
  await tab.waitFor('body[data-ready="true"]');
  await tab.waitFor(editor);
  await tab.contentScript();
  await tab.click(editor);

  // 1. An empty editor; one undo empties it again.
  await expectInserted(tab.insert('Hi there'), strategy, 'insert into the empty editor');
  await expectModel(tab, 'Hi there', 'empty editor: the model has the text');
  if (page === 'ckeditor5-api') {
    // The paste was tried and swallowed: the text came through the model API.
    expect(await tab.evaluate(() => document.body.dataset.swallowedPastes, undefined)).toBe('1');
  }
  await press('Control+z');
  await expectModel(tab, '', 'empty editor: one Ctrl+Z removes it');

  // 2. Mid-draft: the caret between the words the agent typed.
  await tab.type('Hello world');
  const pause = PAUSE_AFTER_TYPING_MS[page];
  if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
  await press('ArrowLeft', 5);
  await expectInserted(tab.insert('dear '), strategy, 'insert mid-draft');
  await expectModel(tab, 'Hello dear world', 'mid-draft: text at the caret, draft on both sides');
  await press('Control+z');
  await expectModel(tab, 'Hello world', 'mid-draft: one Ctrl+Z removes the insertion, the draft stays');

  // 3. A selected word is replaced.
  await press('End');
  await press('Shift+ArrowLeft', 5);
  await expectInserted(tab.insert('team'), strategy, 'replace the selection');
  await expectModel(tab, 'Hello team', 'selection: replaced');
  await press('Control+z');
  await expectModel(tab, 'Hello world', 'selection: one Ctrl+Z brings the word back');

  // 4. Line breaks survive, mid-line.
  await press('Home');
  await press('ArrowRight', 6);
  await expectInserted(tab.insert('one\ntwo\n'), strategy, 'insert lines');
  await expectModel(tab, 'Hello one\ntwo\nworld', 'line breaks: each line on its own line in the model');
  await press('Control+z');
  await expectModel(tab, 'Hello world', 'line breaks: one Ctrl+Z removes all lines');

  // 5. {{cursor}}: the caret lands inside the inserted text (a line above its end); the agent types on there.
  await press('End');
  const template = ' Dear ,\nthanks';
  await expectInserted(tab.insert(template, template.indexOf(',')), strategy, '{{cursor}}: insert');
  await tab.type('Ann');
  await expectModel(tab, 'Hello world Dear Ann,\nthanks', '{{cursor}}: typing continues at the cursor');

  // 6. Right where the agent just typed (the caret not moved since), a moment later — as after
  // picking a template in the panel.
  await press('Control+End');
  await tab.type(' Bye');
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await expectInserted(tab.insert('!'), strategy, 'after typing: insert');
  await expectModel(tab, 'Hello world Dear Ann,\nthanks Bye!', 'after typing: inserted');
  await tab.press('Control+z');
  await expectModel(tab, UNDO_AFTER_TYPING[page] ?? 'Hello world Dear Ann,\nthanks Bye', 'after typing: what one Ctrl+Z takes');
}
