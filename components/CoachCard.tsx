import { useState } from 'react';
import { t, uiLanguage } from '../utils/i18n';
import { RULE_INFO, type Finding, type RuleId } from '../utils/lint';
import { askTab } from '../utils/messaging';
import { useFindings } from './useFindings';

const info = (finding: Finding) => (finding.rule in RULE_INFO ? RULE_INFO[finding.rule as RuleId] : undefined);

/**
 * The draft coach's findings for the reply box, as the underlines in the page show them: the words,
 * why, and the first suggestion — a button that puts it in place of the words when the rule's
 * suggestions can replace them as-is, advice otherwise.
 */
export function CoachCard({ tabId }: { tabId: number }) {
  const findings = useFindings(tabId);
  const [error, setError] = useState<string>();
  if (!findings.length) return null;
  const language = uiLanguage();

  const apply = async (finding: Finding) => {
    setError(undefined);
    try {
      const result = await askTab(tabId, 'deskmate:apply-suggestion', { finding, index: 0 });
      if (!result.ok) setError(t('coachApplyFailed', result.reason));
    } catch (failure) {
      setError(t('coachApplyFailed', failure instanceof Error ? failure.message : String(failure)));
    }
  };

  return (
    <section className="card coach" aria-labelledby="coach-heading" data-testid="coach">
      <h2 id="coach-heading" className="section-title">
        {t('coachPanelTitle')} <span className="coach__count">{findings.length}</span>
      </h2>
      <ul className="coach__list">
        {findings.map((finding) => {
          const rule = info(finding);
          const words = rule?.scope !== 'message';
          return (
            <li
              key={`${finding.rule}:${finding.start}:${finding.end}`}
              className={`coach__item coach__item--${finding.severity}`}
              data-testid="coach-finding"
              data-rule={finding.rule}
            >
              <div className="coach__head">
                <span className="coach__title">{rule ? rule.title[language] : t('coachTeamRule')}</span>
                {words && <q className="coach__words">{finding.text}</q>}
              </div>
              <p className="coach__message">{finding.message}</p>
              {rule?.replaces && finding.suggestions[0] !== undefined ? (
                <button
                  type="button"
                  className="button coach__apply"
                  data-testid="coach-apply"
                  onClick={() => void apply(finding)}
                >
                  {t('coachReplace')} → {finding.suggestions[0]}
                </button>
              ) : (
                finding.suggestions[0] !== undefined && (
                  <p className="coach__advice">
                    <span className="muted">{t('coachAdvice')}</span> {finding.suggestions[0]}
                  </p>
                )
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="coach__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
