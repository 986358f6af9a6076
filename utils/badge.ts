import { browser } from 'wxt/browser';
import type { Finding, Severity } from './lint/types';

/** Badge colours by the most serious finding (the overlay's underline colours). */
const BADGE_COLORS: Record<Severity, string> = { error: '#d92d20', warning: '#dc6803', info: '#1570ef' };

/** The toolbar button: Chrome MV3's `action`, Firefox MV2's `browserAction` (same badge API). */
function toolbarButton() {
  return import.meta.env.FIREFOX ? browser.browserAction : browser.action;
}

/**
 * Shows how many findings the draft coach has for the reply box in tab `tabId` on the toolbar
 * button, coloured by the most serious one; no findings clears it. Per tab: the browser drops it
 * when the tab navigates.
 */
export async function showFindingsBadge(tabId: number, findings: readonly Finding[]): Promise<void> {
  const button = toolbarButton();
  const worst: Severity | undefined = findings.some((finding) => finding.severity === 'error')
    ? 'error'
    : findings.some((finding) => finding.severity === 'warning')
      ? 'warning'
      : findings[0]?.severity;
  try {
    await button.setBadgeText({ tabId, text: findings.length ? String(findings.length) : '' });
    if (worst) await button.setBadgeBackgroundColor({ tabId, color: BADGE_COLORS[worst] });
  } catch {
    // The tab closed meanwhile.
  }
}
