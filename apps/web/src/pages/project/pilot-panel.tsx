import type { ProjectDetail } from '../../api/types';
import { Section } from '../../components/section';
import { formatDay, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { useLabels } from '../../reference/reference';

/**
 * A pilot project (đề án điểm): its linked content areas and each year with what was asked and approved, what the
 * year before carried in, the advances against the year's cap, the certified progress and what was carried over.
 */
export function PilotPanel({ project }: { project: ProjectDetail }) {
  const { t, locale } = useI18n();
  const labels = useLabels();
  const pilot = project.pilot;
  if (!pilot) return null;
  const approved = pilot.years.some((y) => y.allocatedVnd !== null);
  const money = (value: number | null) => (value === null ? '—' : formatVnd(value));
  return (
    <Section title={t('pilot.title')} id="pilot">
      <p>
        <strong>{t('pilot.linked')}:</strong>{' '}
        {[project.category, ...pilot.linkedCategories].map((code) => labels.category(code)).join('; ')}
      </p>
      {!approved && <p className="muted">{t('pilot.notApproved')}</p>}
      <div className="table-scroll">
        <table data-testid="pilot-years">
          <thead>
            <tr>
              <th scope="col">{t('pilot.year')}</th>
              <th scope="col" className="num">
                {t('pilot.requested')}
              </th>
              <th scope="col" className="num">
                {t('pilot.allocated')}
              </th>
              <th scope="col" className="num">
                {t('pilot.carriedIn')}
              </th>
              <th scope="col" className="num">
                {t('pilot.advances')}
              </th>
              <th scope="col" className="num">
                {t('pilot.advanceCap')}
              </th>
              <th scope="col">{t('pilot.progress')}</th>
              <th scope="col" className="num">
                {t('pilot.carriedOut')}
              </th>
            </tr>
          </thead>
          <tbody>
            {pilot.years.map((y) => (
              <tr key={y.year} data-year={y.year}>
                <th scope="row">
                  {y.year}{' '}
                  {approved && (y.closed || y.open) && (
                    <span className={y.closed ? 'badge' : 'badge badge-good'}>
                      {t(y.closed ? 'pilot.closed' : 'pilot.open')}
                    </span>
                  )}
                </th>
                <td className="num money">{formatVnd(y.requestedVnd)}</td>
                <td className="num money">{money(y.allocatedVnd)}</td>
                <td className="num money">{formatVnd(y.carriedInVnd)}</td>
                <td className="num money">{formatVnd(y.advancesVnd)}</td>
                <td className="num money">{money(y.advanceCapVnd)}</td>
                <td>
                  {y.progressPercent === null
                    ? '—'
                    : t('rules.progressValue', {
                        pct: String(y.progressPercent),
                        day: y.reportDate ? formatDay(y.reportDate, locale) : '',
                      })}
                </td>
                <td className="num money">{y.closed ? formatVnd(y.carriedOutVnd) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small muted">{t('pilot.rule')}</p>
    </Section>
  );
}
