import { expect } from 'vitest';
import type { Finding } from '../../utils/lint/types';
import { expectModel, type EditorTab } from './editors-scenario';

/**
 * The draft coach in a real browser, written once for both: type a draft with a vague time and a
 * hedge, see the underlines over exactly those words, open the card by mouse and by keyboard,
 * replace the words (card button, Alt+Enter, the side panel), check the editor's own model, undo.
 */
export interface CoachTab extends EditorTab {
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Waits until `fn(arg)` is truthy in the page. */
  waitUntil<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** The toolbar badge text for this tab. */
  badge(): Promise<string>;
  /** 'deskmate:get-findings' to this tab's content script, as the side panel asks it. */
  findings(): Promise<Finding[]>;
  /** The side panel, attached to this tab. */
  openPanel(): Promise<PanelPage>;
  /** Brings this tab back to the front (after opening the panel). */
  front(): Promise<void>;
}

export interface PanelPage {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  waitUntil<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  screenshot(path: string): Promise<void>;
}

export interface CoachPage {
  name: string;
  url: string;
  /** Present once the page (and its editor) is ready. */
  ready: string;
  editor: string;
  /** A textarea (its words have no DOM: checked by clicking the underline) or a contenteditable editor. */
  kind: 'textarea' | 'rich';
  draft: string;
  /** The vague-time words (replaceable) and the hedge (advice only) in `draft`. */
  vague: string;
  hedge: string;
  /** Whether the page has a Submit button that reads the editor's own model (the editor test pages). */
  model: boolean;
  /** Where to save screenshots of the underlines + card and of the panel, if wanted. */
  shots?: { card?: string; panel?: string };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Mark extends Box {
  rule: string;
  start: number;
  end: number;
}
interface Card extends Box {
  rule: string;
  text: string;
  buttons: (Box & { text: string })[];
  advice: boolean;
}

const center = (box: Box) => ({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });

/** The underline marks in the coach's shadow root (page-side). */
const MARKS = (): Mark[] => {
  const root = document.querySelector('deskmate-coach')?.shadowRoot;
  return [...(root?.querySelectorAll<HTMLElement>('[data-testid="coach-mark"]') ?? [])].map((mark) => {
    const { left, top, right, bottom } = mark.getBoundingClientRect();
    return {
      rule: mark.dataset.rule!,
      start: Number(mark.dataset.start),
      end: Number(mark.dataset.end),
      left,
      top,
      right,
      bottom,
    };
  });
};

/** The card, if shown (page-side). */
const CARD = (): Card | null => {
  const card = document.querySelector('deskmate-coach')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="coach-card"]');
  if (!card || card.hidden) return null;
  const box = (element: Element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { left, top, right, bottom };
  };
  return {
    ...box(card),
    rule: card.dataset.rule ?? '',
    text: card.textContent ?? '',
    buttons: [...card.querySelectorAll('[data-testid="coach-suggestion"]')].map((button) => ({
      ...box(button),
      text: button.textContent ?? '',
    })),
    advice: card.querySelector('[data-testid="coach-advice"]') !== null,
  };
};

/** The editor's text as the page shows it: a textarea's value, else the text of its blocks (page-side). */
const EDITOR_TEXT = (selector: string): string => {
  const editor = document.querySelector<HTMLElement>(selector)!;
  if (editor instanceof HTMLTextAreaElement) return editor.value;
  const blocks = [...editor.querySelectorAll('p')];
  return (blocks.length ? blocks.map((block) => block.textContent ?? '').join('\n') : (editor.textContent ?? '')).replace(
    /\u00a0/g,
    ' ',
  );
};

/** The screen box of `word`'s first occurrence in a contenteditable editor (page-side). */
const WORD_BOX = ([selector, word]: readonly [string, string]): Box | null => {
  const root = document.querySelector(selector)!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(word);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    const { left, top, right, bottom } = range.getBoundingClientRect();
    return { left, top, right, bottom };
  }
  return null;
};

