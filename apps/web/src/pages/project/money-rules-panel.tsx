import type { ProjectDetail } from '../../api/types';
import { Section } from '../../components/section';
import { formatDay, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';

/**
 * The money rules the project was created under (issue 15): the most support its content area allows for its total
 * cost, the rule of its first advance and whether its condition holds, and the last progress report the Department
 * certified.
 */
export function MoneyRulesPanel({ project, mayOpenTables }: { project: ProjectDetail; mayOpenTables: boolean }) {
  const { t, pick, locale } = useI18n();
  const rules = project.moneyRules;
  return (
    <Section title={t('rules.title')} id="money-rules">
      {!rules.advance ? (
        <p className="muted">{t('rules.legacy')}</p>
      ) : (
        <dl className="facts" data-testid="money-rules">
          <div>
            <dt>{t('rules.cap')}</dt>
            <dd>
              {rules.supportCap ? (
                <>
                  <strong>
                    {t(rules.supportCap.verified ? 'rules.capLimit' : 'rules.capReference', {
                      amount: formatVnd(rules.supportCap.limitVnd),
                    })}
                  </strong>
                  <br />
                  <span className="small">{pick(rules.supportCap.rule)}</span>
                </>
              ) : (
                t('rules.noCap')
              )}
            </dd>
          </div>
          {rules.priorityArea && (
            <div>
              <dt>{t('rules.priority')}</dt>
              <dd>✓</dd>
            </div>
          )}
          <div>
            <dt>{t('rules.advance')}</dt>
            <dd>
              {t('rules.advanceRule', { pct: String(rules.advance.percent), condition: pick(rules.advance.condition) })}
              <br />
              <span className="small muted">{pick(rules.advance.citation)}</span>
              <br />
              <span
                className={rules.advance.conditionMet ? 'badge badge-good' : 'badge badge-warn'}
                data-testid="advance-condition"
              >
                {rules.enterpriseFormation
                  ? t(rules.advance.conditionMet ? 'rules.paymentMet' : 'rules.paymentUnmet')
                  : t(rules.advance.conditionMet ? 'rules.conditionMet' : 'rules.conditionUnmet')}
              </span>
              {rules.enterpriseFormation && (
                <>
                  <br />
                  <span className="small">{t('rules.enterpriseFormation')}</span>
                </>
              )}
            </dd>
          </div>
          {!rules.enterpriseFormation && (
            <div>
              <dt>{t('rules.progress')}</dt>
              <dd data-testid="certified-progress">
                {rules.certifiedProgress
                  ? t('rules.progressValue', {
                      pct: String(rules.certifiedProgress.percentDone),
                      day: formatDay(rules.certifiedProgress.reportDate, locale),
                    })
                  : t('rules.noProgress')}
              </dd>
            </div>
          )}
        </dl>
      )}
      {mayOpenTables && (
        <p className="small">
          <Link to="/support-caps">{t('rules.seeTables')}</Link>
        </p>
      )}
    </Section>
  );
}
