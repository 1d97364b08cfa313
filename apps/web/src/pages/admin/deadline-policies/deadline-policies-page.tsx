import { useEffect, useMemo, useState } from 'react';
import type { DeadlinePolicies } from '../../../api/admin-types';
import { ErrorMessage } from '../../../components/error-message';
import { Field } from '../../../components/field';
import { Loading } from '../../../components/loading';
import { Section } from '../../../components/section';
import { SuccessMessage } from '../../../components/success-message';
import { formatDateTime } from '../../../format/format';
import { useLoad } from '../../../hooks/use-load';
import { useI18n } from '../../../i18n/i18n';
import { useLabels } from '../../../reference/reference';
import { useApi } from '../../../session/session';
import '../admin.css';
import { FieldProblem, problemProps } from '../field-problem';
import { fieldProblems } from '../field-problems';
import { PolicyDraft, draftOf, policyOf } from './policy-draft';
import { SpanInput } from './span-input';

/** The policy a scope key starts from when it has none of its own: province → scope → default → built-in. */
function effectivePolicy(data: DeadlinePolicies, scopeKey: string) {
  const stored = (key: string) => data.stored.find((s) => s.scopeKey === key);
  const chain = scopeKey.startsWith('PROVINCE:')
    ? [scopeKey, 'DEFAULT']
    : scopeKey.startsWith('SCOPE:')
      ? [scopeKey, 'DEFAULT']
      : ['DEFAULT'];
  for (const key of chain) {
    const found = stored(key);
    if (found) return { from: key, policy: found.policy, updatedAt: found.updatedAt };
  }
  return { from: 'BUILT_IN', policy: data.builtIn, updatedAt: null };
}

