import { useState } from 'react';
import type { Escalation, EscalationStatus } from '../api/types';
import { ErrorMessage } from '../components/error-message';
import { useI18n } from '../i18n/i18n';
import { ResolveDialog } from './resolve-dialog';
import { useEscalationHandling, useMayHandleEscalations } from './use-escalation-handling';

interface Props {
  escalationId: string;
  status: EscalationStatus;
  projectCode: string;
  onChanged(escalation: Escalation): void;
}

/** Acknowledge (OPEN) and resolve with a note (OPEN or ACKNOWLEDGED), for supervisors and approvers. */
export function EscalationButtons({ escalationId, status, projectCode, onChanged }: Props) {
  const { t } = useI18n();
  const mayHandle = useMayHandleEscalations();
  const [resolving, setResolving] = useState(false);
  const handling = useEscalationHandling(escalationId, (escalation) => {
    setResolving(false);
    onChanged(escalation);
  });
  if (!mayHandle || status === 'RESOLVED' || status === 'AUTO_CLOSED') return null;
  return (
    <div className="escalation-buttons">
      <div className="button-row">
        {status === 'OPEN' && (
          <button
            type="button"
            className="button button-small"
            data-escalation-action="ack"
            disabled={handling.busy}
            onClick={() => void handling.acknowledge()}
          >
            {t('escalations.ack')}
          </button>
        )}
        <button
          type="button"
          className="button button-small button-primary"
          data-escalation-action="resolve"
          disabled={handling.busy}
          onClick={() => {
            handling.clearError();
            setResolving(true);
          }}
        >
          {t('escalations.resolve')}
        </button>
      </div>
      {!resolving && <ErrorMessage error={handling.error} title={t('common.refused')} />}
      {resolving && (
        <ResolveDialog
          projectCode={projectCode}
          busy={handling.busy}
          serverError={handling.error}
          onSubmit={(note) => void handling.resolve(note)}
          onClose={() => setResolving(false)}
        />
      )}
    </div>
  );
}
