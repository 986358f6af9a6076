import { useState, type KeyboardEvent } from 'react';
import { customerLanguage, type Conversation } from '../utils/conversation/types';
import type { InsertResult } from '../utils/editors/types';
import { t } from '../utils/i18n';
import type { LibraryTemplate } from '../utils/packs/types';
import { conversationValues, type VariableValues } from '../utils/packs/variables';
import { TemplatePicker } from './TemplatePicker';
import { useLibrary } from './useLibrary';

/**
 * The in-page template palette: opened with a keyboard shortcut over the helpdesk, it searches the
 * library and inserts into the reply box at the caret the agent left, then gets out of the way.
 */
export function Palette({
  conversation,
  onInsert,
  onClose,
}: {
  conversation: Conversation | undefined;
  onInsert: (text: string, cursor: number | undefined) => Promise<InsertResult>;
  onClose: () => void;
}) {
  const { index, settings, usage, rememberAgentName, recordUse } = useLibrary();
  const [error, setError] = useState<string>();

  const values: VariableValues = {
    ...conversationValues(conversation),
    ...(settings.agentName && { 'agent.name': settings.agentName }),
  };

  const insert = async (text: string, template: LibraryTemplate, filled: Record<string, string>, cursor?: number) => {
    if (filled['agent.name']) await rememberAgentName(filled['agent.name']);
    const result = await onInsert(text, cursor);
    if (!result.ok) {
      setError(t('insertFailed', result.reason));
      return;
    }
    await recordUse(template);
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div className="palette-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label={t('paletteTitle')}
        onKeyDown={onKeyDown}
        data-testid="palette"
      >
        <TemplatePicker
          index={index}
          language={conversation ? customerLanguage(conversation) : undefined}
          values={values}
          deadlineRule={settings.deadlineRule}
          usage={usage}
          autoFocus
          onInsert={(text, template, filled, cursor) => void insert(text, template, filled, cursor)}
        />
        {error && (
          <p className="toast toast--error" role="alert">
            {error}
          </p>
        )}
        <p className="palette__hint muted">{t('paletteHint')}</p>
      </div>
    </div>
  );
}
