/**
 * Shared scaffolding of the editor test pages: one editor in #editor-host, and a Submit button that
 * copies the text the editor's OWN model holds (as `read` returns it: blocks and line breaks as
 * "\n") into #submitted — the way a helpdesk's send button reads its editor.
 */
export function editorHost(): HTMLElement {
  return document.getElementById('editor-host')!;
}

export function onSubmit(read: () => string): void {
  const out = document.getElementById('submitted')!;
  document.getElementById('submit')!.addEventListener('click', () => {
    out.textContent = read().replace(/\u00a0/g, ' ');
    out.dataset.count = String(Number(out.dataset.count ?? 0) + 1);
  });
  document.body.dataset.ready = 'true';
}

const BLOCKS = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE)$/;

/** Plain text of an HTML string, one line per block and per <br> (for models that hand out HTML). */
export function htmlToLines(html: string): string {
  const lines: string[] = [];
  let line = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) line += child.textContent ?? '';
      else if (child.nodeName === 'BR') {
        lines.push(line);
        line = '';
      } else if (BLOCKS.test(child.nodeName)) {
        if (line) lines.push(line);
        line = '';
        walk(child);
        lines.push(line);
        line = '';
      } else walk(child);
    }
  };
  walk(new DOMParser().parseFromString(html, 'text/html').body);
  if (line) lines.push(line);
  return lines.join('\n');
}
