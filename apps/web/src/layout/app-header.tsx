import { useState } from 'react';
import { LanguageSwitch } from '../components/language-switch';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { MainNav } from './main-nav';
import { UserBox } from './user-box';

export function AppHeader() {
  const { t } = useI18n();
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <header className="app-header">
      <div className="app-header-row">
        <Link to="/" className="brand">
          {t('app.name')}
          <small>{t('app.tagline')}</small>
        </Link>
        <button
          type="button"
          className="button button-small menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('nav.menu')}
        </button>
        <div className="app-header-tools">
          <LanguageSwitch />
          <UserBox />
        </div>
      </div>
      <MainNav open={menuOpen} onNavigate={() => setMenuOpen(false)} />
    </header>
  );
}
