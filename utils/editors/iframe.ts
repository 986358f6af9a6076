import { isTextField } from './textarea';

/** A same-origin frame's document; null for anything else (cross-origin frames have their own scripts). */
export function frameDocument(element: Element): Document | null {
  if (element.tagName !== 'IFRAME' && element.tagName !== 'FRAME') return null;
  try {
    return (element as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

function editable(element: Element | null | undefined): element is HTMLElement {
  return !!element && ((element as HTMLElement).isContentEditable || isTextField(element));
}

/**
 * Editors in iframes (the frame's <body> is contenteditable, or its document is in designMode):
 * given the <iframe>, the element to insert into — what has focus inside it (through nested
 * same-origin frames), else its editable body. Anything else is returned as it is.
 */
export function throughFrames(element: HTMLElement): HTMLElement {
  let current = element;
  for (let doc = frameDocument(current); doc; doc = frameDocument(current)) {
    const active = doc.activeElement;
    if (active && active !== doc.body && (editable(active) || frameDocument(active))) current = active as HTMLElement;
    else if (doc.body?.isContentEditable) current = doc.body;
    else break;
  }
  return current;
}

/** The editable element that has focus in `doc`, looking into open shadow roots and same-origin frames. */
export function focusedEditable(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active) {
    const next = active.shadowRoot?.activeElement ?? frameDocument(active)?.activeElement ?? null;
    if (!next || next === active) break;
    active = next;
  }
  return editable(active) ? active : null;
}

/** The documents of the same-origin frames focus is in, outermost first (their events stay inside them). */
export function focusedFrames(doc: Document): Document[] {
  const frames: Document[] = [];
  for (let active = doc.activeElement; active;) {
    const inner = frameDocument(active);
    if (!inner) break;
    frames.push(inner);
    active = inner.activeElement;
  }
  return frames;
}
