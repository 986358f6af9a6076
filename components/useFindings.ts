import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Finding } from '../utils/lint/types';
import { askTab, isFindingsChanged } from '../utils/messaging';

/** The draft coach's findings for the reply box in tab `tabId`, live. */
export function useFindings(tabId: number | undefined): Finding[] {
  const [findings, setFindings] = useState<Finding[]>([]);

  useEffect(() => {
    setFindings([]);
    if (tabId === undefined) return undefined;
    let cancelled = false;
    void askTab(tabId, 'deskmate:get-findings', {}).then(
      (answer) => !cancelled && setFindings(answer?.findings ?? []),
      () => undefined, // a content script from before this version: no coach there
    );
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (isFindingsChanged(message) && sender.tab?.id === tabId) setFindings(message.findings);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      cancelled = true;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId]);

  return findings;
}
