import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../utils/i18n';
import { enableSite, isWebOrigin } from '../utils/site-access';

/**
 * Offered when the active tab isn't a page Deskmate runs on: one click asks the browser for that one
 * site and starts Deskmate there (self-hosted helpdesks, custom domains).
 */
export function EnableSite({ onEnabled }: { onEnabled: () => void }) {
  const [tab, setTab] = useState<{ id?: number; origin?: string }>();
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      setTab({
        ...(active?.id !== undefined && { id: active.id }),
        ...(isWebOrigin(active?.url) && { origin: new URL(active.url).origin }),
      });
    });
  }, []);

  if (!tab) return null;
  if (!tab.origin) {
    return (
      <p className="card notice" data-testid="enable-site-hint">
        {t('enableSiteHint')}
      </p>
    );
  }
  const origin = tab.origin;
  return (
    <section className="card site" data-testid="enable-site">
      <p>{t('enableSitePrompt', new URL(origin).host)}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          // Straight from the click: the browser only shows its permission prompt for a user gesture.
          void enableSite(origin, tab.id).then((ok) => (ok ? onEnabled() : setDenied(true)));
        }}
      >
        {t('enableSiteButton', new URL(origin).host)}
      </button>
      {denied && <p className="muted">{t('enableSiteDenied')}</p>}
    </section>
  );
}
