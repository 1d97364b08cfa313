import type { InboxDeadline } from '../../api/types';
import { useI18n } from '../../i18n/i18n';

const TONE_CLASS = { OVERDUE: 'badge badge-bad', SOON: 'badge badge-warn', LATER: 'badge badge-neutral' } as const;

/** "Quá 6 ngày làm việc" in red, "Còn 2 ngày" in amber (three days or less), later ones plain; with the due day. */
export function DeadlineBadge({ deadline }: { deadline: InboxDeadline }) {
  const { t, pick } = useI18n();
  const text =
    deadline.tone === 'OVERDUE'
      ? deadline.overdue.workingDays > 0
        ? t('inbox.overdueDays', { n: deadline.overdue.workingDays })
        : t('inbox.overdueToday')
      : deadline.daysLeft === 0
        ? t('inbox.dueToday')
        : t('inbox.daysLeft', { n: deadline.daysLeft });
  return (
    <span className="deadline" data-tone={deadline.tone}>
      <span className={TONE_CLASS[deadline.tone]}>{text}</span>{' '}
      <span className="muted small">
        {deadline.basis ? `${pick(deadline.basis)}: ${deadline.dueLocal}` : t('inbox.due', { at: deadline.dueLocal })}
      </span>
    </span>
  );
}
