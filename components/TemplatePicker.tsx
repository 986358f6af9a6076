import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { LibraryTemplate, TemplateKind } from '../utils/packs/types';
import { renderTemplate, type VariableValues } from '../utils/packs/variables';
import type { TemplateIndex, UsageStats } from '../utils/search';
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
  deadlineRule,
  usage,
  autoFocus = false,
  onInsert,
}: {
  index: TemplateIndex;
  /** The customer's language: its templates come first. */
  language: 'zh' | 'en' | undefined;
  values: VariableValues;
  deadlineRule: string;
  usage: UsageStats;
  /** Focus the search box on mount (the in-page palette). */
  autoFocus?: boolean;
  onInsert: (text: string, template: LibraryTemplate, filled: Record<string, string>, cursor?: number) => void;
}) {
  // What the box shows vs. what is searched: while an IME is composing (拼音 → 汉字), the box holds
  // raw letters the agent hasn't committed, so the search waits for the composition to end.
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const composing = useRef(false);
  const [active, setActive] = useState(0);
  const [pending, setPending] = useState<Pending | null>(null);

  const results = useMemo(() => {
    const hits = index
      .search(query, { limit: LIMIT * 2, context: { usage, ...(language && { language }) } })
      .map((hit) => hit.template);
    if (query.trim() || !language) return hits.slice(0, LIMIT);
    // Browsing: the customer's language only, most used first.
    return hits.filter((template) => template.locale.toLowerCase().startsWith(language)).slice(0, LIMIT);
  }, [index, query, language, usage]);

  const render = (template: LibraryTemplate, extra: Record<string, string> = {}) =>
    renderTemplate(template.body, { values: { ...values, ...extra }, locale: template.locale, now: new Date(), deadlineRule });

  const choose = (template: LibraryTemplate) => {
    const rendered = render(template);
    if (rendered.missing.length) setPending({ template, missing: rendered.missing });
    else {
      setPending(null);
      onInsert(rendered.text, template, {}, rendered.cursor);
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
        value={draft}
        autoFocus={autoFocus}
        data-testid="template-search"
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          setQuery(event.currentTarget.value);
          setActive(0);
        }}
        onChange={(event) => {
          setDraft(event.target.value);
          if (composing.current) return;
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
                    if (!rendered.missing.length) onInsert(rendered.text, template, filled, rendered.cursor);
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
