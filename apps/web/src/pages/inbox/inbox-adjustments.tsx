import type { InboxAdjustment } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { adjustmentLink } from './inbox-links';

/** Adjustment requests waiting for this user's certification or decision, oldest first, each linked to its panel. */
export function InboxAdjustments({ items }: { items: InboxAdjustment[] }) {
  const { t, pick } = useI18n();
  return (
    <ul className="plain-list inbox-list">
      {items.map((a) => (
        <li key={a.id} className="inbox-item" data-project-code={a.code} data-adjustment-kind={a.kind}>
          <div className="inbox-item-main">
            <p className="inbox-item-head">
              <Link to={`/projects/${a.projectId}`} className="project-code">
                {a.code}
              </Link>{' '}
              <span className="badge badge-warn">{pick(a.kindLabel)}</span>{' '}
              <span className="badge badge-neutral">{pick(a.statusLabel)}</span>
            </p>
            <p className="inbox-item-title">{a.title}</p>
            <p className="small">
              {a.implementingUnit.name}
              <span className="muted">
                {' '}
                · {a.provinceName} · {t('inbox.adjustmentAsked', { at: a.requestedAtLocal })}
              </span>
            </p>
          </div>
          <div className="inbox-item-actions">
            <Link to={adjustmentLink(a.projectId)} className="button button-primary" data-action="adjustment">
              {pick(a.actions[0].label)}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
