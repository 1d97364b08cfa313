import type { QueueItem } from '../../api/types';
import { Badge } from '../../components/badge';
import { formatDue } from '../../format/format';
import { EscalationButtons } from '../../escalations/escalation-buttons';
import { EscalationTrail } from '../../escalations/escalation-trail';
import { Translate, useI18n } from '../../i18n/i18n';
import { useLabels } from '../../reference/reference';
import { Link } from '../../router/router';
import { escalationLevelText } from '../../escalations/level-label';

interface Props {
  item: QueueItem;
  handlesEscalations: boolean;
  onChanged(): void;
}

/** A deadline still to come (the upcoming queue), not one already passed. */
const isAhead = (item: QueueItem): boolean => Date.parse(item.dueAt) > Date.now();

/**
 * Not yet due, overdue by less than a day (working and calendar days both 0), or by how many days; nothing for an
 * escalation that is over (resolved or closed by the system): it is no longer late.
 */
function overdueText(item: QueueItem, t: Translate): string {
  if (item.escalation?.status === 'RESOLVED' || item.escalation?.status === 'AUTO_CLOSED') return t('common.none');
  if (isAhead(item)) return t('queue.notDue');
  const { working, calendar } = item.daysOverdue;
  return working === 0 && calendar === 0 ? t('queue.overdueToday') : t('queue.overdueDays', { working, calendar });
}

/** One late report, stalled project, escalation or coming deadline. */
export function QueueRow({ item, handlesEscalations, onChanged }: Props) {
  const { t, pick, locale } = useI18n();
  const labels = useLabels();
  const what =
    item.what.kind === 'REPORT'
      ? t('queue.whatReport', { label: pick(item.what.label) })
      : t(isAhead(item) ? 'queue.whatStallAhead' : 'queue.whatStall', { state: pick(item.what.stateLabel) });
  const overdue = overdueText(item, t);
  return (
    <tr
      data-project-code={item.code}
      data-period={item.what.kind === 'REPORT' ? item.what.period : undefined}
      data-escalation-status={item.escalation?.status}
    >
      <td data-label={t('queue.col.project')}>
        <Link to={`/projects/${item.projectId}`} className="project-code">
          {item.code}
        </Link>
        <div className="small">{item.title}</div>
      </td>
      <td data-label={t('queue.col.province')} className="nowrap">
        {item.provinceName}
      </td>
      <td data-label={t('queue.col.officer')}>
        {item.officer ? item.officer.fullName : <span className="muted">{t('queue.noOfficer')}</span>}
      </td>
      <td data-label={t('queue.col.what')}>{what}</td>
      <td data-label={t('queue.col.due')} title={item.dueAtLocal}>
        {formatDue(item.dueAt, locale)}
      </td>
      <td data-label={t('queue.col.overdue')}>{overdue}</td>
      <td data-label={t('queue.col.escalation')}>
        {item.escalationLevel > 0 ? (
          <Badge tone={item.escalationLevel > 1 ? 'bad' : 'warn'}>
            {escalationLevelText(t, item.escalationLevel, item.code)}
          </Badge>
        ) : (
          <span className="muted">{t('queue.noEscalation')}</span>
        )}
        {handlesEscalations && item.escalation?.levels && (
          <EscalationTrail
            data={{
              status: item.escalation.status,
              levels: item.escalation.levels,
              acknowledged: item.escalation.acknowledged ?? null,
              resolved: item.escalation.resolved ?? null,
              closed: item.escalation.closed ?? null,
            }}
            periodLabel={item.what.kind === 'REPORT' ? pick(item.what.label) : undefined}
          />
        )}
      </td>
      <td data-label={t('queue.col.lastAction')} className="small">
        {item.lastAction
          ? t('queue.lastAction', {
              action: labels.action(item.lastAction.action),
              by: item.lastAction.by,
              at: item.lastAction.atLocal,
            })
          : t('common.none')}
      </td>
      {handlesEscalations && (
        <td data-label={t('queue.col.handle')}>
          {item.escalation && (
            <EscalationButtons
              escalationId={item.escalation.id}
              status={item.escalation.status}
              projectCode={item.code}
              onChanged={onChanged}
            />
          )}
        </td>
      )}
    </tr>
  );
}
