import { groupVnd } from '@kc/domain/money';
import type { ProjectDetail, ProjectSummary } from '../api/types';
import { Field } from '../components/field';
import { MoneyInput } from '../components/money-input';
import { useI18n } from '../i18n/i18n';
import {
  ActionFields as Fields,
  ActionForm,
  DISBURSEMENT_KINDS,
  capsOf,
  groupPlanOf,
  isGroupProject,
  namesEstablishment,
  paysOnRegistration,
  refundDueOf,
  unusedAdvanceOf,
} from './action-forms';
import { BeneficiaryMinutesFields, BeneficiarySelect, ImplPlanFields } from './group-plan-fields';
import { MinutesFields, MoneyField } from './action-inputs';
import { CertifierFields } from './certifier-fields';

interface Props {
  /** The action the form is for (a group project's refund and acceptance by the work done name an establishment). */
  action: string;
  form: ActionForm;
  fields: Fields;
  project: ProjectSummary | ProjectDetail;
  onChange(fields: Fields): void;
}

const vnd = (amount: number) => `${groupVnd(amount)} đ`;

/** The inputs an action asks for: a reason, a decision, a contract, acceptance minutes or a disbursement. */
export function ActionFields({ action, form, fields, project, onChange }: Props) {
  const { t } = useI18n();
  const establishment = namesEstablishment(action, project)
    ? groupPlanOf(project)?.beneficiaries.find((b) => b.id === fields.beneficiaryId)
    : undefined;
  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    onChange({ ...fields, [name]: event.target.value });
  const reason = (
    <Field label={t('action.reason')} hint={t('action.reasonHint')}>
      {(id, describedBy) => (
        <textarea
          id={id}
          name="reason"
          rows={4}
          value={fields.reason}
          onChange={set('reason')}
          aria-describedby={describedBy}
          autoFocus
        />
      )}
    </Field>
  );
  const decision = (
    <div className="field-row">
      <Field label={t('action.decisionNo')}>
        {(id) => (
          <input
            id={id}
            name="decisionNo"
            value={fields.decisionNo}
            onChange={set('decisionNo')}
            autoFocus={form === 'decision' || form === 'decisionOnly'}
          />
        )}
      </Field>
      <Field label={t('action.decisionDate')} hint={t('action.decisionHint')}>
        {(id, describedBy) => (
          <input
            id={id}
            name="decisionDate"
            type="date"
            value={fields.decisionDate}
            onChange={set('decisionDate')}
            aria-describedby={describedBy}
          />
        )}
      </Field>
    </div>
  );
  switch (form) {
    case 'confirm':
      return null;
    case 'reason':
      return reason;
    case 'decisionOnly':
      return decision;
    case 'refund':
      return (
        <>
          {namesEstablishment(action, project) && (
            <BeneficiarySelect
              fields={fields}
              project={project}
              // The amount follows the establishment chosen: its refund due, to the đồng.
              onChange={(next) => onChange({ ...next, amountVnd: groupVnd(refundDueOf(project, next.beneficiaryId)) })}
            />
          )}
          <Field
            label={t('action.refundAmount')}
            hint={
              <span className="cap-hint">
                {establishment
                  ? t('action.refundGroupHint', {
                      name: `${establishment.id} ${establishment.name}`,
                      amount: vnd(establishment.refundDueVnd),
                    })
                  : t('action.refundHint', { amount: vnd(unusedAdvanceOf(project)) })}
              </span>
            }
          >
            {(id, describedBy) => (
              <MoneyInput
                id={id}
                name="amountVnd"
                value={fields.amountVnd}
                onChange={(value) => onChange({ ...fields, amountVnd: value })}
                describedBy={describedBy}
                autoFocus={!namesEstablishment(action, project)}
              />
            )}
          </Field>
        </>
      );
    case 'decisionReason':
      return (
        <>
          {decision}
          {reason}
        </>
      );
    case 'decision':
      return (
        <>
          {decision}
          <MoneyField
            label={t('action.approvedSupport')}
            name="approvedSupportVnd"
            hint={
              <span className="cap-hint">{t('action.approvedHint', { max: vnd(project.requestedSupportVnd) })}</span>
            }
            fields={fields}
            onChange={onChange}
          />
        </>
      );
    case 'contract':
      return (
        <div className="field-row">
          <Field label={t('action.contractNo')}>
            {(id) => (
              <input id={id} name="contractNo" value={fields.contractNo} onChange={set('contractNo')} autoFocus />
            )}
          </Field>
          <Field label={t('action.contractDate')}>
            {(id) => (
              <input
                id={id}
                name="contractDate"
                type="date"
                value={fields.contractDate}
                onChange={set('contractDate')}
              />
            )}
          </Field>
        </div>
      );
    case 'minutes':
      return <MinutesFields fields={fields} onChange={onChange} autoFocus />;
    case 'disbursement':
      return (
        <>
          {isGroupProject(project) && <BeneficiarySelect fields={fields} project={project} onChange={onChange} />}
          <DisbursementFields fields={fields} project={project} onChange={onChange} />
          {fields.kind === 'FINAL' && paysOnRegistration(project) && (
            <Field label={t('action.businessRegistrationNo')} hint={t('action.businessRegistrationHint')}>
              {(id, describedBy) => (
                <input
                  id={id}
                  name="businessRegistrationNo"
                  inputMode="numeric"
                  maxLength={14}
                  value={fields.businessRegistrationNo}
                  onChange={(event) => onChange({ ...fields, businessRegistrationNo: event.target.value })}
                  aria-describedby={describedBy}
                />
              )}
            </Field>
          )}
        </>
      );
    case 'implPlan':
      return <ImplPlanFields fields={fields} project={project} onChange={onChange} />;
    case 'workDone':
      return (
        <>
          {namesEstablishment(action, project) && (
            <BeneficiarySelect fields={fields} project={project} onChange={onChange} />
          )}
          {reason}
          <MinutesFields fields={fields} onChange={onChange} />
          <MoneyField
            label={t('action.workDoneAmount')}
            name="acceptedAmountVnd"
            hint={
              namesEstablishment(action, project)
                ? t('action.workDoneGroupHint', { max: vnd(establishment?.supportVnd ?? 0) })
                : t('action.workDoneHint', { max: vnd(project.approvedSupportVnd ?? 0) })
            }
            fields={fields}
            onChange={onChange}
          />
          <CertifierFields fields={fields} onChange={onChange} />
        </>
      );
    case 'beneficiaryMinutes':
      return <BeneficiaryMinutesFields fields={fields} project={project} onChange={onChange} />;
    case 'progress':
      return (
        <div className="field-row">
          <Field label={t('action.progressPercent')} hint={t('action.progressHint')}>
            {(id, describedBy) => (
              <input
                id={id}
                name="progressPercent"
                inputMode="numeric"
                value={fields.progressPercent}
                onChange={set('progressPercent')}
                aria-describedby={describedBy}
                autoFocus
              />
            )}
          </Field>
          <Field label={t('action.reportDate')}>
            {(id) => (
              <input id={id} name="reportDate" type="date" value={fields.reportDate} onChange={set('reportDate')} />
            )}
          </Field>
        </div>
      );
  }
}

