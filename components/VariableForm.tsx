import { useState, type FormEvent } from 'react';
import { t, type MessageKey } from '../utils/i18n';

const LABELS: Record<string, MessageKey> = {
  'customer.name': 'variableCustomerName',
  'agent.name': 'variableAgentName',
  'order.id': 'variableOrderId',
  'ticket.id': 'variableTicketId',
  deadline: 'variableDeadline',
};

/** Asks for the variables a template needs but the conversation doesn't provide. */
export function VariableForm({
  missing,
  onSubmit,
  onCancel,
}: {
  missing: string[];
  onSubmit: (values: Record<string, string>) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Record<string, string>>({});
  const complete = missing.every((name) => values[name]?.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (complete) onSubmit(values);
  };
  return (
    <form className="variables" onSubmit={submit} data-testid="variable-form">
      <p className="variables__title">{t('variablesTitle')}</p>
      {missing.map((name, index) => (
        <label key={name} className="variables__field">
          <span>{LABELS[name] ? t(LABELS[name]) : name}</span>
          <input
            autoFocus={index === 0}
            name={name}
            value={values[name] ?? ''}
            onChange={(event) => setValues({ ...values, [name]: event.target.value })}
          />
        </label>
      ))}
      <div className="variables__actions">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('variablesCancel')}
        </button>
        <button type="submit" className="button" disabled={!complete}>
          {t('insertButton')}
        </button>
      </div>
    </form>
  );
}
