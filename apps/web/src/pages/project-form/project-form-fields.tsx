import { parseVnd } from '@kc/domain/money';
import type { DraftField } from '@kc/domain/project-rules';
import { Field } from '../../components/field';
import { MoneyInput } from '../../components/money-input';
import { unitOverheadLimitVnd } from '@kc/domain/money-rules/overheads';
import { formatNumber, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { useLabels, useReference } from '../../reference/reference';
import type { FieldErrors, ProjectFormValues } from './project-form-values';
import { useSupportCapHint } from './use-support-cap-hint';
import { PilotFields } from './pilot-fields';

interface Props {
  values: ProjectFormValues;
  errors: FieldErrors;
  /** Scope and province are fixed once the project exists (they decide its code). */
  editing: boolean;
  unitEmailFixed: boolean;
  onChange(values: ProjectFormValues): void;
  label(field: DraftField): string;
  rule(field: DraftField): string;
}

/** The dossier's fields in three groups: what the project is, who carries it out, money and time. */
export function ProjectFormFields({ values, errors, editing, unitEmailFixed, onChange, label, rule }: Props) {
  const { t, locale } = useI18n();
  const reference = useReference();
  const labels = useLabels();
  type TextName = Exclude<
    keyof ProjectFormValues,
    'priorityArea' | 'group' | 'enterpriseFormation' | 'pilot' | 'pilotLinked' | 'pilotYears'
  >;
  const text = (name: TextName) => (event: { target: { value: string } }) =>
    onChange({ ...values, [name]: event.target.value });
  const input = (field: DraftField, name: TextName, type = 'text', readOnly = false) => (
    <Field label={label(field)} hint={rule(field)} error={errors[field]}>
      {(id, describedBy) => (
        <input
          id={id}
          name={name}
          type={type}
          data-field={field}
          value={values[name]}
          onChange={text(name)}
          readOnly={readOnly}
          required
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
  const money = (field: 'totalCostVnd' | 'requestedSupportVnd', extra?: string) => (
    <Field label={label(field)} hint={extra ? `${rule(field)} ${extra}` : rule(field)} error={errors[field]}>
      {(id, describedBy) => (
        <MoneyInput
          id={id}
          name={field}
          value={values[field]}
          onChange={(value) => onChange({ ...values, [field]: value })}
          describedBy={describedBy}
          invalid={!!errors[field]}
        />
      )}
    </Field>
  );
  const total = parseVnd(values.totalCostVnd);
  const requested = parseVnd(values.requestedSupportVnd);
  const { capHint, overhead } = useSupportCapHint(values, total);
  const share =
    total && requested
      ? t('projectForm.supportShare', {
          pct: t('common.percent', { value: formatNumber((requested / total) * 100, locale, 1) }),
        })
      : undefined;
  return (
    <>
      <fieldset>
        <legend>{t('project.facts')}</legend>
        <div className="field-row">
          <Field label={t('projectForm.scope')} hint={editing ? t('projectForm.fixedHint') : undefined}>
            {(id) => (
              <select id={id} name="scope" value={values.scope} onChange={text('scope')} disabled={editing}>
                <option value="LOCAL">{t('scope.LOCAL')}</option>
                <option value="NATIONAL">{t('scope.NATIONAL')}</option>
              </select>
            )}
          </Field>
          <Field label={t('projectForm.province')} hint={t('projectForm.fixedHint')}>
            {(id) => <input id={id} name="provinceCode" value={labels.province(values.provinceCode)} readOnly />}
          </Field>
        </div>
        <Field label={label('category')} hint={rule('category')} error={errors.category}>
          {(id, describedBy) => (
            <select
              id={id}
              name="category"
              data-field="category"
              value={values.category}
              onChange={text('category')}
              aria-invalid={errors.category ? true : undefined}
              aria-describedby={describedBy}
            >
              <option value="">{t('projectForm.pickCategory')}</option>
              {reference.categories.map((c) => (
                <option key={c.code} value={c.code}>
                  {labels.category(c.code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {input('title', 'title')}
      </fieldset>
      <fieldset>
        <legend>{t('projects.unit')}</legend>
        <div className="field-row">
          {input('implementingUnit.name', 'unitName')}
          {input('implementingUnit.email', 'unitEmail', 'email', unitEmailFixed)}
        </div>
        {input('beneficiary', 'beneficiary')}
        {!editing && (
          <Field label={t('form.group')} hint={t('form.groupHint')}>
            {(id, describedBy) => (
              <input
                id={id}
                name="group"
                type="checkbox"
                checked={values.group}
                onChange={(event) => onChange({ ...values, group: event.target.checked })}
                aria-describedby={describedBy}
              />
            )}
          </Field>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('money.title')}</legend>
        <div className="field-row">
          {money('totalCostVnd')}
          {money('requestedSupportVnd', [share, capHint].filter(Boolean).join(' ') || undefined)}
        </div>
        {
          <Field
            label={t('form.unitOverhead')}
            hint={t('form.unitOverheadHint', {
              share: overhead?.share ?? '2,5%',
              max: formatVnd(overhead?.maxVnd ?? unitOverheadLimitVnd(total ?? 0)),
            })}
          >
            {(id, describedBy) => (
              <MoneyInput
                id={id}
                name="unitOverheadVnd"
                value={values.unitOverheadVnd}
                onChange={(value) => onChange({ ...values, unitOverheadVnd: value })}
                describedBy={describedBy}
              />
            )}
          </Field>
        }
        {!editing && values.category === 'ADVISORY' && (
          <Field label={t('form.enterpriseFormation')} hint={t('form.enterpriseFormationHint')}>
            {(id, describedBy) => (
              <input
                id={id}
                name="enterpriseFormation"
                type="checkbox"
                checked={values.enterpriseFormation}
                onChange={(event) => onChange({ ...values, enterpriseFormation: event.target.checked })}
                aria-describedby={describedBy}
              />
            )}
          </Field>
        )}
        {
          <Field label={t('form.priorityArea')} hint={t('form.priorityAreaHint')}>
            {(id, describedBy) => (
              <input
                id={id}
                name="priorityArea"
                type="checkbox"
                checked={values.priorityArea}
                onChange={(event) => onChange({ ...values, priorityArea: event.target.checked })}
                aria-describedby={describedBy}
              />
            )}
          </Field>
        }
        <div className="field-row">
          {input('plannedStart', 'plannedStart', 'date')}
          {input('plannedEnd', 'plannedEnd', 'date')}
        </div>
        {!editing && <PilotFields values={values} onChange={onChange} />}
      </fieldset>
    </>
  );
}
