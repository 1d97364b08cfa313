import { useCallback, useState } from 'react';
import type { AuditEntry } from '../../../api/admin-types';
import { ErrorMessage } from '../../../components/error-message';
import { LoadMore } from '../../../components/load-more';
import { formatDateTime } from '../../../format/format';
import { usePagedList } from '../../../hooks/use-paged-list';
import { useI18n } from '../../../i18n/i18n';
import { useLabels } from '../../../reference/reference';
import { Link } from '../../../router/router';
import { useApi } from '../../../session/session';
import '../admin.css';
import { AuditFilterValues, AuditFilters, NO_AUDIT_FILTERS } from './audit-filters';

/** "Nhật ký hệ thống": logins and write requests, newest first, searched by actor, action, project, outcome, days. */
export function AuditPage() {
  const { t, tCode, locale } = useI18n();
  const api = useApi();
  const labels = useLabels();
  const [filters, setFilters] = useState<AuditFilterValues>(NO_AUDIT_FILTERS);
  const fetchPage = useCallback(
    (cursor: string | null) => api.auditLog({ ...filters, before: cursor ?? undefined, limit: 50 }),
    [api, filters],
  );
  const list = usePagedList(fetchPage, (row) => row.id);
  const what = (row: AuditEntry) => {
    const action = row.details.action;
    if (typeof action === 'string') return labels.action(action);
    return tCode('admin.audit.route', row.route.replace(/\/[0-9a-f-]{36}/g, '/:id'));
  };
  const outcome = (row: AuditEntry) => {
    const detail = row.details.outcome ?? row.details.error;
    const text = t(row.statusCode < 400 ? 'admin.audit.outcome.SUCCEEDED' : 'admin.audit.outcome.REFUSED');
    return typeof detail === 'string' && detail !== 'SUCCEEDED'
      ? `${text} · ${tCode('admin.audit.detail', detail)}`
      : text;
  };

  return (
    <main className="page" data-page="admin-audit">
      <div className="page-head">
        <h1>{t('admin.audit.title')}</h1>
        <p className="muted">{t('admin.audit.intro')}</p>
      </div>
      <AuditFilters value={filters} onApply={setFilters} />
      <ErrorMessage error={list.error} />
      <div className="card">
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{t('admin.audit.at')}</th>
                <th>{t('admin.audit.actor')}</th>
                <th>{t('admin.audit.what')}</th>
                <th>{t('admin.audit.project')}</th>
                <th>{t('admin.audit.outcome')}</th>
                <th>{t('admin.audit.request')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((row) => (
                <tr key={row.id} data-audit-id={row.id}>
                  <td data-label={t('admin.audit.at')} className="nowrap">
                    {formatDateTime(row.occurredAt, locale)}
                  </td>
                  <td data-label={t('admin.audit.actor')}>
                    {row.actor.email ?? t('common.none')}
                    {row.actor.role && <small className="muted"> · {labels.role(row.actor.role)}</small>}
                  </td>
                  <td data-label={t('admin.audit.what')}>
                    {what(row)}
                    <div className="audit-route muted">{row.route}</div>
                  </td>
                  <td data-label={t('admin.audit.project')}>
                    {row.projectCode ? (
                      <Link to={`/projects/${row.targetId}`}>{row.projectCode}</Link>
                    ) : (
                      t('common.none')
                    )}
                  </td>
                  <td data-label={t('admin.audit.outcome')}>
                    <span className={row.statusCode < 400 ? 'badge badge-good' : 'badge badge-bad'}>
                      {row.statusCode}
                    </span>{' '}
                    {outcome(row)}
                  </td>
                  <td data-label={t('admin.audit.request')} className="small muted">
                    {row.requestId}
                    {row.clientIp && <div>{row.clientIp}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {!list.loading && list.items.length === 0 && !list.error && <p className="muted">{t('common.empty')}</p>}
        <LoadMore hasMore={list.nextCursor !== null} loading={list.loading} onMore={() => void list.loadMore()} />
      </div>
    </main>
  );
}
