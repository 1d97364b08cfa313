import { groupVnd } from '@kc/domain/money';
import { DRAFT_FIELDS, DraftField, draftFieldLabel } from '@kc/domain/project-rules';
import type { HistoryEntry } from '../../api/types';
import { formatDay } from '../../format/format';
import { useI18n } from '../../i18n/i18n';

const MONEY_FIELDS = new Set(['totalCostVnd', 'requestedSupportVnd']);
const DAY_FIELDS = new Set(['plannedStart', 'plannedEnd']);

/** What an event recorded beyond its state: a decision and its amount, the fields of an edit, a moved deadline. */
export function HistoryDetails({ entry }: { entry: HistoryEntry }) {
  const { t, pick, locale } = useI18n();
  const d = entry.details ?? {};
  const lines: string[] = [];
  const show = (field: string, value: unknown) => {
    if (MONEY_FIELDS.has(field)) return `${groupVnd(Number(value))} đ`;
    if (DAY_FIELDS.has(field)) return formatDay(String(value), locale);
    return String(value);
  };
  if (typeof d.decisionNo === 'string') {
    lines.push(t('history.decision', { no: d.decisionNo, date: formatDay(String(d.decisionDate), locale) }));
  }
  if (entry.action === 'approve' && typeof d.approvedSupportVnd === 'number') {
    lines.push(t('history.approvedAmount', { amount: `${groupVnd(d.approvedSupportVnd)} đ` }));
  }
  if (entry.action === 'record_disbursement' && typeof d.amountVnd === 'number') {
    lines.push(t('history.disbursed', { amount: `${groupVnd(d.amountVnd)} đ` }));
  }
  if (entry.action === 'record_refund' && typeof d.amountVnd === 'number') {
    lines.push(t('history.refunded', { amount: `${groupVnd(d.amountVnd)} đ` }));
  }
  if (entry.action === 'close_pilot_year' && typeof d.carriedOverVnd === 'number') {
    lines.push(
      t('history.pilotYearClosed', {
        year: String(d.pilotYear),
        pct: String(d.progressPercent),
        amount: `${groupVnd(d.carriedOverVnd)} đ`,
      }),
    );
  }
  if (entry.action === 'certify_progress' && typeof d.percentDone === 'number') {
    lines.push(t('history.progress', { pct: String(d.percentDone), day: formatDay(String(d.reportDate), locale) }));
  }
  if (entry.action === 'submit_impl_plan' && typeof d.beneficiaries === 'string') {
    const plan = JSON.parse(d.beneficiaries) as Array<{ name: string; supportVnd: number }>;
    const total = plan.reduce((sum, b) => sum + b.supportVnd, 0);
    lines.push(t('history.implPlan', { n: String(plan.length), amount: `${groupVnd(total)} đ` }));
  }
  if (entry.action === 'accept_beneficiary' && typeof d.beneficiaryName === 'string') {
    lines.push(
      t('history.beneficiaryAccepted', {
        name: `${String(d.beneficiaryId)} ${d.beneficiaryName}`,
        amount: `${groupVnd(Number(d.acceptedAmountVnd))} đ`,
      }),
    );
  }
  if (entry.action === 'accept_work_done' && typeof d.beneficiaryName === 'string') {
    lines.push(
      t('history.beneficiaryAccepted', {
        name: `${String(d.beneficiaryId)} ${d.beneficiaryName}`,
        amount: `${groupVnd(Number(d.acceptedAmountVnd))} đ`,
      }),
    );
  }
  if (entry.action === 'accept_work_done' && typeof d.certifierName === 'string') {
    lines.push(t('history.certifiedBy', { name: d.certifierName }));
  }
  if (entry.action === 'refund_advance' && typeof d.amountVnd === 'number') {
    lines.push(t('history.refunded', { amount: `${groupVnd(d.amountVnd)} đ` }));
  }
  if (entry.action === 'refund_advance' && typeof d.beneficiaryId === 'string') {
    lines.push(t('history.forBeneficiary', { id: `${d.beneficiaryId} ${String(d.beneficiaryName ?? '')}`.trim() }));
  }
  if (entry.action === 'record_disbursement' && typeof d.businessRegistrationNo === 'string') {
    lines.push(t('history.businessRegistration', { no: d.businessRegistrationNo }));
  }
  if (entry.action === 'record_disbursement' && typeof d.beneficiaryId === 'string') {
    lines.push(t('history.forBeneficiary', { id: d.beneficiaryId }));
  }
  if (entry.action === 'edit_draft' && typeof d.changed === 'string') {
    for (const field of d.changed.split(', ')) {
      if (field === 'priorityArea') {
        const yes = (value: unknown) => t(value === 'true' ? 'common.yes' : 'common.no');
        lines.push(
          t('history.changed', {
            field: t('form.priorityAreaShort'),
            before: yes(d['priorityArea.before']),
            after: yes(d['priorityArea.after']),
          }),
        );
        continue;
      }
      if (field === 'unitOverheadVnd') {
        const amount = (value: unknown) => (value === '' ? '—' : `${groupVnd(Number(value))} đ`);
        lines.push(
          t('history.changed', {
            field: t('form.unitOverheadShort'),
            before: amount(d['unitOverheadVnd.before']),
            after: amount(d['unitOverheadVnd.after']),
          }),
        );
        continue;
      }
      if (!(DRAFT_FIELDS as readonly string[]).includes(field)) continue;
      lines.push(
        t('history.changed', {
          field: pick(draftFieldLabel(field as DraftField)),
          before: show(field, d[`${field}.before`]),
          after: show(field, d[`${field}.after`]),
        }),
      );
    }
  }
  if (entry.action === 'extend_deadline' && typeof d.toDueDay === 'string') {
    lines.push(
      t('history.extended', {
        from: formatDay(String(d.fromDueDay), locale),
        to: formatDay(d.toDueDay, locale),
      }),
    );
  }
  if (lines.length === 0) return null;
  return (
    <ul className="timeline-details">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
