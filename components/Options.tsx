import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../utils/i18n';
import { BUILTIN_PACKS } from '../utils/packs/builtin';
import { removePack, setEnabled, type InstalledPack, type UpdateOutcome } from '../utils/packs/library';
import { importPackFile, libraryItem } from '../utils/packs/storage';
import { checkPackUrl, refreshSource } from '../utils/packs/subscription';
import type { PackError } from '../utils/packs/types';
import { isDeadlineRule, resolveDeadline } from '../utils/packs/variables';
import { DEFAULT_SETTINGS, settingsItem, sitesItem, updateSettings, usageItem, type SitePreference } from '../utils/settings';
import { disableSite, originPattern } from '../utils/site-access';
import { CoachOptions } from './CoachOptions';
import { useLibrary } from './useLibrary';

function PackRow({
  name,
  detail,
  enabled,
  onToggle,
  onRemove,
  onRefresh,
  error,
}: {
  name: string;
  detail: string;
  enabled: boolean;
  onToggle: (on: boolean) => void;
  onRemove?: () => void;
  onRefresh?: () => void;
  error?: InstalledPack['lastError'];
}) {
  return (
    <li className="pack" data-testid="pack-row">
      <label className="pack__toggle">
        <input type="checkbox" checked={enabled} onChange={(event) => onToggle(event.target.checked)} />
        <span className="pack__name">{name}</span>
      </label>
      <span className="muted pack__detail">{detail}</span>
      {onRefresh && (
        <button type="button" className="button button--quiet" onClick={onRefresh}>
          {t('optionsCheckNow')}
        </button>
      )}
      {onRemove && (
        <button type="button" className="button button--quiet" onClick={onRemove}>
          {t('optionsRemove')}
        </button>
      )}
      {error && <ErrorList title={error.message} errors={error.errors ?? []} />}
    </li>
  );
}

function ErrorList({ title, errors }: { title: string; errors: PackError[] }) {
  return (
    <div className="errors" role="alert" data-testid="pack-errors">
      <p>{title}</p>
      <ul>
        {errors.slice(0, 50).map((error, index) => (
          <li key={index}>
            <code>{error.path || '(document)'}</code> {error.message}
          </li>
        ))}
      </ul>
      {errors.length > 50 && <p>{t('optionsMoreErrors', String(errors.length - 50))}</p>}
    </div>
  );
}

/** What the agent sees after importing or subscribing: the pack installed, or why not. */
type Outcome = { ok: true; text: string } | { ok: false; title: string; errors: PackError[] };

function outcomeOf(update: UpdateOutcome): Outcome {
  return update.ok
    ? { ok: true, text: t('optionsImported', [update.pack.name, String(update.pack.templates.length)]) }
    : { ok: false, title: update.message, errors: update.errors ?? [] };
}

function OutcomeNote({ outcome, testId }: { outcome: Outcome | null; testId?: string }) {
  if (!outcome) return null;
  if (!outcome.ok) return <ErrorList title={outcome.title} errors={outcome.errors} />;
  return (
    <p className="notice" role="status" data-testid={testId}>
      {outcome.text}
    </p>
  );
}

