import type { InboxProject } from '../../api/types';
import { StateBadge } from '../../components/state-badge';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { DeadlineBadge } from './deadline-badge';
import { actionLink } from './inbox-links';

/** Projects at a step this user takes: the step's button opens its dialog on the project page. */
export function InboxProjects({ items }: { items: InboxProject[] }) {
  const { t, pick } = useI18n();
  return (
    <ul className="plain-list inbox-list">
      {items.map((p) => (
        <li key={p.projectId} className="inbox-item" data-project-code={p.code}>
          <div className="inbox-item-main">
            <p className="inbox-item-head">
              <Link to={`/projects/${p.projectId}`} className="project-code">
                {p.code}
              </Link>{' '}
              <StateBadge state={p.state} />
            </p>
            <p className="inbox-item-title">{p.title}</p>
            <p className="muted small">
              {p.implementingUnit.name} · {p.provinceName} · {t(`scope.${p.scope}`)}
            </p>
            {p.deadline ? (
              <DeadlineBadge deadline={p.deadline} />
            ) : (
              <span className="muted small">{t('inbox.since', { at: p.sinceLocal })}</span>
            )}
          </div>
          <div className="inbox-item-actions">
            {p.actions.map((a) => (
              <Link
                key={a.action}
                to={actionLink(p.projectId, a.action)}
                className="button button-primary"
                data-action={a.action}
              >
                {pick(a.label)}
              </Link>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
