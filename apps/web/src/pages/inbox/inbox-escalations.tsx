import type { InboxEscalation } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { DeadlineBadge } from './deadline-badge';
import { escalationLink } from './inbox-links';
import { escalationLevelText } from '../../escalations/level-label';

/** Escalations addressed to this user (cảnh báo cấp 1 / cấp 2), with what is late and since when. */
export function InboxEscalations({ items }: { items: InboxEscalation[] }) {
  const { t, pick, tCode } = useI18n();
  return (
    <ul className="plain-list inbox-list">
      {items.map((e) => (
        <li key={e.id} className="inbox-item" data-project-code={e.code} data-escalation-level={e.level}>
          <div className="inbox-item-main">
            <p className="inbox-item-head">
              <Link to={`/projects/${e.projectId}`} className="project-code">
                {e.code}
              </Link>{' '}
              <span className={e.level >= 2 ? 'badge badge-bad' : 'badge badge-warn'}>
                {escalationLevelText(t, e.level, e.code)}
              </span>{' '}
              <span className="badge badge-neutral">{tCode('escalations.status', e.status)}</span>
            </p>
            <p className="inbox-item-title">{e.title}</p>
            <p className="small">
              {e.what.kind === 'REPORT'
                ? t('inbox.escalationReport', { label: pick(e.what.label) })
                : t('queue.whatStall', { state: pick(e.what.stateLabel) })}
              <span className="muted"> · {e.provinceName}</span>
            </p>
            <DeadlineBadge deadline={e.deadline} />
          </div>
          <div className="inbox-item-actions">
            <Link to={escalationLink(e.projectId)} className="button button-primary" data-action="handle_escalation">
              {t('inbox.handleEscalation')}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