/** "Thiết lập quy định thời hạn": the default, per scope and per province, each edited with problems by field. */
export function DeadlinePoliciesPage() {
  const { t, locale } = useI18n();
  const api = useApi();
  const labels = useLabels();
  const loaded = useLoad(() => api.deadlinePolicies(), [api]);
  const [scopeKey, setScopeKey] = useState('DEFAULT');
  const [draft, setDraft] = useState<PolicyDraft | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const data = loaded.data;
  const states = useMemo(
    () => (data ? [...new Set([...Object.keys(data.builtIn.stall.limits), 'SUSPENDED'])] : []),
    [data],
  );
  const effective = data ? effectivePolicy(data, scopeKey) : null;
  useEffect(() => {
    if (data && effective) setDraft(draftOf(effective.policy, states));
    setProblems({});
    setError(null);
    // A new scope key (or newly loaded data) starts the form from what applies to it.
  }, [data, scopeKey, states]);

  const keyLabel = (key: string) => {
    if (key === 'DEFAULT' || key === 'BUILT_IN')
      return t(key === 'DEFAULT' ? 'admin.policy.key.default' : 'admin.policy.key.builtIn');
    if (key.startsWith('SCOPE:')) return t(`scope.${key.slice(6)}` as 'scope.LOCAL');
    return t('admin.policy.key.province', { name: labels.province(key.slice(9)) });
  };
  const paths = [
    'reporting.cadence.dueDay',
    'reporting.cadence.every',
    'reporting.overdueRepeatEvery',
    'reporting.escalateLevel1AfterMissedInARow',
    'reporting.escalateLevel1After',
    'reporting.escalateLevel2After',
    'stall.settlementCutoff',
    'stall.nationalRegistrationBy',
    'stall.escalateLevel1After',
    'stall.escalateLevel2After',
    ...(draft?.remindBefore.map((_, i) => `reporting.remindBefore[${i}]`) ?? []),
    ...states.map((s) => `stall.limits.${s}`),
  ];
  const shown = { ...fieldProblems(error, paths), ...problems };
  const update = (change: Partial<PolicyDraft>) => {
    setDraft((old) => (old ? { ...old, ...change } : old));
    setNotice(null);
  };

  const save = async () => {
    if (!draft) return;
    const { policy, problems: found } = policyOf(draft, t);
    setProblems(found);
    setNotice(null);
    if (!policy) return;
    setBusy(true);
    setError(null);
    try {
      await api.saveDeadlinePolicy(scopeKey, policy);
      setNotice(t('admin.policy.saved', { scope: keyLabel(scopeKey) }));
      loaded.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="page" data-page="admin-deadline-policies">
      <div className="page-head">
        <h1>{t('admin.policy.title')}</h1>
        <p className="muted">{t('admin.policy.intro')}</p>
      </div>
      <ErrorMessage error={loaded.error} />
      {!data || !draft || !effective ? (
        !loaded.error && <Loading />
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Section title={t('admin.policy.scope')}>
            <Field label={t('admin.policy.scopeKey')}>
              {(id) => (
                <select id={id} name="scopeKey" value={scopeKey} onChange={(e) => setScopeKey(e.target.value)}>
                  {data.scopeKeys.map((key) => (
                    <option key={key} value={key}>
                      {keyLabel(key)}
                      {data.stored.some((s) => s.scopeKey === key) ? ` ${t('admin.policy.ownMark')}` : ''}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <p className="muted small" data-testid="policy-source">
              {effective.from === scopeKey
                ? t('admin.policy.own', { at: formatDateTime(effective.updatedAt, locale) })
                : t('admin.policy.inherited', { from: keyLabel(effective.from) })}
            </p>
          </Section>

          <Section title={t('admin.policy.reporting')}>
            <div className="policy-grid">
              <Field label={t('admin.policy.cadence')}>
                {(id) => (
                  <select
                    id={id}
                    name="cadenceKind"
                    value={draft.cadenceKind}
                    onChange={(e) => update({ cadenceKind: e.target.value as PolicyDraft['cadenceKind'] })}
                  >
                    <option value="MONTHLY">{t('admin.policy.cadence.MONTHLY')}</option>
                    <option value="QUARTERLY">{t('admin.policy.cadence.QUARTERLY')}</option>
                    <option value="EVERY">{t('admin.policy.cadence.EVERY')}</option>
                  </select>
                )}
              </Field>
              {draft.cadenceKind === 'EVERY' ? (
                <Field label={t('admin.policy.every')} hint={t('admin.policy.durationHint')}>
                  {(id) => (
                    <>
                      <input
                        id={id}
                        name="every"
                        value={draft.every}
                        onChange={(e) => update({ every: e.target.value })}
                        {...problemProps(id, shown['reporting.cadence.every'])}
                      />
                      <FieldProblem id={id} text={shown['reporting.cadence.every']} />
                    </>
                  )}
                </Field>
              ) : (
                <Field label={t('admin.policy.dueDay')} hint={t('admin.policy.dueDayHint')}>
                  {(id) => (
                    <>
                      <input
                        id={id}
                        name="dueDay"
                        inputMode="numeric"
                        value={draft.dueDay}
                        onChange={(e) => update({ dueDay: e.target.value })}
                        {...problemProps(id, shown['reporting.cadence.dueDay'])}
                      />
                      <FieldProblem id={id} text={shown['reporting.cadence.dueDay']} />
                    </>
                  )}
                </Field>
              )}
            </div>
            <h3>{t('admin.policy.remindBefore')}</h3>
            <div className="policy-grid">
              {draft.remindBefore.map((span, i) => (
                <div key={i}>
                  <SpanInput
                    label={t('admin.policy.reminder', { n: i + 1 })}
                    name={`remindBefore.${i}`}
                    value={span}
                    problem={shown[`reporting.remindBefore[${i}]`]}
                    onChange={(value) =>
                      update({ remindBefore: draft.remindBefore.map((s, j) => (j === i ? value : s)) })
                    }
                  />
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => update({ remindBefore: draft.remindBefore.filter((_, j) => j !== i) })}
                  >
                    {t('admin.policy.removeReminder', { n: i + 1 })}
                  </button>
                </div>
              ))}
            </div>
            <button
              type="button"
              className="button button-small"
              onClick={() => update({ remindBefore: [...draft.remindBefore, { unit: 'workingDays', text: '1' }] })}
            >
              {t('admin.policy.addReminder')}
            </button>
            <h3>{t('admin.policy.overdue')}</h3>
            <div className="policy-grid">
              <SpanInput
                label={t('admin.policy.overdueRepeat')}
                name="overdueRepeatEvery"
                value={draft.overdueRepeatEvery}
                problem={shown['reporting.overdueRepeatEvery']}
                onChange={(overdueRepeatEvery) => update({ overdueRepeatEvery })}
              />
              <SpanInput
                label={t('admin.policy.reportLevel1')}
                name="reportLevel1"
                value={draft.reportLevel1}
                problem={shown['reporting.escalateLevel1After']}
                onChange={(reportLevel1) => update({ reportLevel1 })}
              />
              <Field label={t('admin.policy.missedInARow')}>
                {(id) => (
                  <>
                    <input
                      id={id}
                      name="missedInARow"
                      inputMode="numeric"
                      value={draft.missedInARow}
                      onChange={(e) => update({ missedInARow: e.target.value })}
                      {...problemProps(id, shown['reporting.escalateLevel1AfterMissedInARow'])}
                    />
                    <FieldProblem id={id} text={shown['reporting.escalateLevel1AfterMissedInARow']} />
                  </>
                )}
              </Field>
              <SpanInput
                label={t('admin.policy.reportLevel2')}
                name="reportLevel2"
                value={draft.reportLevel2}
                problem={shown['reporting.escalateLevel2After']}
                onChange={(reportLevel2) => update({ reportLevel2 })}
              />
            </div>
          </Section>

          <Section title={t('admin.policy.stall')}>
            <p className="muted small">{t('admin.policy.stallIntro')}</p>
            <div className="policy-grid">
              {states.map((state) => (
                <SpanInput
                  key={state}
                  label={labels.state(state)}
                  name={`limits.${state}`}
                  value={draft.limits[state]}
                  stallChoices
                  problem={shown[`stall.limits.${state}`]}
                  onChange={(value) => update({ limits: { ...draft.limits, [state]: value } })}
                />
              ))}
            </div>
            <div className="policy-grid">
              <Field label={t('admin.policy.cutoff')} hint={t('admin.policy.cutoffHint')}>
                {(id) => (
                  <>
                    <div className="span-input">
                      <input
                        id={id}
                        name="cutoffDay"
                        inputMode="numeric"
                        aria-label={t('admin.policy.cutoffDay')}
                        value={draft.cutoffDay}
                        onChange={(e) => update({ cutoffDay: e.target.value })}
                        {...problemProps(id, shown['stall.settlementCutoff'])}
                      />
                      <input
                        name="cutoffMonth"
                        inputMode="numeric"
                        aria-label={t('admin.policy.cutoffMonth')}
                        value={draft.cutoffMonth}
                        onChange={(e) => update({ cutoffMonth: e.target.value })}
                      />
                    </div>
                    <FieldProblem id={id} text={shown['stall.settlementCutoff']} />
                  </>
                )}
              </Field>
              <Field label={t('admin.policy.registration')} hint={t('admin.policy.registrationHint')}>
                {(id) => (
                  <>
                    <div className="span-input">
                      <input
                        id={id}
                        name="registrationDay"
                        inputMode="numeric"
                        aria-label={t('admin.policy.cutoffDay')}
                        value={draft.registrationDay}
                        onChange={(e) => update({ registrationDay: e.target.value })}
                        {...problemProps(id, shown['stall.nationalRegistrationBy'])}
                      />
                      <input
                        name="registrationMonth"
                        inputMode="numeric"
                        aria-label={t('admin.policy.cutoffMonth')}
                        value={draft.registrationMonth}
                        onChange={(e) => update({ registrationMonth: e.target.value })}
                      />
                    </div>
                    <FieldProblem id={id} text={shown['stall.nationalRegistrationBy']} />
                  </>
                )}
              </Field>
              <SpanInput
                label={t('admin.policy.stallLevel1')}
                name="stallLevel1"
                value={draft.stallLevel1}
                problem={shown['stall.escalateLevel1After']}
                onChange={(stallLevel1) => update({ stallLevel1 })}
              />
              <SpanInput
                label={t('admin.policy.stallLevel2')}
                name="stallLevel2"
                value={draft.stallLevel2}
                problem={shown['stall.escalateLevel2After']}
                onChange={(stallLevel2) => update({ stallLevel2 })}
              />
            </div>
          </Section>
          {Object.keys(shown).length > 0 && (
            <div className="alert alert-error" role="alert">
              {t('admin.policy.fixFields', { n: Object.keys(shown).length })}
            </div>
          )}
          <ErrorMessage error={Object.keys(shown).length > 0 ? null : error} title={t('common.refused')} />
          <SuccessMessage text={notice} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('common.sending') : t('admin.policy.save', { scope: keyLabel(scopeKey) })}
            </button>
          </div>
          <p className="muted small">{t('admin.policy.appliesTo')}</p>
        </form>
      )}
    </main>
  );
}