async function marks(tab: CoachTab, rules: string[]): Promise<Mark[]> {
  try {
    await tab.waitUntil((wanted) => {
      const root = document.querySelector('deskmate-coach')?.shadowRoot;
      const shown = [...(root?.querySelectorAll<HTMLElement>('[data-testid="coach-mark"]') ?? [])];
      const layer = root?.querySelector('.layer');
      return !layer?.classList.contains('stale') && wanted.every((rule) => shown.some((mark) => mark.dataset.rule === rule));
    }, rules);
  } catch (error) {
    throw new Error(`no underlines for ${rules.join(', ')}; marks: ${JSON.stringify(await tab.evaluate(MARKS, undefined))}`, {
      cause: error,
    });
  }
  return tab.evaluate(MARKS, undefined);
}

async function card(tab: CoachTab, rule: string): Promise<Card> {
  try {
    await tab.waitUntil(
      (wanted) =>
        document
          .querySelector('deskmate-coach')
          ?.shadowRoot?.querySelector<HTMLElement>(`[data-testid="coach-card"][data-rule="${wanted}"]:not([hidden])`),
      rule,
    );
  } catch (error) {
    throw new Error(`no card for ${rule}; card: ${JSON.stringify(await tab.evaluate(CARD, undefined))}`, { cause: error });
  }
  return (await tab.evaluate(CARD, undefined))!;
}

async function noCard(tab: CoachTab): Promise<void> {
  await tab.waitUntil(
    () =>
      document.querySelector('deskmate-coach')?.shadowRoot?.querySelector('[data-testid="coach-card"]')?.hasAttribute('hidden'),
    undefined,
  );
}

async function expectText(tab: CoachTab, page: CoachPage, expected: string, step: string): Promise<void> {
  await expect.poll(() => tab.evaluate(EDITOR_TEXT, page.editor), { timeout: 5000, message: step }).toBe(expected);
  if (page.model) await expectModel(tab, expected, `${step} (the editor's model)`);
}

function overlaps(mark: Box, word: Box): boolean {
  const width = Math.min(mark.right, word.right) - Math.max(mark.left, word.left);
  const height = Math.min(mark.bottom, word.bottom) - Math.max(mark.top, word.top);
  return width >= 0.8 * (word.right - word.left) && height >= 0.5 * (word.bottom - word.top);
}

const replaced = (draft: string, word: string, suggestion: string) => draft.replace(word, suggestion);

