import type { Escalation } from '../../api/types';
import { Badge } from '../../components/badge';
import { Section } from '../../components/section';
import { EscalationButtons } from '../../escalations/escalation-buttons';
import { formatDateTime, formatDue } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { useLabels } from '../../reference/reference';

const STATUS_TONES = { OPEN: 'bad', ACKNOWLEDGED: 'warn', RESOLVED: 'done' } as const;

/** Escalations raised for the project, with acknowledge and resolve for those who handle them. */
export function EscalationsPanel({ escalations, onChanged }: { escalations: Escalation[]; onChanged(): void }) {
  const { t, tCode, locale } = useI18n();
  const labels = useLabels();
  return (
    <Section title={t('escalations.title')} id="escalations">
      {escalations.length === 0 ? (
        <p className="muted">{t('escalations.none')}</p>
      ) : (
        <ul className="plain-list">
          {escalations.map((e) => (
            <li key={e.id} className="escalation" data-escalation-status={e.status}>
              <div className="escalation-head">
                <strong>
                  {t('escalations.level', { level: e.level })} · {tCode('escalations.reason', e.reason)}
                  {e.periodKey && ` · ${e.periodKey}`}
                  {e.stalledState && ` · ${labels.state(e.stalledState)}`}
                </strong>
                <Badge tone={STATUS_TONES[e.status]}>{tCode('escalations.status', e.status)}</Badge>
              </div>
              <p className="muted small">
                {t('escalations.opened', { at: formatDateTime(e.openedAt, locale) })} ·{' '}
                {t('escalations.due', { at: formatDue(e.dueAt, locale) })}
              </p>
              {e.resolutionNote && (
                <p className="small">{t('escalations.resolutionNote', { note: e.resolutionNote })}</p>
              )}
              <EscalationButtons
                escalationId={e.id}
                status={e.status}
                projectCode={e.projectCode}
                onChanged={onChanged}
              />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
