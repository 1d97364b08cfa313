import { positionLabel } from '@kc/domain/roles';
import type { HistoryEntry, ProjectDetail } from '../../api/types';
import { Section } from '../../components/section';
import { ShowOlder } from '../../components/show-older';
import { useOlderEntries } from '../../hooks/use-older-entries';
import { useApi } from '../../session/session';
import { StateBadge } from '../../components/state-badge';
import { useI18n } from '../../i18n/i18n';
import { useLabels } from '../../reference/reference';
import { HistoryDetails } from './history-details';

/**
 * The audit trail, newest first: what was done, by whom, when (Vietnam time) and why. The page brings the newest
 * entries; older ones are read on request.
 */
export function HistoryTimeline({ project }: { project: ProjectDetail }) {
  const { t, pick } = useI18n();
  const api = useApi();
  const list = useOlderEntries(project.history, project.historyNextBefore, (before) =>
    api.olderHistory(project.id, before),
  );
  const history = list.items;
  const labels = useLabels();
  /** The position the actor held ("Lãnh đạo Cục", "Chuyên viên Sở Công Thương"); an approval the Cục leader entered
   * for the Minister's plan decision says so. */
  const actorLine = (entry: HistoryEntry) =>
    entry.action === 'approve' && entry.details?.onBehalfOf === 'MINISTER'
      ? t('history.onBehalfOfMinister')
      : pick(positionLabel(entry.actor));
  const newestFirst = [...history].sort((a, b) => b.seq - a.seq);
  return (
    <Section title={t('history.title')} id="history">
      {newestFirst.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="timeline">
          {newestFirst.map((entry) => (
            <li key={entry.seq} className="timeline-item" data-action={entry.action}>
              <div className="timeline-head">
                <strong>{labels.action(entry.action)}</strong>
                <StateBadge state={entry.toState.code} />
              </div>
              <div className="muted small">
                <time dateTime={entry.occurredAt}>{entry.occurredAtLocal}</time>
                {' · '}
                <span data-testid="history-actor">
                  {t('common.by', { name: entry.actor.email, role: actorLine(entry) })}
                </span>
                {entry.fromState &&
                  entry.fromState.code !== entry.toState.code &&
                  ` · ${t('history.from', { state: labels.state(entry.fromState.code) })}`}
              </div>
              {entry.reason && <p className="timeline-reason">{t('history.reason', { reason: entry.reason })}</p>}
              <HistoryDetails entry={entry} />
            </li>
          ))}
        </ol>
      )}
      <ShowOlder list={list} label={t('history.older')} />
    </Section>
  );
}
