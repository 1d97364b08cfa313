import { useState } from 'react';
import type { Plan, PlanLine, PlanLineRanking } from '../../api/types';
import { Badge } from '../../components/badge';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { formatDateTime, formatVnd } from '../../format/format';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { useLabels } from '../../reference/reference';
import { Link } from '../../router/router';
import { useApi } from '../../session/session';

/**
 * "Thứ tự xét giao kế hoạch" of each line of a plan (DOMAIN §4.1): opened per line, so a year of many plans does
 * not ask for every line's ranking at once.
 */
export function PlanRankings({ plan }: { plan: Plan }) {
  return (
    <div className="plan-rankings" data-testid={`plan-rankings-${plan.id}`}>
      {plan.lines.map((line) => (
        <LineRankingPanel key={line.id} plan={plan} line={line} />
      ))}
    </div>
  );
}

function LineRankingPanel({ plan, line }: { plan: Plan; line: PlanLine }) {
  const { t, pick } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="plan-ranking"
      data-line-id={line.id}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <h3 className="plan-ranking-title">{t('plans.ranking.title', { line: pick(line.label) })}</h3>
      </summary>
      {open && <LineRanking plan={plan} line={line} />}
    </details>
  );
}

function LineRanking({ plan, line }: { plan: Plan; line: PlanLine }) {
  const api = useApi();
  // Read again when the plan changes (an amendment moves what remains).
  const ranking = useLoad(() => api.planLineRanking(plan.id, line.id), [api, plan.id, line.id, plan.updatedAt]);
  if (ranking.error) return <ErrorMessage error={ranking.error} />;
  if (!ranking.data) return <Loading />;
  return <RankingTable plan={plan} ranking={ranking.data} />;
}

function RankingTable({ plan, ranking }: { plan: Plan; ranking: PlanLineRanking }) {
  const { t, pick, locale } = useI18n();
  const labels = useLabels();
  const national = plan.level === 'NATIONAL';
  const introId = `plan-ranking-intro-${ranking.line.id}`;
  return (
    <>
      <p className="muted" id={introId}>
        {t('plans.ranking.intro', { remaining: formatVnd(ranking.remainingVnd) })}
      </p>
      {ranking.hiddenCount > 0 && (
        <p className="muted small">{t('plans.ranking.hidden', { n: ranking.hiddenCount })}</p>
      )}
      {ranking.candidates.length === 0 ? (
        <p className="muted">{t('plans.ranking.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-describedby={introId} data-testid="plan-ranking">
            <caption className="visually-hidden">
              {t('plans.ranking.title', { line: pick(ranking.line.label) })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('plans.ranking.rank')}
                </th>
                <th scope="col">{t('plans.ranking.project')}</th>
                {national && <th scope="col">{t('plans.ranking.province')}</th>}
                <th scope="col">{t('plans.ranking.state')}</th>
                <th scope="col">{t('plans.ranking.reasons')}</th>
                <th scope="col">{t('plans.ranking.submittedAt')}</th>
                <th scope="col" className="num">
                  {t('plans.ranking.requested')}
                </th>
                <th scope="col" className="num">
                  {t('plans.ranking.cumulative')}
                </th>
                <th scope="col">{t('plans.ranking.fit')}</th>
              </tr>
            </thead>
            <tbody>
              {ranking.candidates.map((c) => (
                <tr key={c.id} data-project-id={c.id} data-rank={c.rank}>
                  <td data-label={t('plans.ranking.rank')} className="num">
                    {c.rank}
                  </td>
                  <th scope="row" data-label={t('plans.ranking.project')}>
                    <Link to={`/projects/${c.id}`}>{c.code}</Link>
                    <div className="small">{c.title}</div>
                  </th>
                  {national && <td data-label={t('plans.ranking.province')}>{labels.province(c.provinceCode)}</td>}
                  <td data-label={t('plans.ranking.state')}>{pick(c.state)}</td>
                  <td data-label={t('plans.ranking.reasons')} data-testid="ranking-reasons">
                    <ul className="plain-list">
                      {c.reasons.map((r) => (
                        <li key={r.code}>{pick(r)}</li>
                      ))}
                    </ul>
                  </td>
                  <td data-label={t('plans.ranking.submittedAt')} className="nowrap">
                    <time dateTime={c.submittedAt}>{formatDateTime(c.submittedAt, locale)}</time>
                  </td>
                  <td data-label={t('plans.ranking.requested')} className="num money">
                    {formatVnd(c.requestedSupportVnd)}
                  </td>
                  <td data-label={t('plans.ranking.cumulative')} className="num money">
                    {formatVnd(c.cumulativeRequestedVnd)}
                  </td>
                  <td data-label={t('plans.ranking.fit')} data-testid="ranking-fit" data-fits={String(c.fitsRemaining)}>
                    <Badge tone={c.fitsRemaining ? 'good' : 'bad'}>
                      {t(c.fitsRemaining ? 'plans.ranking.fits' : 'plans.ranking.over')}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
