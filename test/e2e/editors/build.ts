import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

/** One test page per editor, built from these entry files (the editors' real npm packages). */
export const EDITOR_PAGES = [
  'textarea',
  'contenteditable',
  'iframe',
  'prosemirror',
  'tiptap',
  'ckeditor5',
  'ckeditor5-api',
  'draftjs',
  'quill1',
  'quill2',
  'slate',
  'lexical',
] as const;
export type EditorPage = (typeof EDITOR_PAGES)[number];

export interface BuiltPages {
  dir: string;
  remove(): void;
}

/**
 * Bundles every page into a fresh temp folder (never committed) with an HTML shell each:
 * `<page>.html` loads `<page>.js` (+ `<page>.css` when the editor ships styles).
 */
export async function buildEditorPages(): Promise<BuiltPages> {
  const dir = mkdtempSync(join(tmpdir(), 'deskmate-editor-pages-'));
  const here = import.meta.dirname;
  const entries = readdirSync(here).filter((file) => EDITOR_PAGES.includes(basename(file).replace(/\.tsx?$/, '') as EditorPage));
  await build({
    entryPoints: entries.map((file) => join(here, file)),
    outdir: dir,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'error',
  });
  for (const page of EDITOR_PAGES) {
    const css = existsSync(join(dir, `${page}.css`)) ? `<link rel="stylesheet" href="${page}.css">` : '';
    writeFileSync(
      join(dir, `${page}.html`),
      `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Deskmate editor test: ${page}</title>${css}</head>
<body>
<h1>${page}</h1>
<div id="editor-host"></div>
<button id="submit" type="button">Submit</button>
<pre id="submitted"></pre>
<script type="module" src="${page}.js"></script>
</body>
</html>
`,
    );
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
