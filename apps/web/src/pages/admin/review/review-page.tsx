import { useState } from 'react';
import { ErrorMessage } from '../../../components/error-message';
import { Loading } from '../../../components/loading';
import { Section } from '../../../components/section';
import { SuccessMessage } from '../../../components/success-message';
import { formatDateTime, formatNumber, formatVnd } from '../../../format/format';
import { useLoad } from '../../../hooks/use-load';
import { useI18n } from '../../../i18n/i18n';
import { useLabels } from '../../../reference/reference';
import { Link } from '../../../router/router';
import { useApi } from '../../../session/session';
import '../admin.css';
import { figuresByProvince } from './province-figures';

/** The nine-month review (rà soát 9 tháng): the latest one's figures by province and its projects; run one now. */
export function ReviewPage() {
  const { t, locale } = useI18n();
  const api = useApi();
  const labels = useLabels();
  const latest = useLoad(async () => (await api.latestReview()) ?? null, [api]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const review = latest.data;
  const pct = (value: number | null) =>
    value === null ? t('common.none') : t('common.percent', { value: formatNumber(value, locale, 1) });

  const run = async () => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const answer = await api.runReview();
      if (answer.review) latest.setData(answer.review);
      setNotice(t('admin.review.ran', { n: answer.review?.flagged ?? 0 }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="page" data-page="review">
      <div className="page-head page-head-row">
        <div>
          <h1>{t('admin.review.title')}</h1>
          <p className="muted">{t('admin.review.intro')}</p>
        </div>
        <button
          type="button"
          className="button button-primary"
          data-run="review"
          disabled={busy}
          onClick={() => void run()}
        >
          {busy ? t('admin.review.running') : t('admin.review.run')}
        </button>
      </div>
      <ErrorMessage error={error ?? latest.error} />
      <SuccessMessage text={notice} />
      {latest.loading && !review ? (
        <Loading />
      ) : !review ? (
        !latest.error && <p className="muted">{t('admin.review.none')}</p>
      ) : (
        <>
          <p className="muted" data-testid="review-meta">
            {t('admin.review.meta', {
              year: review.reviewYear,
              at: formatDateTime(review.runAt, locale),
              trigger: t(
                review.trigger === 'ON_DEMAND' ? 'admin.review.trigger.ON_DEMAND' : 'admin.review.trigger.SCHEDULED',
              ),
              disbursement: review.disbursementThresholdPct,
              progress: review.progressThresholdPct,
            })}
          </p>
          <Section title={t('admin.review.byProvince')}>
            {review.rows.length === 0 ? (
              <p className="muted">{t('admin.review.noneFlagged')}</p>
            ) : (
              <div className="table-wrap">
                <table className="table" data-table="review-provinces">
                  <thead>
                    <tr>
                      <th>{t('admin.review.province')}</th>
                      <th className="num">{t('admin.review.flagged')}</th>
                      <th className="num">{t('admin.review.lowDisbursement')}</th>
                      <th className="num">{t('admin.review.lowProgress')}</th>
                      <th className="num">{t('admin.review.approved')}</th>
                      <th className="num">{t('admin.review.disbursed')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {figuresByProvince(review.rows).map((f) => (
                      <tr key={f.provinceCode} data-province={f.provinceCode}>
                        <td data-label={t('admin.review.province')}>{labels.province(f.provinceCode)}</td>
                        <td data-label={t('admin.review.flagged')} className="num">
                          {f.flagged}
                        </td>
                        <td data-label={t('admin.review.lowDisbursement')} className="num">
                          {f.lowDisbursement}
                        </td>
                        <td data-label={t('admin.review.lowProgress')} className="num">
                          {f.lowProgress}
                        </td>
                        <td data-label={t('admin.review.approved')} className="num money">
                          {formatVnd(f.approvedVnd)}
                        </td>
                        <td data-label={t('admin.review.disbursed')} className="num money">
                          {formatVnd(f.disbursedVnd)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Section>
          {review.rows.length > 0 && (
            <Section title={t('admin.review.projects', { n: review.rows.length })}>
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th>{t('admin.review.project')}</th>
                      <th>{t('admin.review.province')}</th>
                      <th className="num">{t('admin.review.disbursedPct')}</th>
                      <th className="num">{t('admin.review.progress')}</th>
                      <th>{t('admin.review.reasons')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {review.rows.map((row) => (
                      <tr key={row.projectId}>
                        <td data-label={t('admin.review.project')}>
                          <Link to={`/projects/${row.projectId}`}>{row.code}</Link>
                          <div className="small">{row.title}</div>
                        </td>
                        <td data-label={t('admin.review.province')}>{labels.province(row.provinceCode)}</td>
                        <td data-label={t('admin.review.disbursedPct')} className="num">
                          {pct(row.disbursedPct)}
                        </td>
                        <td data-label={t('admin.review.progress')} className="num">
                          {t('admin.review.progressOf', {
                            actual: pct(row.physicalProgressPct),
                            planned: pct(row.plannedProgressPct),
                          })}
                        </td>
                        <td data-label={t('admin.review.reasons')}>
                          {row.reasons.map((r) => t(`admin.review.reason.${r}`)).join('; ')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Section>
          )}
        </>
      )}
    </main>
  );
}
