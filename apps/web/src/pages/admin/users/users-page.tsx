import { FormEvent, useCallback, useState } from 'react';
import type { UserAccount } from '../../../api/admin-types';
import { ErrorMessage } from '../../../components/error-message';
import { Field } from '../../../components/field';
import { LoadMore } from '../../../components/load-more';
import { SelectFilter } from '../../../components/select-filter';
import { SuccessMessage } from '../../../components/success-message';
import { usePagedList } from '../../../hooks/use-paged-list';
import { useI18n } from '../../../i18n/i18n';
import { useLabels, useReference } from '../../../reference/reference';
import { useApi } from '../../../session/session';
import '../admin.css';
import { DisableDialog } from './disable-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UserDialog } from './user-dialog';

interface Filters {
  q: string;
  role: string;
  province: string;
}

type Open = { kind: 'create' } | { kind: 'edit' | 'reset' | 'disable'; user: UserAccount } | null;

/** Accounts and roles: search and filter, create, change, disable and enable, reset the password. */
export function UsersPage() {
  const { t, pick } = useI18n();
  const api = useApi();
  const reference = useReference();
  const labels = useLabels();
  const [filters, setFilters] = useState<Filters>({ q: '', role: '', province: '' });
  const [draftQ, setDraftQ] = useState('');
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [password, setPassword] = useState<{ email: string; value: string } | null>(null);
  const fetchPage = useCallback(
    (cursor: string | null) => api.users({ ...filters, cursor: cursor ?? undefined, limit: 50 }),
    [api, filters],
  );
  const list = usePagedList(fetchPage, (u) => u.id);
  const replace = (user: UserAccount) => list.update((items) => items.map((u) => (u.id === user.id ? user : u)));
  const done = (message: string, generated: { email: string; value: string | null } | null = null) => {
    setOpen(null);
    setNotice(message);
    setPassword(generated?.value ? { email: generated.email, value: generated.value } : null);
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ ...filters, q: draftQ });
  };

  return (
    <main className="page" data-page="admin-users">
      <div className="page-head page-head-row">
        <div>
          <h1>{t('admin.users.title')}</h1>
          <p className="muted">{t('admin.users.intro')}</p>
        </div>
        <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'create' })}>
          {t('admin.users.add')}
        </button>
      </div>
      <form className="filters" onSubmit={search} aria-label={t('admin.users.filters')}>
        <Field label={t('admin.users.search')}>
          {(id) => (
            <input
              id={id}
              name="q"
              type="search"
              placeholder={t('admin.users.searchPlaceholder')}
              value={draftQ}
              onChange={(e) => setDraftQ(e.target.value)}
            />
          )}
        </Field>
        <SelectFilter
          label={t('admin.users.role')}
          name="role"
          value={filters.role}
          onChange={(role) => setFilters({ ...filters, q: draftQ, role })}
          options={reference.roles.map((r) => ({ value: r.code, label: pick(r) }))}
        />
        <SelectFilter
          label={t('admin.users.province')}
          name="province"
          value={filters.province}
          onChange={(province) => setFilters({ ...filters, q: draftQ, province })}
          options={[
            { value: 'NATIONAL', label: t('admin.users.national') },
            ...reference.provinces.map((p) => ({ value: p.code, label: p.name })),
          ]}
        />
        <div className="filter-buttons">
          <button type="submit" className="button">
            {t('common.apply')}
          </button>
        </div>
      </form>
      <SuccessMessage text={notice} />
      {password && (
        <div className="alert alert-info" role="status" data-testid="generated-password">
          <strong className="alert-title">{t('admin.users.passwordOnce', { email: password.email })}</strong>{' '}
          <code className="password-once">{password.value}</code>
        </div>
      )}
      <ErrorMessage error={list.error} />
      <div className="card">
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{t('admin.users.email')}</th>
                <th>{t('admin.users.fullName')}</th>
                <th>{t('admin.users.role')}</th>
                <th>{t('admin.users.province')}</th>
                <th>{t('admin.users.organisation')}</th>
                <th>{t('admin.users.status')}</th>
                <th>{t('admin.users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((user) => (
                <tr key={user.id} data-user-email={user.email}>
                  <td data-label={t('admin.users.email')}>{user.email}</td>
                  <td data-label={t('admin.users.fullName')}>{user.fullName}</td>
                  <td data-label={t('admin.users.role')}>{pick(user.positionLabel)}</td>
                  <td data-label={t('admin.users.province')}>
                    {user.provinceCode ? labels.province(user.provinceCode) : t('user.national')}
                  </td>
                  <td data-label={t('admin.users.organisation')}>
                    {user.organisation?.name ?? user.organisationName ?? t('common.none')}
                  </td>
                  <td data-label={t('admin.users.status')}>
                    {user.disabled ? (
                      <span className="status-disabled">{t('admin.users.disabled')}</span>
                    ) : (
                      t('admin.users.active')
                    )}
                  </td>
                  <td data-label={t('admin.users.actions')}>
                    <div className="button-row">
                      <button
                        type="button"
                        className="button button-small"
                        data-user-action="edit"
                        onClick={() => setOpen({ kind: 'edit', user })}
                      >
                        {t('admin.users.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button-small"
                        data-user-action="reset"
                        onClick={() => setOpen({ kind: 'reset', user })}
                      >
                        {t('admin.users.reset')}
                      </button>
                      <button
                        type="button"
                        className={user.disabled ? 'button button-small' : 'button button-small button-caution'}
                        data-user-action={user.disabled ? 'enable' : 'disable'}
                        onClick={() => setOpen({ kind: 'disable', user })}
                      >
                        {t(user.disabled ? 'admin.users.enable' : 'admin.users.disable')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {!list.loading && list.items.length === 0 && !list.error && <p className="muted">{t('common.empty')}</p>}
        <LoadMore hasMore={list.nextCursor !== null} loading={list.loading} onMore={() => void list.loadMore()} />
      </div>
      {open?.kind === 'create' && (
        <UserDialog
          onClose={() => setOpen(null)}
          onDone={({ user, generatedPassword }) => {
            list.reload();
            done(t('admin.users.created', { email: user.email }), { email: user.email, value: generatedPassword });
          }}
        />
      )}
      {open?.kind === 'edit' && (
        <UserDialog
          user={open.user}
          onClose={() => setOpen(null)}
          onDone={({ user }) => {
            replace(user);
            done(t('admin.users.saved', { email: user.email }));
          }}
        />
      )}
      {open?.kind === 'reset' && (
        <ResetPasswordDialog
          user={open.user}
          onClose={() => setOpen(null)}
          onDone={({ user, generatedPassword }) => {
            replace(user);
            done(t('admin.users.resetDone', { email: user.email }), { email: user.email, value: generatedPassword });
          }}
        />
      )}
      {open?.kind === 'disable' && (
        <DisableDialog
          user={open.user}
          onClose={() => setOpen(null)}
          onDone={(user) => {
            replace(user);
            done(t(user.disabled ? 'admin.users.disabledDone' : 'admin.users.enabledDone', { email: user.email }));
          }}
        />
      )}
    </main>
  );
}
