import { useI18n } from '../i18n/i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted loading" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}
