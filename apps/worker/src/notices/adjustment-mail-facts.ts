import {
  ADJUSTMENT_KIND_LABELS,
  AdjustmentRecord,
  CATEGORIES,
  ProjectTerms,
  TERM_LABELS,
  changedTerms,
} from '@kc/domain';
import type { AdjustmentMailFacts } from '@kc/notifications';
import { localDay, vnd } from './mail-addressing';

/** A term as a mail writes it: days as dd/mm/yyyy, money in đồng, a content area by its name. */
function written(field: keyof ProjectTerms, value: string | number | null): string {
  if (value === null || value === '') return '(chưa có)';
  if (field === 'supportVnd' || field === 'totalCostVnd') return vnd(Number(value));
  if (field === 'plannedStart' || field === 'plannedEnd') return localDay(String(value));
  if (field === 'category') return CATEGORIES.find((c) => c.code === value)?.vi ?? String(value);
  return String(value);
}

/** What an adjustment request's mails say of it: the kind, the reason, each changed term, who decides. */
export function adjustmentMailFacts(record: AdjustmentRecord): AdjustmentMailFacts {
  return {
    kind: ADJUSTMENT_KIND_LABELS[record.kind],
    requestReason: record.reason,
    changes: changedTerms(record.termsBefore, record.termsProposed).map((field) => ({
      label: TERM_LABELS[field],
      before: written(field, record.termsBefore[field]),
      after: written(field, record.termsProposed[field]),
    })),
    decider: {
      vi: `${record.decider.vi} (${record.decider.organisation})`,
      en: `${record.decider.en} (${record.decider.organisation})`,
    },
    copyTo: record.decider.copyTo,
    termsVersion: record.termsVersion,
  };
}
