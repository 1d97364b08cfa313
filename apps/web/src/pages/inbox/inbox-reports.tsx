import type { InboxReport } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { DeadlineBadge } from './deadline-badge';
import { reportLink } from './inbox-links';

/** Progress reports the unit owes, soonest first: one click opens the form for that period. */
export function InboxReports({ items }: { items: InboxReport[] }) {
  const { t, pick } = useI18n();
  return (
    <ul className="plain-list inbox-list">
      {items.map((r) => (
        <li key={`${r.projectId}/${r.period}`} className="inbox-item" data-project-code={r.code} data-period={r.period}>
          <div className="inbox-item-main">
            <p className="inbox-item-head">
              <Link to={`/projects/${r.projectId}`} className="project-code">
                {r.code}
              </Link>
            </p>
            <p className="inbox-item-title">{r.title}</p>
            <p className="small">
              {t('inbox.reportFor', { label: pick(r.label) })}
              {r.extended && <span className="muted"> · {t('reports.extended')}</span>}
            </p>
            <DeadlineBadge deadline={r.deadline} />
          </div>
          <div className="inbox-item-actions">
            <Link to={reportLink(r.projectId, r.period)} className="button button-primary" data-action="submit_report">
              {t('inbox.submitReport', { label: pick(r.label) })}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
