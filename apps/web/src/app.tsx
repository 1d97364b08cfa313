import { useEffect } from 'react';
import { I18nProvider } from './i18n/i18n';
import { AppHeader } from './layout/app-header';
import { LoginPage } from './pages/login/login-page';
import { ReferenceProvider } from './reference/reference';
import { navigate, usePath } from './router/router';
import { pageFor } from './routes';
import { SessionProvider, useSession } from './session/session';
import { rememberReturnPath } from './session/session-storage';

function SignedIn({ path }: { path: string }) {
  return (
    <ReferenceProvider>
      <AppHeader />
      {pageFor(path)}
    </ReferenceProvider>
  );
}

/** Without a session every path shows the login; after it, the page asked for (or the inbox, "Việc cần xử lý"). */
function Screens() {
  const path = usePath();
  const { user } = useSession();
  useEffect(() => {
    if (!user && path !== '/login') {
      // The whole address: a mail's link to /projects/:id?action=… lands on that action after the login.
      rememberReturnPath(`${path}${window.location.search}${window.location.hash}`);
      navigate('/login', { replace: true });
    }
    if (user && path === '/login') navigate('/', { replace: true });
  }, [user, path]);
  if (!user) return <LoginPage />;
  return <SignedIn path={path} />;
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Screens />
      </SessionProvider>
    </I18nProvider>
  );
}
