import { useCallback, useState } from 'react';
import type { QueueItem } from '../../api/types';
import { ErrorMessage } from '../../components/error-message';
import { LoadMore } from '../../components/load-more';
import { Loading } from '../../components/loading';
import { usePagedList } from '../../hooks/use-paged-list';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';
import { ExportButtons } from './export-buttons';
import { QueueFilters } from './queue-filters';
import { DEFAULT_QUEUE_FILTERS, QueueFilterValues, QueueKind, queueQuery } from './queue-kinds';
import { QueueTable } from './queue-table';

const keyOf = (item: QueueItem) =>
  `${item.projectId}:${item.what.kind === 'REPORT' ? item.what.period : item.what.state}:${item.escalation?.id ?? ''}`;

/** A supervisor's queue (late reports, stalled projects, escalations, upcoming deadlines) with filters and exports. */
export function QueuePage({ kind }: { kind: QueueKind }) {
  const { t } = useI18n();
  const api = useApi();
  const [filters, setFilters] = useState<QueueFilterValues>(DEFAULT_QUEUE_FILTERS);
  const query = queueQuery(kind, filters);
  const fetchPage = useCallback(
    (cursor: string | null) => api.queue(kind.name, { ...queueQuery(kind, filters), cursor: cursor ?? undefined }),
    [api, kind, filters],
  );
  const list = usePagedList(fetchPage, keyOf);
  return (
    <main className="page" data-queue={kind.name}>
      <div className="page-head page-head-row">
        <div>
          <h1>{t(kind.title)}</h1>
          <p className="muted">{t(kind.intro)}</p>
        </div>
        <ExportButtons queue={kind.name} query={query} />
      </div>
      <QueueFilters kind={kind} value={filters} onApply={setFilters} />
      <ErrorMessage error={list.error} />
      {list.loading && list.items.length === 0 ? (
        <Loading />
      ) : list.items.length === 0 ? (
        !list.error && <p className="muted">{t('common.empty')}</p>
      ) : (
        <>
          <QueueTable items={list.items} handlesEscalations={kind.handlesEscalations} onChanged={list.reload} />
          <LoadMore hasMore={list.nextCursor !== null} loading={list.loading} onMore={() => void list.loadMore()} />
        </>
      )}
    </main>
  );
}
