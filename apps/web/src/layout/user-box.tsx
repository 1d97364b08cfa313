import { positionLabel } from '@kc/domain/roles';
import { useI18n } from '../i18n/i18n';
import { useLabels } from '../reference/reference';
import { navigate } from '../router/router';
import { useSession } from '../session/session';

/** Who is signed in (name, position — "Lãnh đạo Cục", "Chuyên viên Sở Công Thương" — province) and the way out. */
export function UserBox() {
  const { t, pick } = useI18n();
  const labels = useLabels();
  const { user, signOut } = useSession();
  if (!user) return null;
  const place = user.provinceCode ? labels.province(user.provinceCode) : t('user.national');
  const logout = () => {
    signOut();
    navigate('/login', { replace: true });
  };
  return (
    <div className="user-box">
      <span className="user-name" data-testid="current-user" title={user.fullName}>
        <span className="user-fullname">{user.fullName}</span>
        <small>
          {pick(positionLabel(user))} · {place}
        </small>
      </span>
      <button type="button" className="button button-small" onClick={logout}>
        {t('nav.logout')}
      </button>
    </div>
  );
}
