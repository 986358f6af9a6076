import { useEffect, useState } from 'react';
import { DEFAULT_COACH_SETTINGS, teamRulesInUse, type CoachSettings } from '../utils/coach';
import { t, uiLanguage, type MessageKey } from '../utils/i18n';
import { RULE_IDS, RULE_INFO, type Severity } from '../utils/lint';
import { BUILTIN_PACKS } from '../utils/packs/builtin';
import type { LibraryState } from '../utils/packs/library';
import { coachItem, updateCoach } from '../utils/settings';

const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];
const SEVERITY_LABELS: Record<Severity, MessageKey> = {
  info: 'severityInfo',
  warning: 'severityWarning',
  error: 'severityError',
};

interface RuleRow {
  id: string;
  title: string;
  detail?: string;
  fallback: Severity;
}

/**
 * The draft coach's settings: on/off as a whole, and each rule — the built-in ones and the team
 * rules of the packs in use — on/off with its severity. Only changes from the defaults are stored.
 */
export function CoachOptions({ library }: { library: LibraryState }) {
  const [settings, setSettings] = useState<CoachSettings>(DEFAULT_COACH_SETTINGS);

  useEffect(() => {
    void coachItem.getValue().then(setSettings);
    return coachItem.watch((value) => setSettings(value ?? DEFAULT_COACH_SETTINGS));
  }, []);

  const language = uiLanguage();
  const rows: RuleRow[] = [
    ...RULE_IDS.map((id) => ({ id, title: RULE_INFO[id].title[language], fallback: RULE_INFO[id].defaultSeverity })),
    ...teamRulesInUse(library, BUILTIN_PACKS).map(({ packId, rule }) => ({
      id: `pack:${rule.id}`,
      title: rule.message,
      detail: t('optionsCoachTeam', packId),
      fallback: rule.severity,
    })),
  ];

  const setRule = (row: RuleRow, value: Severity | 'off' | undefined) => {
    const rules = { ...settings.rules };
    if (value === undefined || value === row.fallback) delete rules[row.id];
    else rules[row.id] = value;
    void updateCoach({ rules }).then(setSettings);
  };

  return (
    <section className="card" data-testid="coach-options">
      <h2 className="section-title">{t('optionsCoach')}</h2>
      <label className="pack__toggle">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => void updateCoach({ enabled: event.target.checked }).then(setSettings)}
          data-testid="coach-enabled"
        />
        <span>{t('optionsCoachEnabled')}</span>
      </label>
      <p className="muted">{t('optionsCoachHelp')}</p>
      <table className="coach-rules">
        <thead>
          <tr>
            <th scope="col">{t('optionsCoachRule')}</th>
            <th scope="col">{t('optionsCoachSeverity')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const chosen = settings.rules[row.id];
            const on = chosen !== 'off';
            return (
              <tr key={row.id} data-rule={row.id} className={on && settings.enabled ? undefined : 'coach-rules__off'}>
                <td>
                  <label className="pack__toggle">
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={!settings.enabled}
                      onChange={(event) => setRule(row, event.target.checked ? undefined : 'off')}
                    />
                    <span>{row.title}</span>
                  </label>
                  <code className="muted coach-rules__id">{row.detail ?? row.id}</code>
                </td>
                <td>
                  <select
                    value={on && chosen ? chosen : row.fallback}
                    disabled={!on || !settings.enabled}
                    onChange={(event) => setRule(row, event.target.value as Severity)}
                    aria-label={`${row.title}: ${t('optionsCoachSeverity')}`}
                  >
                    {SEVERITIES.map((severity) => (
                      <option key={severity} value={severity}>
                        {t(SEVERITY_LABELS[severity])}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        className="button button--quiet"
        disabled={!Object.keys(settings.rules).length}
        onClick={() => void updateCoach({ rules: {} }).then(setSettings)}
      >
        {t('optionsCoachReset')}
      </button>
    </section>
  );
}
