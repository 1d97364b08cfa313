import { groupVnd, parseVnd } from '@kc/domain/money';
import type { ProjectDetail, ProjectSummary } from '../api/types';
import { Field } from '../components/field';
import { MoneyInput } from '../components/money-input';
import { useI18n } from '../i18n/i18n';
import { ActionFields as Fields, groupPlanOf, newPlanRow } from './action-forms';
import { MinutesFields, MoneyField } from './action-inputs';

interface Props {
  fields: Fields;
  project: ProjectSummary | ProjectDetail;
  onChange(fields: Fields): void;
}

const vnd = (amount: number) => `${groupVnd(amount)} đ`;

/** submit_impl_plan: the establishments of a group project's implementation plan (Mẫu 11), one row each. */
export function ImplPlanFields({ fields, project, onChange }: Props) {
  const { t } = useI18n();
  const rows = fields.beneficiaries;
  const setRow = (index: number, change: Partial<Fields['beneficiaries'][number]>) =>
    onChange({ ...fields, beneficiaries: rows.map((r, i) => (i === index ? { ...r, ...change } : r)) });
  const total = rows.reduce((sum, r) => sum + (parseVnd(r.supportVnd) ?? 0), 0);
  return (
    <fieldset className="plan-rows">
      <legend>{t('action.beneficiaries')}</legend>
      {rows.map((row, index) => (
        <div className="field-row plan-row" key={index} data-testid="plan-row">
          <Field label={`${index + 1}. ${t('action.beneficiaryName')}`}>
            {(id) => (
              <input
                id={id}
                name={`beneficiaries.${index}.name`}
                value={row.name}
                onChange={(e) => setRow(index, { name: e.target.value })}
                autoFocus={index === 0}
              />
            )}
          </Field>
          <Field label={t('action.beneficiarySite')}>
            {(id) => (
              <input
                id={id}
                name={`beneficiaries.${index}.site`}
                value={row.site}
                onChange={(e) => setRow(index, { site: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('action.beneficiarySupport')}>
            {(id) => (
              <MoneyInput
                id={id}
                name={`beneficiaries.${index}.supportVnd`}
                value={row.supportVnd}
                onChange={(value) => setRow(index, { supportVnd: value })}
              />
            )}
          </Field>
          {rows.length > 2 && (
            <button
              type="button"
              className="button-small plan-row-remove"
              onClick={() => onChange({ ...fields, beneficiaries: rows.filter((_, i) => i !== index) })}
            >
              {t('action.removeBeneficiary', { n: String(index + 1) })}
            </button>
          )}
        </div>
      ))}
      <p className="cap-hint">
        {t('action.planTotal', { total: vnd(total), approved: vnd(project.approvedSupportVnd ?? 0) })}
      </p>
      <button
        type="button"
        className="button-small"
        onClick={() => onChange({ ...fields, beneficiaries: [...rows, newPlanRow()] })}
      >
        {t('action.addBeneficiary')}
      </button>
    </fieldset>
  );
}

/** The establishment an acceptance or a payment of a group project is for. */
export function BeneficiarySelect({ fields, project, onChange, autoFocus }: Props & { autoFocus?: boolean }) {
  const { t } = useI18n();
  const plan = groupPlanOf(project);
  return (
    <Field label={t('action.beneficiary')}>
      {(id) => (
        <select
          id={id}
          name="beneficiaryId"
          value={fields.beneficiaryId}
          onChange={(e) => onChange({ ...fields, beneficiaryId: e.target.value })}
          autoFocus={autoFocus}
        >
          <option value="">{t('action.chooseBeneficiary')}</option>
          {(plan?.beneficiaries ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              {`${b.id} — ${b.name} (${vnd(b.supportVnd)})`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** accept_beneficiary: which establishment, its minutes and the amount accepted (its whole support when empty). */
export function BeneficiaryMinutesFields({ fields, project, onChange }: Props) {
  const { t } = useI18n();
  return (
    <>
      <BeneficiarySelect fields={fields} project={project} onChange={onChange} autoFocus />
      <MinutesFields fields={fields} onChange={onChange} />
      <MoneyField
        label={t('action.acceptedAmount')}
        name="acceptedAmountVnd"
        hint={t('action.acceptedHint')}
        fields={fields}
        onChange={onChange}
      />
    </>
  );
}
