import { useI18n } from '../i18n/i18n';

/** Keyset pagination: the next page comes from nextCursor; nothing more when it is null. */
export function LoadMore({ hasMore, loading, onMore }: { hasMore: boolean; loading: boolean; onMore(): void }) {
  const { t } = useI18n();
  if (!hasMore) return <p className="muted end-of-list">{t('common.endOfList')}</p>;
  return (
    <div className="load-more">
      <button type="button" className="button" onClick={onMore} disabled={loading}>
        {loading ? t('common.loading') : t('common.loadMore')}
      </button>
    </div>
  );
}
