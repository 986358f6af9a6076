/**
 * A CSS selector that finds the same element again after a reload: ids that look stable, class names
 * minus CSS-module hashes and utility classes, `:nth-of-type` where siblings look alike.
 */
const HASHED = /(?:^|[_-])[a-z0-9]{5,}$/i;
const UTILITY =
  /^(?:[a-z]{1,3}-\d|flex|grid|block|hidden|relative|absolute|w-|h-|p[xytrbl]?-|m[xytrbl]?-|text-|bg-|border|rounded|overflow|items-|justify-|gap-)/;
const VOLATILE_ID = /\d{3,}|[0-9a-f]{8,}|^:r|ember\d|^react-/i;

function stableClasses(element: Element): string[] {
  return [...element.classList].filter((name) => !UTILITY.test(name) && !(HASHED.test(name) && /\d/.test(name))).slice(0, 2);
}

function escape(value: string): string {
  return value.replace(/([^a-zA-Z0-9_-])/g, '\\$1');
}

export function elementPath(element: Element): string {
  const doc = element.ownerDocument;
  const parts: string[] = [];
  let current: Element | null = element;
  while (current && current !== doc.body && current !== doc.documentElement) {
    if (current.id && !VOLATILE_ID.test(current.id)) {
      parts.unshift(`#${escape(current.id)}`);
      break;
    }
    let part =
      current.tagName.toLowerCase() +
      stableClasses(current)
        .map((name) => `.${escape(name)}`)
        .join('');
    const parent: Element | null = current.parentElement;
    if (parent) {
      const alike = [...parent.children].filter((sibling) => sibling.tagName === current!.tagName);
      if (alike.length > 1) part += `:nth-of-type(${alike.indexOf(current) + 1})`;
    }
    parts.unshift(part);
    current = parent;
  }
  return parts.join(' > ') || element.tagName.toLowerCase();
}