export async function runCoachScenario(tab: CoachTab, page: CoachPage): Promise<void> {
  await tab.goto(page.url);
  await tab.waitFor(page.ready);
  await tab.contentScript();
  await tab.click(page.editor);
  await tab.type(page.draft);

  // 1. Underlines over exactly the flagged words.
  const found = await marks(tab, ['vague-time', 'hedge']);
  const vagueMark = found.find((mark) => mark.rule === 'vague-time')!;
  const hedgeMark = found.find((mark) => mark.rule === 'hedge')!;
  expect(page.draft.slice(vagueMark.start, vagueMark.end)).toBe(page.vague);
  expect(page.draft.slice(hedgeMark.start, hedgeMark.end)).toBe(page.hedge);
  if (page.kind === 'rich') {
    for (const [mark, word] of [
      [vagueMark, page.vague],
      [hedgeMark, page.hedge],
    ] as const) {
      const box = await tab.evaluate(WORD_BOX, [page.editor, word] as const);
      expect(box, `where "${word}" is`).not.toBeNull();
      expect(overlaps(mark, box!), `the underline ${JSON.stringify(mark)} covers "${word}" at ${JSON.stringify(box)}`).toBe(true);
    }
  } else {
    // A textarea's words have no DOM of their own: clicking the middle of the underline must put the
    // caret inside those words.
    for (const mark of [vagueMark, hedgeMark]) {
      const { x, y } = center(mark);
      await tab.mouseClick(x, y);
      const caret = await tab.evaluate(
        (selector) => document.querySelector<HTMLTextAreaElement>(selector)!.selectionStart,
        page.editor,
      );
      expect(caret, `a click on the ${mark.rule} underline lands in its words`).toBeGreaterThanOrEqual(mark.start);
      expect(caret).toBeLessThanOrEqual(mark.end);
    }
  }

  // 2. The side panel's list and the toolbar badge say the same.
  const findings = await tab.findings();
  expect(findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['vague-time', 'hedge']));
  await expect.poll(() => tab.badge(), { timeout: 5000 }).toBe(String(findings.length));

  // 3. The card by mouse: hover the hedge (advice only), then the vague time (replacements).
  await tab.mouseMove(center(hedgeMark).x, center(hedgeMark).y);
  const advice = await card(tab, 'hedge');
  expect(advice.advice).toBe(true);
  expect(advice.buttons).toEqual([]);
  expect(advice.text).toContain(page.hedge);
  await tab.mouseMove(center(vagueMark).x, center(vagueMark).y);
  const fix = await card(tab, 'vague-time');
  expect(fix.buttons.length).toBeGreaterThan(0);
  expect(fix.text).toContain(page.vague);
  // Below the words, or above them when there is no room below; never over them.
  expect(fix.top >= vagueMark.bottom - 1 || fix.bottom <= vagueMark.top + 1, `card ${JSON.stringify(fix)}`).toBe(true);
  if (page.shots?.card) await tab.screenshot(page.shots.card);

  // 4. Accept by mouse: exactly those words change, the rest stays; one Ctrl+Z undoes it.
  const byMouse = replaced(page.draft, page.vague, fix.buttons[0]!.text);
  await tab.mouseClick(center(fix.buttons[0]!).x, center(fix.buttons[0]!).y);
  await expectText(tab, page, byMouse, 'accepted by mouse');
  await tab.mouseMove(1, 1);
  await tab.press('Control+z');
  await expectText(tab, page, page.draft, 'Ctrl+Z after the mouse');
  await noCard(tab);

  // 5. The card by keyboard: caret into the words, Esc hides it, Alt+Enter replaces them.
  await marks(tab, ['vague-time', 'hedge']);
  await tab.press('Control+Home');
  await tab.press('ArrowRight', vagueMark.start + 1);
  const byCaret = await card(tab, 'vague-time');
  await tab.press('Escape');
  await noCard(tab);
  await tab.press('Alt+Enter');
  await expectText(tab, page, replaced(page.draft, page.vague, byCaret.buttons[0]!.text), 'accepted with Alt+Enter');
  await marks(tab, ['hedge']);
  await tab.press('Control+z');
  await expectText(tab, page, page.draft, 'Ctrl+Z after Alt+Enter');
  await marks(tab, ['vague-time', 'hedge']);
}

/** The side panel lists the findings; its button replaces the words in the page. */
export async function runCoachPanel(tab: CoachTab, page: CoachPage): Promise<void> {
  const findings = await tab.findings();
  const vague = findings.find((finding) => finding.rule === 'vague-time')!;
  const panel = await tab.openPanel();
  await panel.waitUntil((count) => document.querySelectorAll('[data-testid="coach-finding"]').length === count, findings.length);
  const listed = await panel.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="coach-finding"]')].map((item) => ({
        rule: item.dataset.rule,
        words: item.querySelector('.coach__words')?.textContent,
        apply: item.querySelector('[data-testid="coach-apply"]')?.textContent ?? null,
      })),
    undefined,
  );
  expect(listed).toContainEqual({ rule: 'vague-time', words: page.vague, apply: expect.stringContaining(vague.suggestions[0]!) });
  expect(listed).toContainEqual({ rule: 'hedge', words: page.hedge, apply: null });
  if (page.shots?.panel) await panel.screenshot(page.shots.panel);

  await panel.click('[data-testid="coach-finding"][data-rule="vague-time"] [data-testid="coach-apply"]');
  await tab.front();
  await expectText(tab, page, replaced(page.draft, page.vague, vague.suggestions[0]!), 'accepted from the panel');
  await panel.waitUntil(() => !document.querySelector('[data-testid="coach-finding"][data-rule="vague-time"]'), undefined);
  await expect.poll(() => tab.badge(), { timeout: 5000 }).toBe(String(findings.length - 1));
  await tab.press('Control+z');
  await expectText(tab, page, page.draft, 'Ctrl+Z after the panel');
  await panel.waitUntil(() => document.querySelector('[data-testid="coach-finding"][data-rule="vague-time"]'), undefined);
}
