/** Visible text of a message part, without what is not the message (meta, controls, hidden parts). */
import { walkText } from '../text';

const SKIPPED_TAGS = new Set([
  'BUTTON',
  'INPUT',
  'NOSCRIPT',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
  'TIME',
  'svg',
]);
const SKIPPED_ROLES = new Set(['button', 'menu', 'menubar', 'toolbar', 'progressbar', 'tooltip']);

/** Emoji and stickers are images; their alt text is part of the message. Avatars and photos are not. */
export function isEmojiImage(element: Element): boolean {
  const alt = element.getAttribute('alt') ?? '';
  if (!alt.trim()) return false;
  const cls = (element.getAttribute('class') ?? '').toLowerCase();
  if (/emoji|emoticon|smiley|sticker|twemoji/.test(cls)) return true;
  if (/^\[[^\]]{1,8}\]$/u.test(alt) || /^:[\w+-]{1,30}:$/u.test(alt)) return true;
  // Pictographs joined by ZWJ, variation selectors or skin tones ("👍🏽", "👨‍👩‍👧").
  return /^\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)*$/u.test(alt);
}

/** Whether an element is never part of a message's text. */
export function isNeverText(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:^|;)\s*display\s*:\s*none/i.test(style);
}

/**
 * Text as a reader sees it: blocks and `<br>` become line breaks, emoji images their alt text,
 * spaces collapse; `skip(element)` leaves out parts such as the author line or the timestamp.
 */
export function cleanText(element: Element, skip: (element: Element) => boolean = () => false): string {
  return walkText(element, {
    image: (img) => (isEmojiImage(img) ? (img.getAttribute('alt') ?? '') : ''),
    skip: (el) => isNeverText(el) || skip(el),
  });
}

export { tidy } from '../text';

/** Text content squeezed to one line, or '' (cheap: no skipping). */
export function flatText(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
