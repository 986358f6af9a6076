import { latestCustomerMessage, type Conversation } from '../utils/conversation/types';
import { adapterById } from '../utils/sites/registry';
import { t } from '../utils/i18n';

function shortTime(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? undefined
    : date.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function ConversationCard({ conversation }: { conversation: Conversation }) {
  const latest = latestCustomerMessage(conversation);
  const reader =
    conversation.site === 'generic' ? t('readerGeneric') : (adapterById(conversation.site)?.name ?? conversation.site);
  return (
    <section className="card conversation" aria-labelledby="latest-heading" data-testid="conversation">
      <div className="conversation__meta">
        {conversation.subject && <span className="conversation__subject">{conversation.subject}</span>}
        {conversation.ticketId && <span className="chip">{t('panelTicket', conversation.ticketId)}</span>}
      </div>
      <h2 id="latest-heading" className="section-title">
        {t('panelLatestCustomer')}
      </h2>
      {latest ? (
        <blockquote
          className="latest"
          data-testid="latest-customer-message"
          lang={/[\u4e00-\u9fff]/u.test(latest.text) ? 'zh-CN' : 'en'}
        >
          <p>{latest.text}</p>
          <footer>{[latest.author ?? conversation.customer?.name, shortTime(latest.time)].filter(Boolean).join(' · ')}</footer>
        </blockquote>
      ) : (
        <p className="muted">{t('panelNoCustomerMessage')}</p>
      )}
      <p className="reader" data-testid="reader">
        {t('panelReader', [reader, String(conversation.messages.length)])}
      </p>
    </section>
  );
}
