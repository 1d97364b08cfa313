import { formatNumber, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/dictionary';

/** The money a plan (or a part of plans) was given and how far it went: the API's shared figures. */
export interface MoneyFigures {
  assignedVnd: number;
  approvedVnd: number;
  contractedVnd: number;
  advancedVnd: number;
  settledVnd: number;
  disbursedVnd: number;
  percentOfPlan: number | null;
}

export const MONEY_FIELDS: ReadonlyArray<{ key: Exclude<keyof MoneyFigures, 'percentOfPlan'>; label: MessageKey }> = [
  { key: 'assignedVnd', label: 'planFigures.assigned' },
  { key: 'approvedVnd', label: 'planFigures.approved' },
  { key: 'contractedVnd', label: 'planFigures.contracted' },
  { key: 'advancedVnd', label: 'planFigures.advanced' },
  { key: 'settledVnd', label: 'planFigures.settled' },
  { key: 'disbursedVnd', label: 'planFigures.disbursed' },
];

/** "91,7%" in Vietnamese, "91.7%" in English; "—" when nothing was assigned. */
export function usePercent(): (value: number | null) => string {
  const { t, locale } = useI18n();
  return (value) =>
    value === null ? t('common.none') : t('common.percent', { value: formatNumber(value, locale, 1) });
}

/** The headline cards: each money figure, then the share disbursed. */
export function MoneyCards({ figures, id }: { figures: MoneyFigures; id: string }) {
  const { t } = useI18n();
  const percent = usePercent();
  return (
    <div className="stat-grid" data-testid={id}>
      {MONEY_FIELDS.map((field) => (
        <div key={field.key} className="card stat" data-stat={field.key}>
          <div className="stat-label">{t(field.label)}</div>
          <div className="stat-value money">{formatVnd(figures[field.key])}</div>
        </div>
      ))}
      <div className="card stat" data-stat="percentOfPlan">
        <div className="stat-label">{t('planFigures.percent')}</div>
        <div className="stat-value">{percent(figures.percentOfPlan)}</div>
      </div>
    </div>
  );
}

/** The figure header cells of a table (after its own first columns). */
export function MoneyHeads() {
  const { t } = useI18n();
  return (
    <>
      {MONEY_FIELDS.map((field) => (
        <th key={field.key} scope="col" className="num">
          {t(field.label)}
        </th>
      ))}
      <th scope="col" className="num">
        {t('planFigures.percent')}
      </th>
    </>
  );
}

export function MoneyCells({ figures }: { figures: MoneyFigures }) {
  const { t } = useI18n();
  const percent = usePercent();
  return (
    <>
      {MONEY_FIELDS.map((field) => (
        <td key={field.key} data-label={t(field.label)} className="num money">
          {formatVnd(figures[field.key])}
        </td>
      ))}
      <td data-label={t('planFigures.percent')} className="num">
        {percent(figures.percentOfPlan)}
      </td>
    </>
  );
}
