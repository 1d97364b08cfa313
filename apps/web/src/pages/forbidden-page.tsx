import type { ReactNode } from 'react';
import { mayOpenPage, type AppPage } from '@kc/domain/pages';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { useSession } from '../session/session';

/** What a person sees on the address of a page their role may not open (typed or kept): a refusal, not its forms. */
export function ForbiddenPage({ page }: { page: AppPage }) {
  const { t } = useI18n();
  return (
    <main className="page" data-page="forbidden">
      <h1>{t('forbidden.title')}</h1>
      <p role="alert">{t(page === 'admin' ? 'forbidden.admin' : 'forbidden.page')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </main>
  );
}

/** The page when the signed-in person may open it (pagesFor in the domain, as the menu), else the refusal. */
export function OnlyFor({ page, children }: { page: AppPage; children: ReactNode }) {
  const { user } = useSession();
  if (!user || !mayOpenPage(user, page)) return <ForbiddenPage page={page} />;
  return <>{children}</>;
}

export function AdminOnly({ children }: { children: ReactNode }) {
  return <OnlyFor page="admin">{children}</OnlyFor>;
}
