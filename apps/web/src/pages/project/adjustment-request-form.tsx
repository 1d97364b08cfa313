import { EvidenceInput } from '../../components/evidence-input';
import { useState } from 'react';
import { ADJUSTMENT_KINDS, ADJUSTMENT_KIND_LABELS, type AdjustmentKind } from '@kc/domain/adjustments/adjustment-kinds';
import { fieldsOfKind } from '@kc/domain/adjustments/adjustment-terms';
import { parseVnd } from '@kc/domain/money';
import type { Adjustment } from '../../api/adjustment-endpoints';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { MoneyInput } from '../../components/money-input';
import { useIdempotentWrite } from '../../hooks/use-idempotent-write';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/reference';
import { useApi } from '../../session/session';

const TEXT_FIELDS = ['site', 'beneficiary', 'partner'] as const;
const DATE_FIELDS = ['plannedStart', 'plannedEnd'] as const;
const MONEY_FIELDS = ['supportVnd', 'totalCostVnd'] as const;

/**
 * "Đề nghị điều chỉnh": the kind, then only the terms that kind may change (its required ones marked), and the
 * reason. The API answers with the decider; a refusal (409 with the rule and the figures) shows as it is.
 */
export function AdjustmentRequestForm({
  projectId,
  establishments,
  onSent,
  onCancel,
}: {
  projectId: string;
  /** A group project with an approved plan: a site or beneficiary change names one of its establishments. */
  establishments: ReadonlyArray<{ id: string; name: string; site: string }>;
  onSent(request: Adjustment): void;
  onCancel(): void;
}) {
  const { t, pick } = useI18n();
  const api = useApi();
  const reference = useReference();
  const [kind, setKind] = useState<AdjustmentKind | ''>('');
  const [reason, setReason] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [evidence, setEvidence] = useState<File | null>(null);
  const [evidenceError, setEvidenceError] = useState<unknown>(null);
  const write = useIdempotentWrite((input: Parameters<typeof api.requestAdjustment>[1], key: string) =>
    api.requestAdjustment(projectId, input, key),
  );
  const fields = kind ? fieldsOfKind(kind) : { required: [], optional: [] };
  const byEstablishment = establishments.length > 0 && (kind === 'SITE' || kind === 'BENEFICIARY');
  const shown = [...fields.required, ...fields.optional];
  const set = (name: string) => (value: string) => {
    setValues((old) => ({ ...old, [name]: value }));
    setProblems((old) => ({ ...old, [name]: '' }));
  };

  const submit = async () => {
    const found: Record<string, string> = {};
    if (!kind) found.kind = t('adjust.problem.kind');
    if (!reason.trim()) found.reason = t('adjust.problem.reason');
    const changes: Record<string, string | number> = {};
    if (byEstablishment) {
      if (!values.beneficiaryId) found.beneficiaryId = t('adjust.problem.establishment');
      else changes.beneficiaryId = values.beneficiaryId;
    }
    for (const name of shown) {
      const text = (values[name] ?? '').trim();
      if (!text) {
        if (fields.required.includes(name)) found[name] = t('adjust.problem.field');
        continue;
      }
      if ((MONEY_FIELDS as readonly string[]).includes(name)) {
        const amount = parseVnd(text);
        if (amount === null || amount <= 0) found[name] = t('adjust.problem.money');
        else changes[name] = amount;
      } else changes[name] = text;
    }
    setProblems(found);
    if (Object.keys(found).length > 0 || !kind) return;
    const sent = await write.run({ kind, reason: reason.trim(), changes });
    if (!sent) return;
    if (evidence) {
      // The request stands whatever happens to its evidence: a refused file is said, and the form stays open; sending
      // again finds the same request (the write is idempotent) and uploads the file again.
      setEvidenceError(null);
      try {
        await api.uploadAttachment(projectId, evidence, { kind: 'OTHER', adjustmentId: sent.id });
      } catch (err) {
        setEvidenceError(
          new Error(t('attachments.evidenceFailed', { message: err instanceof Error ? err.message : '' })),
        );
        return;
      }
    }
    onSent(sent);
  };

  return (
    <form
      className="adjustment-form"
      noValidate
      aria-label={t('adjust.open')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="muted small">{t('adjust.intro')}</p>
      <ErrorMessage error={write.error ?? evidenceError} />
      <Field label={t('adjust.kind')} error={problems.kind}>
        {(id, describedBy) => (
          <select
            id={id}
            name="kind"
            value={kind}
            aria-describedby={describedBy}
            onChange={(e) => {
              setKind(e.target.value as AdjustmentKind);
              setProblems({});
            }}
          >
            <option value="">{t('adjust.chooseKind')}</option>
            {ADJUSTMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {pick(ADJUSTMENT_KIND_LABELS[k])}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind === 'STOP' && <p className="muted small">{t('adjust.stopHint')}</p>}
      {byEstablishment && (
        <Field label={t('adjust.field.beneficiaryId')} error={problems.beneficiaryId}>
          {(id, describedBy) => (
            <select
              id={id}
              name="beneficiaryId"
              value={values.beneficiaryId ?? ''}
              aria-describedby={describedBy}
              onChange={(e) => set('beneficiaryId')(e.target.value)}
            >
              <option value="">{t('adjust.chooseEstablishment')}</option>
              {establishments.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.id} — {b.name} ({b.site})
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {shown.map((name) => (
        <Field key={name} label={t(`adjust.field.${name}` as 'adjust.field.site')} error={problems[name]}>
          {(id, describedBy) =>
            (MONEY_FIELDS as readonly string[]).includes(name) ? (
              <MoneyInput
                id={id}
                name={name}
                value={values[name] ?? ''}
                onChange={set(name)}
                describedBy={describedBy}
                invalid={!!problems[name]}
              />
            ) : name === 'category' ? (
              <select id={id} name={name} value={values[name] ?? ''} onChange={(e) => set(name)(e.target.value)}>
                <option value="">{t('adjust.chooseKind')}</option>
                {reference.categories.map((c) => (
                  <option key={c.code} value={c.code}>
                    {pick(c)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                name={name}
                type={(DATE_FIELDS as readonly string[]).includes(name) ? 'date' : 'text'}
                maxLength={(TEXT_FIELDS as readonly string[]).includes(name) ? 300 : undefined}
                value={values[name] ?? ''}
                aria-describedby={describedBy}
                aria-invalid={!!problems[name] || undefined}
                onChange={(e) => set(name)(e.target.value)}
              />
            )
          }
        </Field>
      ))}
      <Field label={t('adjust.reason')} error={problems.reason}>
        {(id, describedBy) => (
          <textarea
            id={id}
            name="reason"
            rows={3}
            maxLength={2000}
            value={reason}
            aria-describedby={describedBy}
            onChange={(e) => {
              setReason(e.target.value);
              setProblems((old) => ({ ...old, reason: '' }));
            }}
          />
        )}
      </Field>
      <EvidenceInput onChange={setEvidence} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={write.busy}>
          {t('adjust.send')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('adjust.action.cancel')}
        </button>
      </div>
    </form>
  );
}
