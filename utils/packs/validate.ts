import { variableProblems } from './variables';
import { RULE_SEVERITIES, SCENARIOS, TEMPLATE_KINDS, type Pack, type PackError, type TeamRule, type Template } from './types';

/** Limits that keep one pack from freezing the panel or filling storage. */
export const PACK_LIMITS = {
  templates: 50_000,
  bodyChars: 5_000,
  titleChars: 200,
  tags: 30,
  rules: 500,
} as const;

const ID = /^[a-z0-9-]+$/;
const SHORTCUT = /^[\p{L}\p{N}_-]{1,32}$/u;

export type ValidationResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : String(value);
}

/**
 * Checks a parsed pack document. Every problem is reported with its JSON path; a pack with any
 * error is rejected whole (never half-loaded).
 */
export function validatePack(document: Json, file: string): ValidationResult {
  const errors: PackError[] = [];
  const fail = (path: string, message: string) => errors.push({ file, path, message });

  if (!isObject(document)) {
    fail('', `expected a pack object, got ${describe(document)}`);
    return { ok: false, errors };
  }
  const requireString = (object: Record<string, Json>, key: string, path: string, pattern?: RegExp) => {
    const value = object[key];
    if (typeof value !== 'string' || value.trim() === '') {
      fail(
        path,
        value === undefined ? 'missing (expected a non-empty string)' : `expected a non-empty string, got ${describe(value)}`,
      );
      return false;
    }
    if (pattern && !pattern.test(value)) {
      fail(path, `${describe(value)} does not match ${pattern.source}`);
      return false;
    }
    return true;
  };
  const requireOneOf = (object: Record<string, Json>, key: string, path: string, allowed: readonly string[]) => {
    const value = object[key];
    if (typeof value !== 'string' || !allowed.includes(value)) {
      fail(path, `expected one of ${allowed.join(' | ')}, got ${value === undefined ? 'nothing' : describe(value)}`);
    }
  };

  if (document.format !== 'deskmate-pack') fail('format', `expected "deskmate-pack", got ${describe(document.format)}`);
  if (document.schemaVersion !== 1) {
    fail('schemaVersion', `expected 1, got ${describe(document.schemaVersion)} (this Deskmate reads schema version 1)`);
  }
  requireString(document, 'id', 'id', ID);
  requireString(document, 'name', 'name');
  requireString(document, 'version', 'version');
  requireString(document, 'locale', 'locale');

  const templates = document.templates;
  if (!Array.isArray(templates)) {
    fail('templates', `expected an array of templates, got ${templates === undefined ? 'nothing' : describe(templates)}`);
  } else if (templates.length > PACK_LIMITS.templates) {
    fail('templates', `${templates.length} templates is more than the limit of ${PACK_LIMITS.templates}; split the pack`);
  } else {
    validateTemplates(templates, fail);
  }

  if (document.rules !== undefined) {
    if (!Array.isArray(document.rules)) fail('rules', `expected an array of rules, got ${describe(document.rules)}`);
    else if (document.rules.length > PACK_LIMITS.rules) fail('rules', `more than ${PACK_LIMITS.rules} rules`);
    else validateRules(document.rules, fail);
  }

  const known = new Set([
    'format',
    'schemaVersion',
    'id',
    'name',
    'version',
    'locale',
    'templates',
    'rules',
    'description',
    'author',
    'homepage',
  ]);
  for (const key of Object.keys(document)) if (!known.has(key)) fail(key, 'unknown field');

  return errors.length ? { ok: false, errors } : { ok: true, pack: document as unknown as Pack };

  function validateTemplates(list: Json[], report: typeof fail) {
    const ids = new Map<string, number>();
    const shortcuts = new Map<string, number>();
    list.forEach((entry, index) => {
      const at = `templates[${index}]`;
      if (!isObject(entry)) {
        report(at, `expected a template object, got ${describe(entry)}`);
        return;
      }
      if (requireString(entry, 'id', `${at}.id`, ID)) {
        const id = entry.id as string;
        const first = ids.get(id);
        if (first !== undefined) report(`${at}.id`, `duplicate id "${id}" (first used at templates[${first}])`);
        else ids.set(id, index);
      }
      if (requireString(entry, 'title', `${at}.title`) && (entry.title as string).length > PACK_LIMITS.titleChars) {
        report(`${at}.title`, `longer than ${PACK_LIMITS.titleChars} characters`);
      }
      if (requireString(entry, 'body', `${at}.body`)) {
        const body = entry.body as string;
        if (body.length > PACK_LIMITS.bodyChars) report(`${at}.body`, `longer than ${PACK_LIMITS.bodyChars} characters`);
        for (const problem of variableProblems(body)) report(`${at}.body`, problem);
      }
      requireOneOf(entry, 'kind', `${at}.kind`, TEMPLATE_KINDS);
      requireOneOf(entry, 'scenario', `${at}.scenario`, SCENARIOS);
      const tags = entry.tags;
      if (!Array.isArray(tags)) {
        report(
          `${at}.tags`,
          tags === undefined
            ? 'missing (expected an array of strings, may be empty)'
            : `expected an array of strings, got ${describe(tags)}`,
        );
      } else {
        if (tags.length > PACK_LIMITS.tags) report(`${at}.tags`, `more than ${PACK_LIMITS.tags} tags`);
        tags.forEach((tag, tagIndex) => {
          if (typeof tag !== 'string' || !tag.trim())
            report(`${at}.tags[${tagIndex}]`, `expected a non-empty string, got ${describe(tag)}`);
        });
      }
      if (entry.shortcut !== undefined && requireString(entry, 'shortcut', `${at}.shortcut`, SHORTCUT)) {
        const shortcut = (entry.shortcut as string).toLowerCase();
        const first = shortcuts.get(shortcut);
        if (first !== undefined) report(`${at}.shortcut`, `duplicate shortcut "${shortcut}" (first used at templates[${first}])`);
        else shortcuts.set(shortcut, index);
      }
      if (entry.locale !== undefined) requireString(entry, 'locale', `${at}.locale`);
      const allowed = new Set<keyof Template>(['id', 'title', 'body', 'kind', 'scenario', 'tags', 'shortcut', 'locale']);
      for (const key of Object.keys(entry)) if (!allowed.has(key as keyof Template)) report(`${at}.${key}`, 'unknown field');
    });
  }

  function validateRules(list: Json[], report: typeof fail) {
    const ids = new Map<string, number>();
    list.forEach((entry, index) => {
      const at = `rules[${index}]`;
      if (!isObject(entry)) {
        report(at, `expected a rule object, got ${describe(entry)}`);
        return;
      }
      if (requireString(entry, 'id', `${at}.id`, ID)) {
        const first = ids.get(entry.id as string);
        if (first !== undefined) report(`${at}.id`, `duplicate id "${entry.id as string}" (first used at rules[${first}])`);
        else ids.set(entry.id as string, index);
      }
      const isRegex = entry.regex === true;
      if (entry.regex !== undefined && typeof entry.regex !== 'boolean')
        report(`${at}.regex`, `expected true or false, got ${describe(entry.regex)}`);
      if (requireString(entry, 'match', `${at}.match`) && isRegex) {
        try {
          new RegExp(entry.match as string, 'u');
        } catch (error) {
          report(`${at}.match`, `invalid regular expression: ${(error as Error).message}`);
        }
      }
      requireString(entry, 'message', `${at}.message`);
      requireOneOf(entry, 'severity', `${at}.severity`, RULE_SEVERITIES);
      const allowed = new Set<keyof TeamRule>(['id', 'match', 'regex', 'message', 'severity']);
      for (const key of Object.keys(entry)) if (!allowed.has(key as keyof TeamRule)) report(`${at}.${key}`, 'unknown field');
    });
  }
}

/** Parses pack text (JSON, with or without a UTF-8 BOM) and validates it. */
export function parsePack(text: string, file: string): ValidationResult {
  let document: Json;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [{ file, path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return validatePack(document, file);
}
