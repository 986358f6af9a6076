import { useMemo, useState } from 'react';
import { analyzeConversation, type Analysis } from '../utils/conversation/analyze';
import type { Conversation } from '../utils/conversation/types';
import { t, uiLanguage, type MessageKey } from '../utils/i18n';
import type { LibraryTemplate } from '../utils/packs/types';
import { renderTemplate, resolveDeadline, type VariableValues } from '../utils/packs/variables';
import { suggestReplies, type Candidate, type Slot } from '../utils/suggest';
import { VariableForm } from './VariableForm';

const SLOT_LABELS: Record<Slot | 'followUp', MessageKey> = {
  empathy: 'slotEmpathy',
  clarification: 'slotClarification',
  resolution: 'slotResolution',
  followUp: 'slotFollowUp',
};
const EMOTION_LABELS: Record<string, MessageKey> = {
  angry: 'emotionAngry',
  anxious: 'emotionAnxious',
  disappointed: 'emotionDisappointed',
  confused: 'emotionConfused',
  neutral: 'emotionNeutral',
  positive: 'emotionPositive',
};
const SCENARIO_LABELS: Record<string, MessageKey> = {
  order: 'scenarioOrder',
  logistics: 'scenarioLogistics',
  refund: 'scenarioRefund',
  quality: 'scenarioQuality',
  technical: 'scenarioTechnical',
  account: 'scenarioAccount',
  howto: 'scenarioHowto',
  general: 'scenarioGeneral',
};

export type InsertHandler = (text: string, template: LibraryTemplate, filled: Record<string, string>, cursor?: number) => void;

/** What Deskmate understood, in one line of chips: emotion, scenario, what is still missing. */
function Understanding({ analysis }: { analysis: Analysis }) {
  const missing = analysis.missing.map((name) => t(`missing_${name}` as MessageKey) || name);
  return (
    <div className="understanding" data-testid="understanding">
      <span
        className={`chip chip--emotion chip--${analysis.emotion.label}`}
        title={analysis.emotion.cues.map((cue) => cue.text).join(' · ')}
      >
        {t(EMOTION_LABELS[analysis.emotion.label]!)} {Math.round(analysis.emotion.intensity * 100)}%
      </span>
      <span className="chip">{t(SCENARIO_LABELS[analysis.scenario]!)}</span>
      {missing.length > 0 && <span className="chip chip--missing">{t('understandingMissing', missing.join(', '))}</span>}
      {analysis.escalation.level === 'watch' && (
        <span className="chip chip--missing" data-testid="escalation-watch">
          {t('understandingWatch', analysis.escalation.reasons.map((reason) => reason.text).join(' · '))}
        </span>
      )}
    </div>
  );
}

function SlotCard({
  label,
  candidates,
  values,
  onInsert,
  onDismiss,
}: {
  label: string;
  candidates: Candidate[];
  values: VariableValues;
  onInsert: InsertHandler;
  onDismiss: (key: string) => void;
}) {
  const [shown, setShown] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const candidate = candidates[Math.min(shown, candidates.length - 1)];
  if (!candidate) return null;

  const insert = (text: string, filled: Record<string, string> = {}) => {
    onInsert(text, candidate.template, filled, editing === null ? candidate.cursor : undefined);
    setEditing(null);
    setAsking(false);
  };
  const render = (filled: Record<string, string>) =>
    renderTemplate(candidate.template.body, {
      values: { ...values, ...filled },
      locale: candidate.template.locale,
      now: new Date(),
    });

  return (
    <article className="slot" data-testid={`slot-${candidate.slot}`} data-template-id={candidate.template.id}>
      <header className="slot__head">
        <span className="slot__label">{label}</span>
        <span className="slot__title">{candidate.template.title}</span>
        {candidates.length > 1 && (
          <button type="button" className="link" onClick={() => setShown((shown + 1) % candidates.length)} title={t('slotNext')}>
            {shown + 1}/{candidates.length}
          </button>
        )}
      </header>
      <p className="slot__reason">{candidate.reason}</p>
      {editing === null ? (
        <p className="slot__text" lang={candidate.template.locale}>
          {candidate.text}
        </p>
      ) : (
        <textarea
          className="slot__edit"
          value={editing}
          onChange={(event) => setEditing(event.target.value)}
          rows={5}
          autoFocus
        />
      )}
      {asking && (
        <VariableForm
          missing={candidate.missing}
          onCancel={() => setAsking(false)}
          onSubmit={(filled) => {
            const rendered = render(filled);
            if (!rendered.missing.length) onInsert(rendered.text, candidate.template, filled, rendered.cursor);
            setAsking(false);
          }}
        />
      )}
      <div className="slot__actions">
        <button
          type="button"
          className="button"
          data-testid="slot-insert"
          onClick={() => {
            if (editing !== null) {
              if (!/\{\{/.test(editing)) insert(editing);
              return;
            }
            if (candidate.missing.length) setAsking(true);
            else insert(candidate.text);
          }}
          disabled={editing !== null && /\{\{/.test(editing)}
        >
          {t('insertButton')}
        </button>
        {editing === null && (
          <button type="button" className="button button--quiet" onClick={() => setEditing(candidate.text)}>
            {t('slotEdit')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={() => onDismiss(candidate.key)}>
          {t('slotDismiss')}
        </button>
      </div>
    </article>
  );
}

/**
 * The copilot's three suggestions for the next reply — empathy, clarification, resolution — from
 * what the conversation says, updating as messages arrive. Nothing is sent: the agent inserts,
 * edits, or dismisses.
 */
export function Suggestions({
  conversation,
  templates,
  values,
  deadlineRule,
  onInsert,
}: {
  conversation: Conversation;
  templates: readonly LibraryTemplate[];
  values: VariableValues;
  deadlineRule: string;
  onInsert: InsertHandler;
}) {
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const analysis = useMemo(() => analyzeConversation(conversation), [conversation]);
  const suggestions = useMemo(() => {
    const locale = analysis.language === 'zh' ? 'zh-CN' : 'en';
    const deadline = values.deadline ?? resolveDeadline(deadlineRule, new Date(), locale);
    return suggestReplies(conversation, analysis, [...templates], {
      now: new Date(),
      values: { ...values, ...(deadline && { deadline }) },
      uiLanguage: uiLanguage(),
      dismissed,
    });
  }, [conversation, analysis, templates, values, deadlineRule, dismissed]);

  const dismiss = (key: string) => setDismissed(new Set([...dismissed, key]));
  const slots: { slot: Slot | 'followUp'; candidates: Candidate[] }[] = [
    { slot: 'empathy', candidates: suggestions.empathy },
    { slot: 'clarification', candidates: suggestions.clarification },
    { slot: 'resolution', candidates: suggestions.resolution },
    ...(suggestions.followUp ? [{ slot: 'followUp' as const, candidates: [suggestions.followUp] }] : []),
  ];

  return (
    <section className="card suggestions" aria-label={t('suggestionsTitle')} data-testid="suggestions">
      <h2 className="section-title">{t('suggestionsTitle')}</h2>
      {suggestions.flag && (
        <p className="flag" role="alert" data-testid="escalation-flag">
          {suggestions.flag.text}
        </p>
      )}
      <Understanding analysis={analysis} />
      {slots.map(({ slot, candidates }) => (
        <SlotCard
          key={`${slot}:${candidates[0]?.key ?? ''}`}
          label={t(SLOT_LABELS[slot])}
          candidates={candidates}
          values={values}
          onInsert={onInsert}
          onDismiss={dismiss}
        />
      ))}
    </section>
  );
}
