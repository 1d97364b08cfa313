import type { Figures } from '../../api/types';
import { formatNumber, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';

/** The figures of every project in the user's reach, across plan years (the year's plan figures come first). */
export function ReachCards({ reach }: { reach: Figures }) {
  const { t, locale } = useI18n();
  const none = t('common.none');
  const cards: Array<{ label: string; value: string; note?: string; id: string }> = [
    { id: 'planned', label: t('dashboard.planned'), value: formatVnd(reach.plannedSupportVnd) },
    {
      id: 'disbursed',
      label: t('dashboard.disbursed'),
      value: formatVnd(reach.disbursedVnd.total),
      note: t('dashboard.split', {
        advances: formatVnd(reach.disbursedVnd.advances),
        final: formatVnd(reach.disbursedVnd.final),
      }),
    },
    {
      id: 'percent',
      label: t('dashboard.percent'),
      value:
        reach.percentOfPlan === null
          ? none
          : t('common.percent', { value: formatNumber(reach.percentOfPlan, locale, 1) }),
    },
    { id: 'late', label: t('dashboard.late'), value: formatNumber(reach.late, locale) },
    { id: 'stalled', label: t('dashboard.stalled'), value: formatNumber(reach.stalled, locale) },
    {
      id: 'avg-overdue',
      label: t('dashboard.avgOverdue'),
      value: reach.avgDaysOverdue === null ? none : formatNumber(reach.avgDaysOverdue, locale, 1),
    },
  ];
  return (
    <section aria-labelledby="reach-cards-title" data-testid="reach-cards">
      <h2 id="reach-cards-title">{t('dashboard.projectsAllYears')}</h2>
      <p className="small muted">{t('dashboard.projectsAllYearsNote')}</p>
      <div className="stat-grid">
        {cards.map((card) => (
          <div key={card.id} className="card stat" data-stat={card.id}>
            <div className="stat-label">{card.label}</div>
            <div className="stat-value">{card.value}</div>
            {card.note && <div className="stat-note small muted">{card.note}</div>}
          </div>
        ))}
      </div>
    </section>
  );
}
