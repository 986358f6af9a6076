import { useMemo, useState, type KeyboardEvent } from 'react';
import type { LibraryTemplate, TemplateKind } from '../utils/packs/types';
import { renderTemplate, type VariableValues } from '../utils/packs/variables';
import type { TemplateIndex } from '../utils/search';
import { t, type MessageKey } from '../utils/i18n';
import { VariableForm } from './VariableForm';

const KIND_LABELS: Record<TemplateKind, MessageKey> = {
  opening: 'kindOpening',
  clarification: 'kindClarification',
  empathy: 'kindEmpathy',
  apology: 'kindApology',
  resolution: 'kindResolution',
  followup: 'kindFollowup',
  closing: 'kindClosing',
};

const LIMIT = 30;

interface Pending {
  template: LibraryTemplate;
  missing: string[];
}

export function TemplatePicker({
  index,
  language,
  values,
  onInsert,
}: {
  index: TemplateIndex;
  /** The customer's language: its templates come first. */
  language: 'zh' | 'en' | undefined;
  values: VariableValues;
  onInsert: (text: string, template: LibraryTemplate, filled: Record<string, string>) => void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [pending, setPending] = useState<Pending | null>(null);

  const results = useMemo(() => {
    const hits = index.search(query, { limit: query.trim() ? LIMIT : index.templates.length }).map((hit) => hit.template);
    if (!language) return hits.slice(0, LIMIT);
    const mine = (template: LibraryTemplate) => template.locale.toLowerCase().startsWith(language);
    return [...hits.filter(mine), ...hits.filter((template) => !mine(template))].slice(0, LIMIT);
  }, [index, query, language]);

  const render = (template: LibraryTemplate, extra: Record<string, string> = {}) =>
    renderTemplate(template.body, { values: { ...values, ...extra }, locale: template.locale, now: new Date() });

  const choose = (template: LibraryTemplate) => {
    const rendered = render(template);
    if (rendered.missing.length) setPending({ template, missing: rendered.missing });
    else {
      setPending(null);
      onInsert(rendered.text, template, {});
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return; // the IME is still composing Chinese input
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (results.length ? (current + step + results.length) % results.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const template = results[active];
      if (template) choose(template);
    } else if (event.key === 'Escape') {
      setPending(null);
    }
  };

  return (
    <section className="card picker" aria-label={t('searchLabel')}>
      <input
        className="search"
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls="template-results"
        aria-activedescendant={results[active] ? `template-${results[active].packId}-${results[active].id}` : undefined}
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={query}
        data-testid="template-search"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setPending(null);
        }}
        onKeyDown={onKeyDown}
      />
      {query.trim() && results.length === 0 && <p className="muted">{t('searchNoResults', query.trim())}</p>}
      <ul id="template-results" className="results" role="listbox" data-testid="template-results">
        {results.map((template, position) => {
          const preview = render(template).text;
          const selected = position === active;
          return (
            <li
              key={`${template.packId}/${template.id}`}
              id={`template-${template.packId}-${template.id}`}
              role="option"
              aria-selected={selected}
              className={selected ? 'result result--active' : 'result'}
              data-template-id={template.id}
              onMouseEnter={() => setActive(position)}
            >
              <button type="button" className="result__button" onClick={() => choose(template)}>
                <span className="result__head">
                  <span className="result__title">{template.title}</span>
                  <span className="chip">{t(KIND_LABELS[template.kind])}</span>
                  {template.shortcut && <kbd className="chip chip--key">{template.shortcut}</kbd>}
                </span>
                <span className="result__body" lang={template.locale}>
                  {preview}
                </span>
              </button>
              {pending?.template === template && (
                <VariableForm
                  missing={pending.missing}
                  onCancel={() => setPending(null)}
                  onSubmit={(filled) => {
                    const rendered = render(template, filled);
                    setPending(null);
                    if (!rendered.missing.length) onInsert(rendered.text, template, filled);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
