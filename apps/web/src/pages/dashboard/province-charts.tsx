import type { ProvinceFigures } from '../../api/types';
import { BarChart } from '../../components/bar-chart';
import { Section } from '../../components/section';
import { formatCompact, formatNumber } from '../../format/format';
import { useI18n } from '../../i18n/i18n';

/** Disbursed against plan, and late and stalled projects, for each province. */
export function ProvinceCharts({ provinces }: { provinces: ProvinceFigures[] }) {
  const { t, locale } = useI18n();
  const names = provinces.map((p) => p.provinceName);
  return (
    <div className="chart-grid">
      <Section title={t('dashboard.chartMoney')} id="chart-money">
        <BarChart
          title={t('dashboard.chartMoney')}
          categories={names}
          series={[
            {
              name: t('dashboard.legendPlan'),
              className: 'series-plan',
              values: provinces.map((p) => p.plannedSupportVnd),
            },
            {
              name: t('dashboard.legendDisbursed'),
              className: 'series-disbursed',
              values: provinces.map((p) => p.disbursedVnd.total),
            },
          ]}
          format={(value) => formatCompact(value, locale)}
        />
      </Section>
      <Section title={t('dashboard.chartLate')} id="chart-late">
        <BarChart
          title={t('dashboard.chartLate')}
          categories={names}
          series={[
            { name: t('dashboard.legendLate'), className: 'series-late', values: provinces.map((p) => p.late) },
            {
              name: t('dashboard.legendStalled'),
              className: 'series-stalled',
              values: provinces.map((p) => p.stalled),
            },
          ]}
          format={(value) => formatNumber(value, locale)}
        />
      </Section>
    </div>
  );
}