export function Options() {
  const { library, settings, usage } = useLibrary();
  const [name, setName] = useState('');
  const [rule, setRule] = useState(DEFAULT_SETTINGS.deadlineRule);
  const [importResult, setImportResult] = useState<Outcome | null>(null);

  useEffect(() => {
    void settingsItem.getValue().then((value) => {
      setName(value.agentName);
      setRule(value.deadlineRule);
    });
  }, []);

  const [sites, setSites] = useState<Record<string, SitePreference>>({});
  useEffect(() => {
    void sitesItem.getValue().then(setSites);
    return sitesItem.watch((value) => setSites(value ?? {}));
  }, []);
  const enabledSites = Object.entries(sites).filter(([, preference]) => preference.enabled);
  const [subscribeUrl, setSubscribeUrl] = useState('');
  const [subscribeResult, setSubscribeResult] = useState<Outcome | null>(null);
  const now = new Date();

  const onSubscribe = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkPackUrl(subscribeUrl);
    if (!checked.ok) {
      setSubscribeResult({ ok: false, title: checked.message, errors: [] });
      return;
    }
    // The permission prompt must come straight from the click, before any other await.
    void browser.permissions.request({ origins: [originPattern(checked.url)] }).then(async (granted) => {
      if (!granted) {
        setSubscribeResult({ ok: false, title: t('optionsPermissionDenied', checked.url.host), errors: [] });
        return;
      }
      const outcome = await refreshSource({ kind: 'url', url: checked.url.href });
      setSubscribeResult(outcomeOf(outcome));
      if (outcome.ok) setSubscribeUrl('');
    });
  };
  const ruleOk = isDeadlineRule(rule);

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const outcome = await importPackFile(file.name, await file.text());
    setImportResult(outcomeOf(outcome));
  };

  const toggleBuiltin = async (id: string, on: boolean) => {
    const state = await libraryItem.getValue();
    const disabled = new Set(state.disabledBuiltins);
    if (on) disabled.delete(id);
    else disabled.add(id);
    await libraryItem.setValue({ ...state, disabledBuiltins: [...disabled] });
  };

  return (
    <main className="options">
      <header className="panel__header">
        <img src="/icon/32.png" alt="" width="24" height="24" />
        <h1>{t('optionsTitle')}</h1>
      </header>

      <section className="card">
        <h2 className="section-title">{t('optionsYou')}</h2>
        <label className="field">
          <span>{t('variableAgentName')}</span>
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            onBlur={() => void updateSettings({ agentName: name.trim() })}
            data-testid="agent-name"
          />
        </label>
        <label className="field">
          <span>{t('optionsDeadline')}</span>
          <input
            value={rule}
            aria-invalid={!ruleOk}
            onChange={(event) => setRule(event.target.value)}
            onBlur={() => ruleOk && void updateSettings({ deadlineRule: rule.trim() })}
            data-testid="deadline-rule"
          />
          <small className={ruleOk ? 'muted' : 'error-text'}>
            {ruleOk
              ? t('optionsDeadlinePreview', [resolveDeadline(rule, now, 'zh-CN')!, resolveDeadline(rule, now, 'en')!])
              : t('optionsDeadlineInvalid')}
          </small>
        </label>
      </section>

      <section className="card">
        <h2 className="section-title">{t('optionsPacks')}</h2>
        <ul className="packs">
          {library.installed.map((entry) => (
            <PackRow
              key={`${entry.source.kind}:${'url' in entry.source ? entry.source.url : entry.source.name}`}
              name={entry.pack.name}
              detail={t('optionsPackDetail', [
                entry.pack.version,
                String(entry.pack.templates.length),
                'url' in entry.source ? entry.source.url : entry.source.name,
              ])}
              enabled={entry.enabled}
              onToggle={async (on) => libraryItem.setValue(setEnabled(await libraryItem.getValue(), entry.source, on))}
              {...(entry.source.kind !== 'policy' && {
                onRemove: async () => libraryItem.setValue(removePack(await libraryItem.getValue(), entry.source)),
              })}
              {...(entry.source.kind !== 'file' && {
                onRefresh: () => void refreshSource(entry.source as { kind: 'url'; url: string }),
              })}
              {...(entry.lastError && { error: entry.lastError })}
            />
          ))}
          {BUILTIN_PACKS.map((pack) => (
            <PackRow
              key={pack.id}
              name={pack.name}
              detail={t('optionsPackDetail', [pack.version, String(pack.templates.length), t('optionsBuiltin')])}
              enabled={!library.disabledBuiltins.includes(pack.id)}
              onToggle={(on) => void toggleBuiltin(pack.id, on)}
            />
          ))}
        </ul>
        <label className="button import">
          {t('optionsImport')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(event) => void onImport(event)}
            data-testid="import-pack"
            hidden
          />
        </label>
        <p className="muted">{t('optionsImportHelp')}</p>
        <OutcomeNote outcome={importResult} testId="import-ok" />

        <form className="subscribe" onSubmit={onSubscribe}>
          <label className="field">
            <span>{t('optionsSubscribe')}</span>
            <input
              type="url"
              placeholder="https://example.com/team-pack.json"
              value={subscribeUrl}
              onChange={(event) => setSubscribeUrl(event.target.value)}
              data-testid="subscribe-url"
            />
          </label>
          <button type="submit" className="button" disabled={!subscribeUrl.trim()}>
            {t('optionsSubscribeButton')}
          </button>
        </form>
        <p className="muted">{t('optionsSubscribeHelp')}</p>
        <OutcomeNote outcome={subscribeResult} />
      </section>

      <section className="card">
        <h2 className="section-title">{t('optionsSites')}</h2>
        {enabledSites.length === 0 && <p className="muted">{t('optionsNoSites')}</p>}
        <ul className="packs">
          {enabledSites.map(([origin]) => (
            <li key={origin} className="pack">
              <span className="pack__name">{origin}</span>
              <span className="pack__detail" />
              <button type="button" className="button button--quiet" onClick={() => void disableSite(origin)}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <CoachOptions library={library} />

      <section className="card">
        <h2 className="section-title">{t('optionsPrivacy')}</h2>
        <p>{t('optionsPrivacyText')}</p>
        <button
          type="button"
          className="button button--quiet"
          disabled={!Object.keys(usage).length}
          onClick={() => void usageItem.setValue({})}
        >
          {t('optionsForgetUsage', String(Object.keys(usage).length))}
        </button>
        <p className="muted">{settings.agentName ? t('optionsSignedAs', settings.agentName) : ''}</p>
      </section>
    </main>
  );
}
