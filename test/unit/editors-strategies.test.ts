// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ckeditorHtml } from '../../utils/editors/ckeditor5';
import { detectEditor, insertText, STRATEGIES, type PageWorld } from '../../utils/editors';
import { OVERRIDES } from '../../utils/editors/overrides';
import { connectPageWorld, type BridgeRequest } from '../../utils/editors/page-world';
import { serveEditorBridge } from '../../utils/editors/page-world-serve';
import { proseMirrorHtml } from '../../utils/editors/prosemirror';

const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

afterEach(() => {
  document.body.innerHTML = '';
  happyDOM.setURL('http://localhost:3000/');
});

/** Each editor as its npm package renders it (trimmed to the attributes detection reads). */
const MARKUP: [name: string, html: string, strategy: string][] = [
  ['textarea', '<textarea id="focus"></textarea>', 'textarea'],
  ['text input', '<input id="focus" type="text">', 'textarea'],
  ['plain contenteditable', '<div id="focus" contenteditable="true"><p>x</p></div>', 'contenteditable'],
  ['ProseMirror', '<div id="focus" class="ProseMirror" contenteditable="true"><p>x</p></div>', 'prosemirror'],
  ['TipTap', '<div class="tiptap ProseMirror" contenteditable="true"><p id="focus">x</p></div>', 'prosemirror'],
  [
    'CKEditor 5',
    '<div class="ck ck-editor"><div id="focus" class="ck ck-content ck-editor__editable ck-rounded-corners" contenteditable="true" role="textbox"><p>x</p></div></div>',
    'ckeditor5',
  ],
  [
    'Draft.js',
    '<div class="DraftEditor-root"><div id="focus" class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox"><div data-contents="true"><div data-block="true"><span data-text="true">x</span></div></div></div></div>',
    'draftjs',
  ],
  ['Quill 2', '<div class="ql-container"><div id="focus" class="ql-editor" contenteditable="true"><p>x</p></div></div>', 'quill'],
  [
    'Quill 1',
    '<div class="ql-container"><div id="focus" class="ql-editor" contenteditable="true"><p>x</p></div><div class="ql-clipboard" contenteditable="true"></div></div>',
    'quill',
  ],
  ['Slate', '<div id="focus" data-slate-editor="true" data-slate-node="value" contenteditable="true"><p>x</p></div>', 'slate'],
  ['Lexical', '<div id="focus" data-lexical-editor="true" contenteditable="true"><p dir="auto">x</p></div>', 'lexical'],
];

