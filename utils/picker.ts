import { elementPath } from './element-path';

/**
 * "Select the conversation": the agent points at the message area once. A banner says what to do,
 * an outline follows the pointer, a click picks (the page never sees it), Esc cancels. DOM in; the
 * caller stores the result.
 */
export function pickElement(
  doc: Document,
  signal: AbortSignal,
  labels: { prompt: string; cancel: string },
): Promise<{ element: Element; selector: string } | null> {
  const view = doc.defaultView!;
  const host = doc.createElement('deskmate-picker');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style>
    .banner{position:fixed;top:12px;left:50%;transform:translateX(-50%);z-index:2147483647;background:#0f766e;color:#fff;
      font:14px/1.4 system-ui,'PingFang SC','Noto Sans CJK SC',sans-serif;padding:8px 14px;border-radius:8px;box-shadow:0 6px 20px rgb(0 0 0/.25)}
    .outline{position:fixed;z-index:2147483646;pointer-events:none;border:2px solid #0f766e;background:rgb(15 118 110/.08);border-radius:4px;display:none}
  </style><div class="banner" role="status"></div><div class="outline"></div>`;
  const banner = shadow.querySelector<HTMLElement>('.banner')!;
  banner.textContent = `${labels.prompt} · ${labels.cancel}`;
  const outline = shadow.querySelector<HTMLElement>('.outline')!;
  doc.documentElement.append(host);

  return new Promise((resolve) => {
    const controller = new AbortController();
    const finish = (result: { element: Element; selector: string } | null) => {
      controller.abort();
      host.remove();
      resolve(result);
    };
    signal.addEventListener('abort', () => finish(null), { signal: controller.signal });
    const target = (event: Event) => {
      const element = event.composedPath()[0];
      return element instanceof view.Element && element !== host && !host.contains(element) ? element : null;
    };
    const options = { capture: true, signal: controller.signal } as const;
    doc.addEventListener(
      'mousemove',
      (event) => {
        const element = target(event);
        if (!element) return;
        const rect = element.getBoundingClientRect();
        Object.assign(outline.style, {
          display: 'block',
          left: `${rect.left}px`,
          top: `${rect.top}px`,
          width: `${rect.width}px`,
          height: `${rect.height}px`,
        });
      },
      options,
    );
    const swallow = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    doc.addEventListener('mousedown', swallow, options);
    doc.addEventListener('mouseup', swallow, options);
    doc.addEventListener(
      'click',
      (event) => {
        swallow(event);
        const element = target(event);
        if (element) finish({ element, selector: elementPath(element) });
      },
      options,
    );
    doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        swallow(event);
        finish(null);
      },
      options,
    );
  });
}
