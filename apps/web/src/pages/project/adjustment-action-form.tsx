import { useState } from 'react';
import type { Adjustment, AdjustmentActionInput } from '../../api/adjustment-endpoints';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { todayInVietnam } from '../../format/format';
import { useIdempotentWrite } from '../../hooks/use-idempotent-write';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';

type Action = AdjustmentActionInput['action'];

/**
 * The buttons this user may use on a request now (from the API's allowedActions); each opens its confirmation: a
 * reason for a rejection or a withdrawal, the decision's number and day for an approval.
 */
export function AdjustmentActionForm({ request, onActed }: { request: Adjustment; onActed(label: string): void }) {
  const { t } = useI18n();
  const api = useApi();
  const [chosen, setChosen] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [decisionNo, setDecisionNo] = useState('');
  const [decisionDate, setDecisionDate] = useState(todayInVietnam());
  const [problem, setProblem] = useState<string | null>(null);
  const write = useIdempotentWrite((input: AdjustmentActionInput, key: string) =>
    api.adjustmentAction(request.id, input, key),
  );
  const label = (action: Action) => t(`adjust.action.${action}` as 'adjust.action.certify');
  const needsReason = chosen === 'reject' || chosen === 'withdraw';

  const confirm = async () => {
    if (!chosen) return;
    if (needsReason && !reason.trim()) {
      setProblem(t('adjust.action.reasonRequired'));
      return;
    }
    const input: AdjustmentActionInput = { action: chosen };
    if (reason.trim()) input.reason = reason.trim();
    if (chosen === 'approve' && decisionNo.trim()) {
      input.decisionNo = decisionNo.trim();
      input.decisionDate = decisionDate;
    }
    const done = await write.run(input);
    if (done) onActed(label(chosen));
  };

  if (!chosen) {
    return (
      <div className="button-row">
        {(request.allowedActions as Action[]).map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'reject' || action === 'withdraw' ? 'button' : 'button button-primary'}
            data-adjustment-action={action}
            onClick={() => setChosen(action)}
          >
            {label(action)}
          </button>
        ))}
      </div>
    );
  }
  return (
    <form
      className="adjustment-action"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void confirm();
      }}
    >
      <ErrorMessage error={write.error} />
      {chosen === 'approve' && (
        <>
          <Field label={t('adjust.action.decisionNo')}>
            {(id) => (
              <input
                id={id}
                name="decisionNo"
                maxLength={100}
                value={decisionNo}
                onChange={(e) => setDecisionNo(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('adjust.action.decisionDate')}>
            {(id) => (
              <input
                id={id}
                name="decisionDate"
                type="date"
                max={todayInVietnam()}
                value={decisionDate}
                onChange={(e) => setDecisionDate(e.target.value)}
              />
            )}
          </Field>
        </>
      )}
      <Field label={t('adjust.action.reason')} error={problem}>
        {(id, describedBy) => (
          <textarea
            id={id}
            name="reason"
            rows={2}
            maxLength={2000}
            value={reason}
            aria-describedby={describedBy}
            onChange={(e) => {
              setReason(e.target.value);
              setProblem(null);
            }}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={write.busy}>
          {t('adjust.action.confirm', { action: label(chosen) })}
        </button>
        <button type="button" className="button" onClick={() => setChosen(null)}>
          {t('adjust.action.cancel')}
        </button>
      </div>
    </form>
  );
}