describe('detection', () => {
  it.each(MARKUP)('%s → %s… strategy', (_name, html, strategy) => {
    document.body.innerHTML = html;
    expect(detectEditor(document.getElementById('focus')!)?.strategy.id).toBe(strategy);
  });

  it('finds the editor inside a wrapper an adapter calls its composer', () => {
    document.body.innerHTML = '<form id="reply"><div class="ProseMirror" contenteditable="true"><p>x</p></div></form>';
    const found = detectEditor(document.getElementById('reply')!);
    expect(found?.strategy.id).toBe('prosemirror');
    expect(found?.root.className).toBe('ProseMirror');
  });

  it('tries site overrides first, specific editors next, contenteditable and text fields last', () => {
    const ids = STRATEGIES.map((strategy) => strategy.id);
    expect(ids.slice(0, OVERRIDES.length)).toEqual(OVERRIDES.map((override) => override.id));
    expect(ids.slice(-2)).toEqual(['contenteditable', 'textarea']);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('site overrides', () => {
  const ckeditor = '<div id="focus" class="ck-editor__editable" contenteditable="true"><p>x</p></div>';

  it("routes Zendesk's CKEditor 5 composer to the model API override", () => {
    happyDOM.setURL('https://acme.zendesk.com/agent/tickets/1042');
    document.body.innerHTML = ckeditor;
    expect(detectEditor(document.getElementById('focus')!)?.strategy.id).toBe('override:zendesk-ckeditor5');
  });

  it('leaves CKEditor 5 elsewhere (and look-alike hosts) to the generic strategy', () => {
    for (const url of ['https://example.com/', 'https://zendesk.com.evil.test/']) {
      happyDOM.setURL(url);
      document.body.innerHTML = ckeditor;
      expect(detectEditor(document.getElementById('focus')!)?.strategy.id).toBe('ckeditor5');
    }
  });

  it('sends the Zendesk override straight to the page world as a ckeditor5 operation', async () => {
    happyDOM.setURL('https://acme.zendesk.com/agent/tickets/1042');
    document.body.innerHTML = ckeditor;
    const seen: BridgeRequest[] = [];
    const pageWorld: PageWorld = {
      async run(target, request) {
        seen.push(request);
        target.querySelector('p')!.textContent = 'xHi';
        return { ok: true };
      },
    };
    const editor = document.getElementById('focus')!;
    expect(await insertText(editor, 'Hi', undefined, { pageWorld })).toEqual({
      ok: true,
      strategy: 'override:zendesk-ckeditor5',
    });
    expect(seen).toEqual([{ op: 'ckeditor5', html: '<p>Hi</p>' }]);
  });
});

describe('falling through the order', () => {
  const proseMirror = () => {
    document.body.innerHTML = '<div class="ProseMirror" contenteditable="true"><p>Hello</p></div>';
    return document.querySelector<HTMLElement>('.ProseMirror')!;
  };

  it('uses the paste a page-world editor handled, after checking the editor shows the text', async () => {
    const editor = proseMirror();
    const pageWorld: PageWorld = {
      async run(target, request) {
        expect(request).toMatchObject({ op: 'paste', text: ' there' });
        target.querySelector('p')!.textContent = 'Hello there';
        return { ok: true, handled: true };
      },
    };
    expect(await insertText(editor, ' there', undefined, { pageWorld })).toEqual({ ok: true, strategy: 'prosemirror' });
  });

  it('falls back to contenteditable when there is no page world (its injection was blocked)', async () => {
    const editor = proseMirror();
    expect(await insertText(editor, ' there')).toEqual({ ok: true, strategy: 'contenteditable' });
    expect(editor.textContent).toBe('Hello there');
  });

  it('falls back when the editor ignored the paste, without inserting twice', async () => {
    const editor = proseMirror();
    const pageWorld: PageWorld = { run: async () => ({ ok: true, handled: false }) };
    expect(await insertText(editor, ' there', undefined, { pageWorld })).toEqual({ ok: true, strategy: 'contenteditable' });
    expect(editor.textContent).toBe('Hello there');
  });

  it('stops and reports when an editor took the text only partly', async () => {
    const editor = proseMirror();
    const pageWorld: PageWorld = {
      async run(target) {
        target.querySelector('p')!.textContent = 'Hello one';
        return { ok: true, handled: true };
      },
    };
    const result = await insertText(editor, ' one\ntwo', undefined, { pageWorld });
    expect(result.ok).toBe(false);
    expect(editor.textContent).toBe('Hello one');
  });
});

describe('text conversions', () => {
  it.each([
    ['dear ', '<p data-pm-slice="1 1 []">dear </p>'],
    ['a\n\nb <c>', '<p data-pm-slice="1 1 []">a</p><p></p><p>b &lt;c&gt;</p>'],
  ])('ProseMirror clipboard HTML for %j', (text, html) => {
    expect(proseMirrorHtml(text)).toBe(html);
  });

  it.each([
    ['dear ', '<p>dear&nbsp;</p>'],
    ['one\ntwo', '<p>one<br>two</p>'],
    ['one\n\ntwo  three', '<p>one</p><p>two &nbsp;three</p>'],
  ])('CKEditor 5 HTML for %j', (text, html) => {
    expect(ckeditorHtml(text)).toBe(html);
  });
});

describe('page-world bridge', () => {
  const connect = () => {
    const channel = `test-${Math.random()}`;
    serveEditorBridge(window as Window & typeof globalThis, channel);
    return connectPageWorld(document, channel, Promise.resolve(true));
  };

  it('dispatches a paste whose data the page can read, and reports whether it was handled', async () => {
    document.body.innerHTML = '<div id="editor" contenteditable="true"></div>';
    const editor = document.getElementById('editor')!;
    let pasted = '';
    editor.addEventListener('paste', (event) => {
      pasted = event.clipboardData?.getData('text/plain') ?? '';
      event.preventDefault();
    });
    expect(await connect().run(editor, { op: 'paste', text: 'Hi\nthere' })).toEqual({ ok: true, handled: true });
    expect(pasted).toBe('Hi\nthere');
  });

  it("calls CKEditor 5's model API on the editable's ckeditorInstance", async () => {
    document.body.innerHTML = '<div class="ck-editor__editable" contenteditable="true"></div>';
    const editable = document.querySelector<HTMLElement>('.ck-editor__editable')!;
    const calls: string[] = [];
    Object.assign(editable, {
      ckeditorInstance: {
        model: {
          change: (fn: () => void) => (calls.push('change'), fn()),
          insertContent: (x: unknown) => calls.push(`insert ${x}`),
        },
        data: { processor: { toView: (html: string) => `view(${html})` }, toModel: (view: string) => `model(${view})` },
      },
    });
    expect(await connect().run(editable, { op: 'ckeditor5', html: '<p>Hi</p>' })).toEqual({ ok: true });
    expect(calls).toEqual(['change', 'insert model(view(<p>Hi</p>))']);
  });

  it("uses Quill 1's instance: replaces the selection as one history step, caret at the cursor", async () => {
    document.body.innerHTML = '<div class="ql-container"><div class="ql-editor" contenteditable="true"></div></div>';
    const calls: string[] = [];
    Object.assign(document.querySelector('.ql-container')!, {
      __quill: {
        getSelection: () => ({ index: 6, length: 5 }),
        getLength: () => 12,
        deleteText: (index: number, length: number, source: string) => calls.push(`delete ${index} ${length} ${source}`),
        insertText: (index: number, text: string, source: string) => calls.push(`insert ${index} ${text} ${source}`),
        setSelection: (index: number, length: number) => calls.push(`select ${index} ${length}`),
        history: { cutoff: () => calls.push('cutoff') },
      },
    });
    const editor = document.querySelector<HTMLElement>('.ql-editor')!;
    expect(await connect().run(editor, { op: 'quill', text: 'Dear , hi', cursor: 5 })).toEqual({ ok: true, caretPlaced: true });
    expect(calls).toEqual(['cutoff', 'delete 6 5 user', 'insert 6 Dear , hi user', 'cutoff', 'select 11 0']);
  });

  it('answers ok: false when the page has no editor instance', async () => {
    document.body.innerHTML = '<div class="ql-container"><div class="ql-editor" contenteditable="true"></div></div>';
    const reply = await connect().run(document.querySelector<HTMLElement>('.ql-editor')!, { op: 'quill', text: 'x' });
    expect(reply).toMatchObject({ ok: false });
  });

  it('gives up at once on every request when the injected bridge never answered its ping (page CSP)', async () => {
    document.body.innerHTML = '<div id="editor" contenteditable="true"></div>';
    const pageWorld = connectPageWorld(document, 'silent', Promise.resolve(true));
    const editor = document.getElementById('editor')!;
    expect(await pageWorld.run(editor, { op: 'paste', text: 'x' })).toBeNull();
    const started = Date.now();
    expect(await pageWorld.run(editor, { op: 'paste', text: 'x' })).toBeNull();
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('gives up (null) when the bridge could not be injected', async () => {
    document.body.innerHTML = '<div id="editor" contenteditable="true"></div>';
    const pageWorld = connectPageWorld(document, 'nobody', Promise.resolve(false));
    expect(await pageWorld.run(document.getElementById('editor')!, { op: 'paste', text: 'x' })).toBeNull();
  });
});
