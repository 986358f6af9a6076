/**
 * The coach's drawing surface: one element of ours with a shadow root, appended to the page's
 * <html>, holding the underline marks, the card and the banner. It never touches the editor's DOM;
 * everything is placed over it in viewport coordinates. Text goes in with textContent only.
 */
import type { Finding } from '../lint';
import { FieldMirror, type Rect } from './geometry';
import { OVERLAY_CSS, SEVERITY_COLORS } from './styles';

export const HOST_TAG = 'deskmate-coach';

/** The words the card needs in the agent's UI language. */
export interface CoachLabels {
  /** The rule's title (built-in rules: `RULE_INFO[rule].title`; team rules: the pack's wording). */
  title(finding: Finding): string;
  /** "Try:" before advice that can't replace the words as-is. */
  advice: string;
  /** Under replaceable suggestions: how to accept by keyboard and close. */
  hintReplace: string;
  /** Under advice: how to close. */
  hintClose: string;
  /** Accessible name of the suggestion buttons: "Replace with …". */
  replaceWith(suggestion: string): string;
}

export interface MarkView {
  finding: Finding;
  rects: Rect[];
}

export interface CardView {
  finding: Finding;
  /** Whether suggestions are buttons that replace the words (RULE_INFO.replaces). */
  replaces: boolean;
  rects: Rect[];
}

const MAX_BUTTONS = 3;
const MAX_ADVICE = 2;
const GAP = 6;
/** Clear of a textarea's resize grip and of the last line's descenders. */
const BANNER_INSET_RIGHT = 16;
const BANNER_INSET_BOTTOM = 4;

function setBox(element: HTMLElement, rect: Rect): void {
  element.style.left = `${rect.left}px`;
  element.style.top = `${rect.top}px`;
  element.style.width = `${rect.right - rect.left}px`;
  element.style.height = `${rect.bottom - rect.top}px`;
}

/** "Alt+Enter replaces · Esc closes" with the key names as <kbd>. */
function hintWithKeys(doc: Document, parent: HTMLElement, text: string): void {
  for (const piece of text.split(/(Alt\+Enter|Esc)/)) {
    if (!piece) continue;
    if (piece === 'Alt+Enter' || piece === 'Esc') {
      const key = doc.createElement('kbd');
      key.textContent = piece;
      parent.append(key);
    } else parent.append(doc.createTextNode(piece));
  }
}

export class Overlay {
  readonly host: HTMLElement;
  readonly mirror: FieldMirror;
  private readonly root: ShadowRoot;
  private readonly layer: HTMLDivElement;
  private readonly card: HTMLDivElement;
  private readonly banner: HTMLDivElement;
  private marks: HTMLDivElement[] = [];
  private cardKey: string | undefined;

  constructor(
    private readonly doc: Document,
    private readonly labels: CoachLabels,
    private readonly onApply: (finding: Finding, index: number) => void,
  ) {
    this.host = doc.createElement(HOST_TAG);
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.hidden = true;
    this.card.setAttribute('role', 'dialog');
    this.card.dataset.testid = 'coach-card';
    // The editor keeps focus (and its selection) while the agent clicks in the card.
    this.card.addEventListener('mousedown', (event) => event.preventDefault());
    this.banner = doc.createElement('div');
    this.banner.className = 'banner';
    this.banner.hidden = true;
    this.banner.setAttribute('role', 'status');
    this.banner.dataset.testid = 'coach-banner';
    this.root.append(style, this.layer, this.banner, this.card);
    this.mirror = new FieldMirror(this.root);
    (doc.documentElement ?? doc.body).append(this.host);
  }

  /** Hidden while the draft changes under the marks, until the next lint places them again. */
  setStale(stale: boolean): void {
    this.layer.classList.toggle('stale', stale);
  }

  renderMarks(views: readonly MarkView[], active: Finding | undefined): void {
    const wanted = views.reduce((count, view) => count + view.rects.length, 0);
    while (this.marks.length < wanted) {
      const mark = this.doc.createElement('div');
      mark.dataset.testid = 'coach-mark';
      this.layer.append(mark);
      this.marks.push(mark);
    }
    while (this.marks.length > wanted) this.marks.pop()!.remove();
    let index = 0;
    for (const { finding, rects } of views) {
      for (const rect of rects) {
        const mark = this.marks[index++]!;
        mark.className = `mark ${finding.severity}${finding === active ? ' active' : ''}`;
        mark.style.setProperty('--color', SEVERITY_COLORS[finding.severity]);
        mark.dataset.rule = finding.rule;
        mark.dataset.start = String(finding.start);
        mark.dataset.end = String(finding.end);
        setBox(mark, rect);
      }
    }
  }

  get cardShown(): boolean {
    return !this.card.hidden;
  }

