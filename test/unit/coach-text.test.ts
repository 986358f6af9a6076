// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { offsetAt, rangeFor, readDraft, selectionIn, type DraftMap } from '../../utils/coach/text';
import { lintDraft } from '../../utils/lint';

afterEach(() => {
  document.body.innerHTML = '';
});

type Rich = Extract<DraftMap, { kind: 'rich' }>;

function rich(html: string): Rich {
  document.body.innerHTML = `<div id="editor" contenteditable="true">${html}</div>`;
  const map = readDraft(document.getElementById('editor')!);
  if (map.kind !== 'rich') throw new Error('expected a rich draft');
  return map;
}

/** Every [start, end) maps to a DOM range whose text is the draft's slice, minus the synthetic breaks. */
function expectRoundTrip(map: Rich): void {
  for (let start = 0; start < map.text.length; start++) {
    for (let end = start + 1; end <= map.text.length; end++) {
      const slice = map.text.slice(start, end);
      if (slice.trim() !== slice || slice.includes('\n')) continue; // words never start or end on a break
      expect(rangeFor(map, start, end)?.toString(), `[${start}, ${end})`).toBe(slice);
    }
  }
}

describe('draft text of a text field', () => {
  it('is the value, offsets as they are', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.value = '您好 👋\n我们会尽快处理';
    const map = readDraft(field);
    expect(map).toMatchObject({ kind: 'field', text: '您好 👋\n我们会尽快处理' });
  });

  it('reads the caret only while the field has focus', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.value = 'We will refund you soon.';
    field.setSelectionRange(20, 20);
    expect(selectionIn(readDraft(field))).toBeNull();
    field.focus();
    field.setSelectionRange(20, 22);
    expect(selectionIn(readDraft(field))).toEqual([20, 22]);
  });
});

describe('draft text of a contenteditable editor', () => {
  it.each([
    ['one paragraph', '<p>We will refund you soon.</p>', 'We will refund you soon.'],
    ['inline formatting', '<p>We <b>will</b> refund <i>you <u>soon</u></i>.</p>', 'We will refund you soon.'],
    [
      'paragraphs (ProseMirror, CKEditor 5)',
      '<p>Hi Ann,</p><p>It will probably arrive tomorrow.</p>',
      'Hi Ann,\nIt will probably arrive tomorrow.',
    ],
    ['a <br> inside a paragraph', '<p>Hi Ann,<br>thanks</p>', 'Hi Ann,\nthanks'],
    ['bare text with <br>s (plain contenteditable)', 'Hi Ann,<br>thanks<br>Bye', 'Hi Ann,\nthanks\nBye'],
    ['<div> lines (Chrome contenteditable)', 'Hi<div>there</div><div>friend</div>', 'Hi\nthere\nfriend'],
    ['an empty paragraph with a filler <br> (CKEditor 5)', '<p>a</p><p><br data-cke-filler="true"></p><p>b</p>', 'a\n\nb'],
    [
      'an empty paragraph with a trailing break (ProseMirror)',
      '<p>a</p><p><br class="ProseMirror-trailingBreak"></p><p>b</p>',
      'a\n\nb',
    ],
    ['a trailing <br> draws no empty line', '<p>a<br></p><p>b</p>', 'a\nb'],
    ['two <br>s draw one', '<p>a<br><br></p><p>b</p>', 'a\n\nb'],
    ['nested blocks', '<ul><li>one</li><li>two</li></ul><p>three</p>', 'one\ntwo\nthree'],
    ['source formatting between blocks', '<p>a</p>\n   <p>b</p>\n', 'a\nb'],
    ['emoji are two UTF-16 units, as in lint', '<p>👍 soon</p><p>尽快 🚚</p>', '👍 soon\n尽快 🚚'],
  ])('%s', (_name, html, text) => {
    const map = rich(html);
    expect(map.text).toBe(text);
    expectRoundTrip(map);
  });

  it('leaves non-editable islands (mention chips, widgets) out of the draft', () => {
    const map = rich('<p>Hi <span contenteditable="false">@Ann</span> there, soon</p>');
    expect(map.text).toBe('Hi  there, soon');
    expect(rangeFor(map, map.text.indexOf('soon'), map.text.length)!.toString()).toBe('soon');
  });

  it('maps a finding on the second paragraph to exactly its words', () => {
    const map = rich('<p>Hi Ann, we will refund you <b>soon</b>.</p><p>It will probably arrive tomorrow.</p>');
    const findings = lintDraft(map.text, { now: new Date('2026-11-23T10:00:00'), uiLanguage: 'en' });
    expect(findings.map((finding) => finding.text)).toEqual(['soon', 'probably']);
    for (const finding of findings) expect(rangeFor(map, finding.start, finding.end)!.toString()).toBe(finding.text);
  });

  it('keeps UTF-16 offsets after surrogate pairs', () => {
    const map = rich('<p>🙂🙂 我们会尽快处理</p>');
    const [finding] = lintDraft(map.text, { now: new Date('2026-11-23T10:00:00'), uiLanguage: 'zh' });
    expect(finding).toMatchObject({ rule: 'vague-time', text: '尽快', start: 8, end: 10 });
    expect(rangeFor(map, finding!.start, finding!.end)!.toString()).toBe('尽快');
  });

  it('turns DOM points back into offsets (caret in a finding)', () => {
    const map = rich('<p>Hi Ann,</p><p>It will <i>probably</i> arrive.</p>');
    const italic = document.querySelector('i')!.firstChild!;
    expect(offsetAt(map, italic, 3)).toBe(map.text.indexOf('probably') + 3);
    // An element point: before the second paragraph's first text.
    expect(offsetAt(map, document.getElementById('editor')!, 1)).toBe(map.text.indexOf('It'));
    expect(offsetAt(map, document.body, 0)).toBeNull();

    const range = document.createRange();
    range.setStart(italic, 2);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const caret = map.text.indexOf('probably') + 2;
    expect(selectionIn(map)).toEqual([caret, caret]);
  });

  it('gives no range for text that is no longer there', () => {
    const map = rich('<p>soon</p>');
    document.getElementById('editor')!.innerHTML = '<p>later</p>';
    expect(rangeFor(map, 0, 4)).toBeNull();
  });
});
