import type { ProvinceFigures } from '../../api/types';
import { Section } from '../../components/section';
import { formatNumber, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';

export function ProvinceTable({ provinces }: { provinces: ProvinceFigures[] }) {
  const { t, locale } = useI18n();
  const percent = (p: ProvinceFigures) =>
    p.percentOfPlan === null
      ? t('common.none')
      : t('common.percent', { value: formatNumber(p.percentOfPlan, locale, 1) });
  return (
    <Section title={t('dashboard.provinceTable')} id="province-table">
      {/* In the API's order: most projects needing attention first, then by name in Vietnamese collation. */}
      <p className="muted" id="province-order">
        {t('dashboard.provinceOrder')}
      </p>
      <div className="table-wrap">
        <table className="table" aria-describedby="province-order">
          <thead>
            <tr>
              <th>{t('projects.filter.province')}</th>
              <th className="num">{t('dashboard.planned')}</th>
              <th className="num">{t('dashboard.disbursed')}</th>
              <th className="num">{t('dashboard.percent')}</th>
              <th className="num">{t('dashboard.late')}</th>
              <th className="num">{t('dashboard.stalled')}</th>
            </tr>
          </thead>
          <tbody>
            {provinces.map((p) => (
              <tr key={p.provinceCode}>
                <td data-label={t('projects.filter.province')}>{p.provinceName}</td>
                <td data-label={t('dashboard.planned')} className="num money">
                  {formatVnd(p.plannedSupportVnd)}
                </td>
                <td data-label={t('dashboard.disbursed')} className="num money">
                  {formatVnd(p.disbursedVnd.total)}
                </td>
                <td data-label={t('dashboard.percent')} className="num">
                  {percent(p)}
                </td>
                <td data-label={t('dashboard.late')} className="num">
                  {p.late}
                </td>
                <td data-label={t('dashboard.stalled')} className="num">
                  {p.stalled}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