  /** The card's box on screen (for hover: moving from the underline onto the card keeps it open). */
  cardRect(): Rect | null {
    if (this.card.hidden) return null;
    const { left, top, right, bottom } = this.card.getBoundingClientRect();
    return { left, top, right, bottom };
  }

  showCard(view: CardView): void {
    const { finding, replaces, rects } = view;
    const key = `${finding.rule}:${finding.start}:${finding.end}:${finding.text}:${finding.suggestions.join('|')}`;
    if (key !== this.cardKey) {
      this.cardKey = key;
      this.fillCard(finding, replaces);
    }
    this.card.hidden = false;
    this.card.style.setProperty('--color', SEVERITY_COLORS[finding.severity]);
    this.placeCard(rects);
  }

  private fillCard(finding: Finding, replaces: boolean): void {
    const doc = this.doc;
    const title = doc.createElement('p');
    title.className = 'card__title';
    title.textContent = this.labels.title(finding);
    const message = doc.createElement('p');
    message.className = 'card__message';
    message.textContent = finding.message;
    const hint = doc.createElement('p');
    hint.className = 'card__hint';
    this.card.replaceChildren(title, message);
    this.card.setAttribute('aria-label', title.textContent);
    this.card.dataset.rule = finding.rule;
    if (replaces) {
      const list = doc.createElement('div');
      list.className = 'card__suggestions';
      finding.suggestions.slice(0, MAX_BUTTONS).forEach((suggestion, index) => {
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'card__suggestion';
        button.dataset.testid = 'coach-suggestion';
        button.textContent = suggestion;
        button.setAttribute('aria-label', this.labels.replaceWith(suggestion));
        button.addEventListener('click', (event) => {
          event.preventDefault();
          this.onApply(finding, index);
        });
        list.append(button);
      });
      this.card.append(list);
      hintWithKeys(doc, hint, this.labels.hintReplace);
    } else {
      const advice = doc.createElement('div');
      advice.className = 'card__advice';
      advice.dataset.testid = 'coach-advice';
      const label = doc.createElement('span');
      label.className = 'card__advice-label';
      label.textContent = this.labels.advice;
      advice.append(label);
      for (const suggestion of finding.suggestions.slice(0, MAX_ADVICE)) {
        const line = doc.createElement('div');
        line.textContent = suggestion;
        advice.append(line);
      }
      this.card.append(advice);
      hintWithKeys(doc, hint, this.labels.hintClose);
    }
    this.card.append(hint);
  }

  /** Below the finding's last line; above its first when there is no room below. */
  private placeCard(rects: readonly Rect[]): void {
    const view = this.doc.defaultView;
    const first = rects[0];
    const last = rects.at(-1);
    if (!view || !first || !last) {
      this.hideCard();
      return;
    }
    const { width, height } = this.card.getBoundingClientRect();
    const left = Math.max(8, Math.min(last.left, view.innerWidth - width - 8));
    const below = last.bottom + GAP;
    const top = below + height <= view.innerHeight - 8 || first.top - GAP - height < 8 ? below : first.top - GAP - height;
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
  }

  hideCard(): void {
    this.card.hidden = true;
  }

  /**
   * Findings about the whole draft (overload, wrong language), once each, as small labels in the
   * editor's bottom right corner, where a chat draft rarely reaches; hovering one opens its card.
   * Returns where each label is, in the order given.
   */
  renderBanner(findings: readonly Finding[], box: Rect | null): Rect[] {
    if (!findings.length || !box) {
      this.banner.hidden = true;
      this.banner.replaceChildren();
      return [];
    }
    const pills = findings.map((finding) => {
      const pill = this.doc.createElement('span');
      pill.className = 'pill';
      pill.dataset.rule = finding.rule;
      pill.style.setProperty('--color', SEVERITY_COLORS[finding.severity]);
      pill.textContent = this.labels.title(finding);
      pill.title = finding.message;
      return pill;
    });
    this.banner.replaceChildren(...pills);
    this.banner.hidden = false;
    this.banner.style.maxWidth = `${Math.max(0, box.right - box.left - 8)}px`;
    // Measured at the left edge: where it stood last time would squeeze its shrink-to-fit width.
    this.banner.style.left = '0px';
    const { width, height } = this.banner.getBoundingClientRect();
    this.banner.style.left = `${Math.max(box.left + 4, box.right - BANNER_INSET_RIGHT - width)}px`;
    this.banner.style.top = `${Math.max(box.top + 2, box.bottom - BANNER_INSET_BOTTOM - height)}px`;
    return pills.map((pill) => {
      const { left, top, right, bottom } = pill.getBoundingClientRect();
      return { left, top, right, bottom };
    });
  }

  clear(): void {
    this.renderMarks([], undefined);
    this.hideCard();
    this.renderBanner([], null);
  }

  remove(): void {
    this.host.remove();
  }
}
