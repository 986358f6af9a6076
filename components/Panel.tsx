import { useEffect, useMemo, useState } from 'react';
import { customerLanguage } from '../utils/conversation/types';
import { askTab } from '../utils/messaging';
import type { LibraryTemplate } from '../utils/packs/types';
import { conversationValues, type VariableValues } from '../utils/packs/variables';
import { t } from '../utils/i18n';
import { CoachCard } from './CoachCard';
import { ConversationCard } from './ConversationCard';
import { EnableSite } from './EnableSite';
import { SiteControls } from './SiteControls';
import { Suggestions } from './Suggestions';
import { TemplatePicker } from './TemplatePicker';
import { useLibrary } from './useLibrary';
import { usePageState, type PanelState } from './usePageState';

type Toast = { kind: 'ok' | 'error'; text: string } | null;

function StatusNotice({ state }: { state: PanelState }) {
  let text: string;
  if (state.phase === 'connecting') text = t('panelConnecting');
  else if (state.phase === 'no-tab') text = t('panelNoTab');
  else if (state.page.status === 'unsupported') text = t('panelUnsupported');
  else if (state.page.status === 'no-conversation') text = t('panelNoConversation');
  else if (state.page.status === 'error') text = t('panelReadError', state.page.error ?? '');
  else return null;
  return (
    <p className="card notice" role="status" data-testid="status">
      {text}
    </p>
  );
}

export function Panel() {
  const { state, refresh } = usePageState();
  const { index, settings, usage, rememberAgentName, recordUse } = useLibrary();
  const [toast, setToast] = useState<Toast>(null);

  useEffect(() => {
    if (!toast) return undefined;
    const timer = setTimeout(() => setToast(null), 4000);
    return () => clearTimeout(timer);
  }, [toast]);

  const conversation = state.phase === 'ready' ? state.page.conversation : undefined;
  // Stable while the conversation and the name stay the same: the suggestions are computed from it.
  const values: VariableValues = useMemo(
    () => ({ ...conversationValues(conversation), ...(settings.agentName && { 'agent.name': settings.agentName }) }),
    [conversation, settings.agentName],
  );

  const insert = async (text: string, template: LibraryTemplate, filled: Record<string, string>, cursor?: number) => {
    // The agent's own name is asked once, then remembered.
    if (filled['agent.name']) await rememberAgentName(filled['agent.name']);
    if (state.phase !== 'ready') return;
    try {
      const result = await askTab(state.tabId, 'deskmate:insert-text', { text, ...(cursor === undefined ? {} : { cursor }) });
      if (result.ok) await recordUse(template);
      setToast(result.ok ? { kind: 'ok', text: t('insertDone') } : { kind: 'error', text: t('insertFailed', result.reason) });
    } catch (error) {
      setToast({ kind: 'error', text: t('insertFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <div className="panel">
      <header className="panel__header">
        <img src="/icon/32.png" alt="" width="20" height="20" />
        <h1>Deskmate</h1>
      </header>
      <StatusNotice state={state} />
      {state.phase === 'no-tab' && <EnableSite onEnabled={() => setTimeout(refresh, 300)} />}
      {state.phase === 'ready' && state.page.fallback && (
        <p className="card notice notice--warning" role="status" data-testid="fallback-notice">
          {t('panelFallback', [
            state.page.fallback.fromName,
            t(
              state.page.fallback.reason === 'error'
                ? 'fallbackError'
                : state.page.fallback.reason === 'no-messages'
                  ? 'fallbackNoMessages'
                  : 'fallbackNoConversation',
            ),
          ])}
        </p>
      )}
      {conversation && <ConversationCard conversation={conversation} />}
      {state.phase === 'ready' && !state.page.composer && <p className="card notice">{t('insertNoComposer')}</p>}
      {state.phase === 'ready' && <CoachCard tabId={state.tabId} />}
      {conversation && conversation.messages.some((message) => message.role === 'customer') && (
        <Suggestions
          conversation={conversation}
          templates={index.templates}
          values={values}
          deadlineRule={settings.deadlineRule}
          onInsert={insert}
        />
      )}
      {state.phase === 'ready' && state.page.origin && (
        <SiteControls
          tabId={state.tabId}
          origin={state.page.origin}
          prominent={state.page.status !== 'ok' || Boolean(state.page.fallback)}
        />
      )}
      <TemplatePicker
        index={index}
        language={conversation ? customerLanguage(conversation) : undefined}
        values={values}
        deadlineRule={settings.deadlineRule}
        usage={usage}
        onInsert={insert}
      />
      {toast && (
        <p className={`toast toast--${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'} data-testid="toast">
          {toast.text}
        </p>
      )}
      <footer className="panel__footer muted">{t('privacyNote')}</footer>
    </div>
  );
}
