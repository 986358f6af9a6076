/**
 * The overlay's CSS, inside its shadow root: the page's styles can't reach it and it can't leak.
 * Everything is `position: fixed` in viewport coordinates; only the card takes the pointer.
 */
export const SEVERITY_COLORS = { error: '#d92d20', warning: '#dc6803', info: '#1570ef' } as const;

export const OVERLAY_CSS = `
:host {
  all: initial;
  position: fixed;
  left: 0;
  top: 0;
  width: 0;
  height: 0;
  overflow: visible;
  z-index: 2147483646;
  pointer-events: none;
}
.layer { transition: opacity 80ms linear; }
.layer.stale { opacity: 0; transition: none; }
.mark {
  position: fixed;
  box-sizing: border-box;
  pointer-events: none;
  border-bottom: 2px solid var(--color);
  background: color-mix(in srgb, var(--color) 10%, transparent);
  border-radius: 2px 2px 0 0;
}
.mark.info { border-bottom-style: dotted; background: transparent; }
.mark.active { background: color-mix(in srgb, var(--color) 22%, transparent); }
.mirror {
  position: fixed;
  left: 0;
  top: 0;
  visibility: hidden;
  pointer-events: none;
  margin: 0;
  height: auto;
}
.card, .banner {
  position: fixed;
  box-sizing: border-box;
  font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif;
  font-size: 13px;
  line-height: 1.45;
  color: #1f2430;
  text-align: left;
  background: #ffffff;
  border: 1px solid #e3e6ec;
}
.card {
  pointer-events: auto;
  width: max-content;
  max-width: min(360px, calc(100vw - 16px));
  padding: 10px 12px;
  border-radius: 10px;
  border-top: 3px solid var(--color);
  box-shadow: 0 10px 28px rgb(15 23 42 / 0.18), 0 2px 6px rgb(15 23 42 / 0.08);
}
.card[hidden], .banner[hidden] { display: none; }
.card__title { display: flex; align-items: center; gap: 6px; margin: 0 0 4px; font-weight: 600; }
.card__title::before {
  content: '';
  width: 8px;
  height: 8px;
  border-radius: 50%;
  background: var(--color);
  flex: none;
}
.card__message { margin: 0 0 8px; }
.card__suggestions { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; }
.card__suggestion {
  all: unset;
  box-sizing: border-box;
  cursor: pointer;
  padding: 3px 9px;
  border-radius: 6px;
  border: 1px solid #b7dcd7;
  background: #e6f4f2;
  color: #0f5f58;
  font: inherit;
}
.card__suggestion:first-child { background: #0f766e; border-color: #0f766e; color: #ffffff; }
.card__suggestion:hover { filter: brightness(0.95); }
.card__suggestion:focus-visible { outline: 2px solid #0f766e; outline-offset: 2px; }
.card__advice { margin: 0 0 8px; padding-left: 8px; border-left: 3px solid #e3e6ec; color: #344054; }
.card__advice-label { display: block; color: #667085; font-size: 12px; }
.card__hint { margin: 0; color: #667085; font-size: 11.5px; }
.card__hint kbd {
  font: inherit;
  padding: 0 4px;
  border: 1px solid #d0d5dd;
  border-bottom-width: 2px;
  border-radius: 4px;
  background: #f9fafb;
}
.banner {
  display: flex;
  flex-wrap: wrap;
  justify-content: flex-end;
  gap: 4px;
  pointer-events: none;
  background: none;
  border: 0;
}
.pill {
  display: inline-flex;
  align-items: center;
  gap: 5px;
  padding: 1px 8px 1px 6px;
  border-radius: 999px;
  border: 1px solid color-mix(in srgb, var(--color) 45%, transparent);
  background: rgb(255 255 255 / 0.94);
  color: color-mix(in srgb, var(--color) 75%, #1f2430);
  font-size: 11.5px;
  line-height: 1.5;
  white-space: nowrap;
  box-shadow: 0 1px 3px rgb(15 23 42 / 0.12);
}
.pill::before {
  content: '';
  width: 6px;
  height: 6px;
  border-radius: 50%;
  background: var(--color);
}
`;
