import type { ReactNode } from 'react';
import { mayOpenPage } from '@kc/domain/pages';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { useSession } from '../session/session';

/** What a person who is not the admin sees on an admin page's address (typed or kept): a refusal, not its forms. */
export function AdminForbiddenPage() {
  const { t } = useI18n();
  return (
    <main className="page" data-page="forbidden">
      <h1>{t('forbidden.title')}</h1>
      <p role="alert">{t('forbidden.admin')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </main>
  );
}

/** The admin's page when the signed-in person may open it (pagesFor in the domain, as the menu), else the refusal. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (!user || !mayOpenPage(user, 'admin')) return <AdminForbiddenPage />;
  return <>{children}</>;
}
