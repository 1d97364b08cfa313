import { BarChart } from '../../components/bar-chart';
import { Section } from '../../components/section';
import { formatNumber } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { useLabels, useReference } from '../../reference/reference';

/** How many projects are in each state, in lifecycle order. */
export function StateCounts({ counts }: { counts: Record<string, number> }) {
  const { t, locale } = useI18n();
  const labels = useLabels();
  const { states } = useReference();
  const order = states.length ? states.map((s) => s.code) : Object.keys(counts);
  const present = order.filter((code) => (counts[code] ?? 0) > 0);
  return (
    <Section title={t('dashboard.byState')} id="chart-states">
      {present.length === 0 ? (
        <p className="muted">{t('dashboard.noData')}</p>
      ) : (
        <BarChart
          title={t('dashboard.byState')}
          categories={present.map((code) => labels.state(code))}
          series={[{ name: t('nav.projects'), className: 'series-count', values: present.map((code) => counts[code]) }]}
          format={(value) => formatNumber(value, locale)}
        />
      )}
    </Section>
  );
}
