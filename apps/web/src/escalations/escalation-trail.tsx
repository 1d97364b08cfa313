import type { AutoCloseReason, Escalation, EscalationLevel, EscalationStatus } from '../api/types';
import { Badge } from '../components/badge';
import { formatDateTime } from '../format/format';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n';
import { useLabels } from '../reference/reference';

export const ESCALATION_STATUS_TONES = {
  OPEN: 'bad',
  ACKNOWLEDGED: 'warn',
  RESOLVED: 'done',
  AUTO_CLOSED: 'good',
} as const;

/** What the trail shows of one escalation, from the queue's row or the project's list. */
export interface EscalationTrailData {
  status: EscalationStatus;
  levels: EscalationLevel[];
  acknowledged: { by: string | null; at: string } | null;
  resolved: { by: string | null; at: string; note: string | null } | null;
  closed: { reason: AutoCloseReason; detail: string | null; at: string } | null;
}

export function trailOf(e: Escalation): EscalationTrailData {
  return {
    status: e.status,
    levels: e.levels ?? [],
    acknowledged: e.acknowledgedAt ? { by: e.acknowledgedByName, at: e.acknowledgedAt } : null,
    resolved: e.resolvedAt ? { by: e.resolvedByName, at: e.resolvedAt, note: e.resolutionNote } : null,
    closed: e.closedReason && e.closedAt ? { reason: e.closedReason, detail: e.closedDetail, at: e.closedAt } : null,
  };
}

/**
 * The life of one escalation: its status, each level reached (when, who was told), who acknowledged and resolved
 * it, or why the system closed it. `periodLabel` names the report period of an auto-closed late report.
 */
export function EscalationTrail({ data, periodLabel }: { data: EscalationTrailData; periodLabel?: string }) {
  const { t, tCode, locale } = useI18n();
  const labels = useLabels();
  const at = (iso: string) => formatDateTime(iso, locale);
  const closedDetail = (closed: NonNullable<EscalationTrailData['closed']>) =>
    closed.reason === 'REPORT_SUBMITTED' ? (periodLabel ?? closed.detail ?? '') : labels.state(closed.detail ?? '');
  return (
    <div className="escalation-trail small">
      <Badge tone={ESCALATION_STATUS_TONES[data.status]}>{tCode('escalations.status', data.status)}</Badge>
      {data.levels.length > 0 && (
        <ol className="plain-list escalation-levels" aria-label={t('escalations.history')}>
          {data.levels.map((l) => (
            <li key={l.level} data-level={l.level}>
              {t('escalations.levelReached', {
                level: l.level,
                at: at(l.reachedAt),
                who: (l.notifiedNames ?? l.notified).join(', ') || t('escalations.nobodyNotified'),
              })}
            </li>
          ))}
        </ol>
      )}
      {data.acknowledged && (
        <p className="muted">
          {t('escalations.ackedBy', { by: data.acknowledged.by ?? '—', at: at(data.acknowledged.at) })}
        </p>
      )}
      {data.resolved && (
        <p className="muted">
          {t('escalations.resolvedBy', { by: data.resolved.by ?? '—', at: at(data.resolved.at) })}
          {data.resolved.note && ` — ${data.resolved.note}`}
        </p>
      )}
      {data.closed && (
        <p className="escalation-closed" data-closed-reason={data.closed.reason}>
          {t(`escalations.closed.${data.closed.reason}` as MessageKey, {
            at: at(data.closed.at),
            detail: closedDetail(data.closed),
          })}
        </p>
      )}
    </div>
  );
}
