export const TEMPLATE_KINDS = ['opening', 'clarification', 'empathy', 'apology', 'resolution', 'followup', 'closing'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const SCENARIOS = ['order', 'logistics', 'refund', 'quality', 'technical', 'account', 'howto', 'general'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const RULE_SEVERITIES = ['info', 'warning', 'error'] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

export interface Template {
  id: string;
  title: string;
  body: string;
  kind: TemplateKind;
  scenario: Scenario;
  tags: string[];
  shortcut?: string;
  locale?: string;
}

export interface TeamRule {
  id: string;
  match: string;
  regex: boolean;
  message: string;
  severity: RuleSeverity;
}

export interface Pack {
  format: 'deskmate-pack';
  schemaVersion: 1;
  id: string;
  name: string;
  version: string;
  locale: string;
  templates: Template[];
  rules?: TeamRule[];
}

/** A template together with the pack it came from, as the library and search see it. */
export interface LibraryTemplate extends Template {
  packId: string;
  /** The template's own locale, or its pack's. */
  locale: string;
}

export interface PackError {
  /** The file (or URL) the pack came from. */
  file: string;
  /** JSON path of the offending value, e.g. `templates[12].kind`; `` for the document itself. */
  path: string;
  message: string;
}

export function libraryTemplates(pack: Pack): LibraryTemplate[] {
  return pack.templates.map((template) => ({
    ...template,
    packId: pack.id,
    locale: template.locale ?? pack.locale,
  }));
}
