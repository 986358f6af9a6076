import { readFileSync } from 'node:fs';

/** Loads a saved page into the test's happy-dom document, minus its scripts and stylesheets. */
export function loadPage(pathOrHtml: string, { isHtml = false } = {}): void {
  const html = isHtml ? pathOrHtml : readFileSync(pathOrHtml, 'utf8');
  document.open();
  document.write(html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*>/gi, ''));
  document.close();
}
