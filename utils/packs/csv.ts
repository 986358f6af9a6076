import { languageWeights } from '../conversation/types';
import type { Pack, PackError, Template } from './types';
import { validatePack, type ValidationResult } from './validate';

/**
 * Packs as CSV, for team leads who keep their library in a spreadsheet: one template per row,
 * columns as below, tags separated by `|`. UTF-8 with or without a BOM; quoted fields may hold commas,
 * quotes ("") and line breaks.
 */
export const CSV_COLUMNS = ['id', 'title', 'body', 'kind', 'scenario', 'tags', 'shortcut', 'locale'] as const;
const REQUIRED = ['id', 'title', 'body', 'kind', 'scenario'] as const;
const TAG_SEPARATOR = '|';

/** RFC 4180 rows, each with the line it started on (1-based). */
export function parseCsv(text: string): { rows: string[][]; lines: number[] } | { error: string; line: number } {
  const source = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    field = '';
    // Skip blank lines (a lone empty field).
    if (row.length > 1 || row[0] !== '') {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
  };
  while (i < source.length) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = source[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          return { error: 'unexpected character after a closing quote', line };
        }
        continue;
      }
      if (char === '\n') line++;
      field += char;
      i++;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      i++;
    } else if (char === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (char === '\r' || char === '\n') {
      endRow();
      i += char === '\r' && source[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      field += char;
      i++;
    }
  }
  if (quoted) return { error: 'a quoted field is never closed', line: rowLine };
  if (field !== '' || row.length) endRow();
  return { rows, lines };
}

export interface PackMeta {
  id: string;
  name: string;
  version: string;
  locale: string;
}

/** CSV text → a validated pack. Errors name the CSV line as well as the JSON path. */
export function packFromCsv(text: string, file: string, meta: PackMeta): ValidationResult {
  const parsed = parseCsv(text);
  const fail = (path: string, message: string): ValidationResult => ({ ok: false, errors: [{ file, path, message }] });
  if ('error' in parsed) return fail('', `CSV line ${parsed.line}: ${parsed.error}`);
  const [header, ...rows] = parsed.rows;
  if (!header) return fail('', 'empty CSV: expected a header row with ' + CSV_COLUMNS.join(','));
  const columns = header.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (missing.length) return fail('', `CSV header lacks column(s) ${missing.join(', ')}; expected ${CSV_COLUMNS.join(',')}`);
  const unknown = columns.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  if (unknown.length)
    return fail('', `CSV header has unknown column(s) ${unknown.join(', ')}; expected ${CSV_COLUMNS.join(',')}`);

  const errors: PackError[] = [];
  const templates = rows.map((cells, index) => {
    if (cells.length !== columns.length) {
      errors.push({
        file,
        path: `templates[${index}]`,
        message: `CSV line ${parsed.lines[index + 1]}: ${cells.length} fields, the header has ${columns.length}`,
      });
    }
    const value = (name: string) => cells[columns.indexOf(name)] ?? '';
    const template: Record<string, unknown> = {
      id: value('id').trim(),
      title: value('title'),
      body: value('body'),
      kind: value('kind').trim(),
      scenario: value('scenario').trim(),
    };
    template.tags = value('tags')
      .split(TAG_SEPARATOR)
      .map((tag) => tag.trim())
      .filter(Boolean);
    if (value('shortcut').trim()) template.shortcut = value('shortcut').trim();
    if (value('locale').trim()) template.locale = value('locale').trim();
    return template;
  });
  if (errors.length) return { ok: false, errors };
  const result = validatePack({ format: 'deskmate-pack', schemaVersion: 1, ...meta, templates }, file);
  if (result.ok) return result;
  // Point at the spreadsheet row too: `templates[3]` is CSV line 5 when a header and a multi-line body come first.
  return {
    ok: false,
    errors: result.errors.map((error) => {
      const row = /^templates\[(\d+)\]/.exec(error.path);
      return row ? { ...error, message: `${error.message} (CSV line ${parsed.lines[Number(row[1]) + 1]})` } : error;
    }),
  };
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A pack → CSV text with a BOM and CRLF line ends, so spreadsheet apps open Chinese text correctly. */
export function packToCsv(pack: Pack): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const template of pack.templates) {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: template.id,
      title: template.title,
      body: template.body,
      kind: template.kind,
      scenario: template.scenario,
      tags: template.tags.join(TAG_SEPARATOR),
      shortcut: template.shortcut ?? '',
      locale: template.locale ?? '',
    };
    rows.push(CSV_COLUMNS.map((column) => csvField(cells[column])).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** Pack metadata for a CSV without any: id from the file name, today's date as version. */
export function defaultMeta(file: string, templates: Pick<Template, 'body'>[] | string, now: Date): PackMeta {
  const base = file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]+$/, '');
  const id =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'imported';
  const sample = typeof templates === 'string' ? templates : templates.map((t) => t.body).join('\n');
  const { zh, en } = languageWeights(sample);
  const date = `${now.getFullYear()}.${now.getMonth() + 1}.${now.getDate()}`;
  return { id, name: base, version: date, locale: zh >= en ? 'zh-CN' : 'en' };
}
