import type { Escalation } from '../../api/types';
import { Section } from '../../components/section';
import { EscalationButtons } from '../../escalations/escalation-buttons';
import { EscalationTrail, trailOf } from '../../escalations/escalation-trail';
import { formatDateTime, formatDue } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { useLabels } from '../../reference/reference';
import { escalationLevelText } from '../../escalations/level-label';

/**
 * The project's escalations, one per cause, open or closed: the levels reached, who handled them, why the system
 * closed them; acknowledge and resolve for those who handle them.
 */
export function EscalationsPanel({ escalations, onChanged }: { escalations: Escalation[]; onChanged(): void }) {
  const { t, tCode, pick, locale } = useI18n();
  const labels = useLabels();
  return (
    <Section title={t('escalations.title')} id="escalations">
      {escalations.length === 0 ? (
        <p className="muted">{t('escalations.none')}</p>
      ) : (
        <ul className="plain-list">
          {escalations.map((e) => (
            <li key={e.id} className="escalation" data-escalation-status={e.status} data-escalation-level={e.level}>
              <div className="escalation-head">
                <strong>
                  {escalationLevelText(t, e.level, e.projectCode)} · {tCode('escalations.reason', e.reason)}
                  {e.periodKey && ` · ${e.periodLabel ? pick(e.periodLabel) : e.periodKey}`}
                  {e.stalledState && ` · ${labels.state(e.stalledState)}`}
                </strong>
              </div>
              <p className="muted small">
                {t('escalations.opened', { at: formatDateTime(e.openedAt, locale) })} ·{' '}
                {t('escalations.due', { at: formatDue(e.dueAt, locale) })}
              </p>
              <EscalationTrail data={trailOf(e)} periodLabel={e.periodLabel ? pick(e.periodLabel) : undefined} />
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
