import type { ProjectDetail } from '../../api/types';
import { Section } from '../../components/section';
import { ShowOlder } from '../../components/show-older';
import { useOlderEntries } from '../../hooks/use-older-entries';
import { useApi } from '../../session/session';
import { formatNumber, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';

/** Money disbursed against the approved support: a bar, the figures, and each disbursement. */
export function DisbursementsPanel({ project }: { project: ProjectDetail }) {
  const { t, locale } = useI18n();
  const api = useApi();
  const list = useOlderEntries(project.disbursements, project.disbursementsNextBefore, (before) =>
    api.olderDisbursements(project.id, before),
  );
  const approved = project.approvedSupportVnd;
  const total = project.disbursedVnd.total;
  const share = approved ? Math.min(100, (total / approved) * 100) : 0;
  const pct = t('common.percent', { value: formatNumber(share, locale, 1) });
  return (
    <Section title={t('money.title')} id="money">
      {approved === null ? (
        <p className="muted">{t('money.notApproved')}</p>
      ) : (
        <>
          <div
            className="meter"
            role="meter"
            aria-label={t('money.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(share)}
          >
            <div className="meter-fill" style={{ width: `${share}%` }} />
          </div>
          <p className="small">{t('money.share', { pct })}</p>
          <dl className="facts">
            <div>
              <dt>{t('money.approved')}</dt>
              <dd className="money">{formatVnd(approved)}</dd>
            </div>
            <div>
              <dt>{t('money.advances')}</dt>
              <dd className="money">{formatVnd(project.disbursedVnd.advances)}</dd>
            </div>
            <div>
              <dt>{t('money.final')}</dt>
              <dd className="money">{formatVnd(project.disbursedVnd.final)}</dd>
            </div>
            <div>
              <dt>{t('money.disbursed')}</dt>
              <dd className="money">{formatVnd(total)}</dd>
            </div>
            <div>
              <dt>{t('money.remaining')}</dt>
              <dd className="money">{formatVnd(Math.max(0, approved - total))}</dd>
            </div>
          </dl>
        </>
      )}
      {list.items.length === 0 ? (
        <p className="muted">{t('money.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('money.when')}</th>
              <th>{t('money.kind')}</th>
              <th className="num">{t('money.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((d) => (
              <tr key={d.seq}>
                <td data-label={t('money.when')}>{d.occurredAtLocal}</td>
                <td data-label={t('money.kind')}>{t(`disbursement.${d.kind}`)}</td>
                <td data-label={t('money.amount')} className="num money">
                  {formatVnd(d.amountVnd)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ShowOlder list={list} label={t('money.older')} />
    </Section>
  );
}
