import { useState } from 'react';
import type { UserAccount } from '../../../api/admin-types';
import { FormDialog } from '../../../components/form-dialog';
import { useI18n } from '../../../i18n/i18n';
import { useApi } from '../../../session/session';

/** Disabling is confirmed first: the user is logged out everywhere at once. Enabling is confirmed too. */
export function DisableDialog({
  user,
  onDone,
  onClose,
}: {
  user: UserAccount;
  onDone(user: UserAccount): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const enabling = user.disabled;
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(enabling ? await api.enableUser(user.id) : await api.disableUser(user.id));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      title={t(enabling ? 'admin.users.enableTitle' : 'admin.users.disableTitle', { email: user.email })}
      submitLabel={t(enabling ? 'admin.users.enable' : 'admin.users.disable')}
      busy={busy}
      error={error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <p>{t(enabling ? 'admin.users.enableIntro' : 'admin.users.disableIntro', { name: user.fullName })}</p>
    </FormDialog>
  );
}
