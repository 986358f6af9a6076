import { useEffect, useState } from 'react';
import { t } from '../utils/i18n';
import { askTab } from '../utils/messaging';
import { sitesItem, updateSite, type SitePreference } from '../utils/settings';
import { ADAPTERS } from '../utils/sites/registry';

/**
 * Per-site choices for pages Deskmate reads imperfectly: which reader to use, and "select the
 * conversation" (the agent points at the message area once; remembered for the site).
 */
export function SiteControls({ tabId, origin, prominent }: { tabId: number; origin: string; prominent: boolean }) {
  const [preference, setPreference] = useState<SitePreference | undefined>();
  const [picking, setPicking] = useState(false);

  useEffect(() => {
    void sitesItem.getValue().then((sites) => setPreference(sites[origin]));
    return sitesItem.watch((sites) => setPreference(sites?.[origin]));
  }, [origin]);

  const pick = async () => {
    setPicking(true);
    try {
      await askTab(tabId, 'deskmate:pick-conversation', {});
    } finally {
      setPicking(false);
    }
  };

  return (
    <section className={prominent ? 'card site' : 'site site--quiet'} data-testid="site-controls">
      {prominent && <p className="muted">{t('panelPickHelp')}</p>}
      <div className="site__row">
        <button
          type="button"
          className={prominent ? 'button' : 'button button--quiet'}
          onClick={() => void pick()}
          disabled={picking}
          data-testid="pick-conversation"
        >
          {t('panelPick')}
        </button>
        {preference?.threadSelector && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void updateSite(origin, { threadSelector: undefined })}
          >
            {t('panelPickForget')}
          </button>
        )}
        <label className="site__reader">
          <span>{t('panelReaderChoice')}</span>
          <select
            value={preference?.reader ?? 'auto'}
            onChange={(event) => void updateSite(origin, { reader: event.target.value })}
            data-testid="reader-choice"
          >
            <option value="auto">{t('readerAuto')}</option>
            <option value="generic">{t('readerGeneric')}</option>
            {ADAPTERS.filter((adapter) => adapter.id !== 'demo').map((adapter) => (
              <option key={adapter.id} value={adapter.id}>
                {adapter.name}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
