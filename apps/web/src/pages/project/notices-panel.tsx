import type { Notice } from '../../api/types';
import { Badge } from '../../components/badge';
import { Section } from '../../components/section';
import { formatDateTime } from '../../format/format';
import { useI18n } from '../../i18n/i18n';

/** Reminders, overdue and stall notices and escalation mails sent for the project (the notification log). */
export function NoticesPanel({ notices }: { notices: Notice[] }) {
  const { t, tCode, locale } = useI18n();
  const newestFirst = [...notices].reverse();
  return (
    <Section title={t('notices.title')} id="notices">
      {newestFirst.length === 0 ? (
        <p className="muted">{t('notices.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('notices.when')}</th>
              <th>{t('notices.kind')}</th>
              <th>{t('notices.subject')}</th>
              <th>{t('notices.to')}</th>
              <th>{t('notices.status')}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((n) => (
              <tr key={n.idempotencyKey}>
                <td data-label={t('notices.when')}>{formatDateTime(n.sentAt ?? n.createdAt, locale)}</td>
                <td data-label={t('notices.kind')}>
                  {tCode('notices.kind', n.kind)}
                  {n.periodKey && <span className="muted small"> · {n.periodKey}</span>}
                </td>
                <td data-label={t('notices.subject')}>{n.subject}</td>
                <td data-label={t('notices.to')} className="small">
                  {n.recipients.join(', ')}
                </td>
                <td data-label={t('notices.status')}>
                  <Badge tone={n.status === 'SENT' ? 'good' : n.status === 'PENDING' ? 'info' : 'bad'}>
                    {tCode('notices.status', n.status)}
                  </Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