function DisbursementFields({ fields, project, onChange }: Omit<Props, 'form' | 'action'>) {
  const { t, pick } = useI18n();
  const caps = capsOf(project);
  const hint =
    fields.kind === 'ADVANCE' ? (
      <>
        <span className="cap-hint">
          {t('action.advanceCap', { max: vnd(caps.advanceCapVnd), pct: caps.advanceCapPercent })}
        </span>
        {'moneyRules' in project && project.moneyRules.advance && (
          <> · {t('action.advanceCondition', { condition: pick(project.moneyRules.advance.condition) })}</>
        )}
        {project.disbursedVnd.advances > 0 && (
          <>
            {' '}
            · {t('action.advanceRoom', { done: vnd(project.disbursedVnd.advances), room: vnd(caps.advanceRoomVnd) })}
          </>
        )}
      </>
    ) : (
      <span className="cap-hint">{t('action.finalCap', { max: vnd(caps.finalRoomVnd) })}</span>
    );
  return (
    <div className="field-row">
      <Field label={t('action.amountVnd')} hint={hint}>
        {(id, describedBy) => (
          <MoneyInput
            id={id}
            name="amountVnd"
            value={fields.amountVnd}
            onChange={(value) => onChange({ ...fields, amountVnd: value })}
            describedBy={describedBy}
            autoFocus
          />
        )}
      </Field>
      <Field label={t('action.kind')}>
        {(id) => (
          <select
            id={id}
            name="kind"
            value={fields.kind}
            onChange={(event) => onChange({ ...fields, kind: event.target.value as Fields['kind'] })}
          >
            {DISBURSEMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`disbursement.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
