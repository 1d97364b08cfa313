import { FormEvent, useState } from 'react';
import type { PlanCreationTargets } from '@kc/domain/plans/plan-abilities';
import type { Plan, PlanInput } from '../../api/types';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { Section } from '../../components/section';
import { useIdempotentWrite } from '../../hooks/use-idempotent-write';
import { useI18n } from '../../i18n/i18n';
import { useLabels } from '../../reference/reference';
import { useApi } from '../../session/session';
import { PlanLineFields } from './plan-line-fields';
import {
  PlanFormValues,
  emptyLine,
  initialPlanForm,
  levelsOf,
  planFormProblems,
  planInputOf,
  serverProblems,
} from './plan-form-values';
import { planYears } from './plan-year';

interface Props {
  targets: PlanCreationTargets;
  year: number;
  onCreated(plan: Plan): void;
  onCancel(): void;
}

/** "Lập kế hoạch": a draft plan of a level, year and province the person may prepare, with its lines. */
export function CreatePlanForm({ targets, year, onCreated, onCancel }: Props) {
  const { t, tCode } = useI18n();
  const labels = useLabels();
  const api = useApi();
  const write = useIdempotentWrite((input: PlanInput, key: string) => api.createPlan(input, key));
  const [values, setValues] = useState<PlanFormValues>(() => initialPlanForm(targets, year));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState(false);
  const server = serverProblems(write.error);
  const problems = { ...server, ...local };
  const change = (next: PlanFormValues) => {
    setValues(next);
    // After the first attempt, each field's problem follows what is typed.
    if (checked) setLocal(planFormProblems(next, t));
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (write.busy) return;
    setChecked(true);
    const found = planFormProblems(values, t);
    setLocal(found);
    if (Object.keys(found).length > 0) return;
    const created = await write.run(planInputOf(values));
    if (created) onCreated(created);
  };
  const hasProblems = Object.keys(problems).length > 0;
  return (
    <Section title={t('plans.create.title')} id="create-plan">
      <p className="muted">{t('plans.create.intro')}</p>
      <form className="plan-form" aria-label={t('plans.create.title')} onSubmit={(e) => void save(e)} noValidate>
        {hasProblems && (
          <p className="alert alert-error" role="alert">
            {t('plans.create.fixErrors')}
          </p>
        )}
        <div className="field-row">
          <Field label={t('plans.create.level')} error={problems.level}>
            {(id, describedBy) => (
              <select
                id={id}
                name="level"
                value={values.level}
                aria-describedby={describedBy}
                onChange={(e) => change({ ...values, level: e.target.value as PlanFormValues['level'] })}
              >
                {levelsOf(targets).map((level) => (
                  <option key={level} value={level}>
                    {tCode('plans.level', level)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('plans.create.year')} error={problems.year}>
            {(id, describedBy) => (
              <select
                id={id}
                name="year"
                value={values.year}
                aria-describedby={describedBy}
                onChange={(e) => change({ ...values, year: e.target.value })}
              >
                {planYears(year).map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {values.level === 'LOCAL' && (
            <Field label={t('plans.create.province')} error={problems.provinceCode}>
              {(id, describedBy) => (
                <select
                  id={id}
                  name="provinceCode"
                  value={values.provinceCode}
                  aria-describedby={describedBy}
                  aria-invalid={problems.provinceCode ? true : undefined}
                  onChange={(e) => change({ ...values, provinceCode: e.target.value })}
                >
                  {targets.provinces.length !== 1 && <option value="">{t('plans.create.chooseProvince')}</option>}
                  {targets.provinces.map((code) => (
                    <option key={code} value={code}>
                      {labels.province(code)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
        <Field label={t('plans.create.planTitle')} hint={t('plans.create.planTitleHint')} error={problems.title}>
          {(id, describedBy) => (
            <input
              id={id}
              name="title"
              maxLength={300}
              value={values.title}
              aria-describedby={describedBy}
              onChange={(e) => change({ ...values, title: e.target.value })}
            />
          )}
        </Field>
        <h3>{t('plans.create.lines')}</h3>
        {problems.lines && (
          <p className="field-error" role="alert">
            {problems.lines}
          </p>
        )}
        {values.lines.map((line, index) => (
          <PlanLineFields
            key={line.key}
            line={line}
            index={index}
            problems={problems}
            onChange={(next) => change({ ...values, lines: values.lines.map((l, i) => (i === index ? next : l)) })}
            onRemove={
              values.lines.length > 1
                ? () => {
                    write.clearError();
                    change({ ...values, lines: values.lines.filter((_, i) => i !== index) });
                  }
                : undefined
            }
          />
        ))}
        <button
          type="button"
          className="button"
          data-testid="add-plan-line"
          onClick={() => change({ ...values, lines: [...values.lines, emptyLine(values.level)] })}
        >
          {t('plans.create.addLine')}
        </button>
        {!Object.keys(server).length && <ErrorMessage error={write.error} title={t('common.refused')} />}
        <div className="form-buttons">
          <button type="button" className="button" onClick={onCancel} disabled={write.busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={write.busy}>
            {write.busy ? t('common.sending') : t('plans.create.save')}
          </button>
        </div>
      </form>
    </Section>
  );
}
