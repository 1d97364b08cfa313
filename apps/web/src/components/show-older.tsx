import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from './error-message';

/** Under a list that shows its newest entries: a button for the older ones, while any remain. */
export function ShowOlder({
  list,
  label,
}: {
  list: { hasOlder: boolean; loading: boolean; error: unknown; loadOlder(): Promise<void> };
  label: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <ErrorMessage error={list.error} />
      {list.hasOlder && (
        <div className="load-more">
          <button type="button" className="button" onClick={() => void list.loadOlder()} disabled={list.loading}>
            {list.loading ? t('common.loading') : label}
          </button>
        </div>
      )}
    </>
  );
}
