import type { CapInstrument } from '../../api/money-endpoints';
import { useI18n } from '../../i18n/i18n';

/** What a later instrument changes besides its caps: advance rules by content area, the factor, the overheads. */
export function InstrumentChanges({ instrument }: { instrument: CapInstrument }) {
  const { t, pick } = useI18n();
  const shares = [
    instrument.priorityFactorPercent && t('caps.sharePriority', { value: pick(instrument.priorityFactorPercent.text) }),
    instrument.unitOverheadPermille && t('caps.shareUnit', { value: pick(instrument.unitOverheadPermille.text) }),
    instrument.programmeManagementPermille &&
      t('caps.shareProgramme', { value: pick(instrument.programmeManagementPermille.text) }),
  ].filter(Boolean);
  if (instrument.advances.length === 0 && shares.length === 0) return null;
  return (
    <div className="stack" data-testid={`instrument-changes-${instrument.code}`}>
      <p className="small">
        <strong>{t('caps.versionChanges')}:</strong> {shares.join('; ')}
      </p>
      {instrument.advances.length > 0 && (
        <table className="table">
          <caption className="small">{t('caps.versionAdvances')}</caption>
          <thead>
            <tr>
              <th>{t('caps.category')}</th>
              <th>{t('caps.advancePercent')}</th>
              <th>{t('caps.advanceCondition')}</th>
              <th>{t('caps.advanceCitation')}</th>
            </tr>
          </thead>
          <tbody>
            {instrument.advances.map((rule) => (
              <tr key={rule.category} data-category={rule.category}>
                <td data-label={t('caps.category')}>{pick(rule.categoryLabel)}</td>
                <td data-label={t('caps.advancePercent')}>{rule.percent}%</td>
                <td data-label={t('caps.advanceCondition')}>{pick(rule.condition)}</td>
                <td data-label={t('caps.advanceCitation')}>{pick(rule.citation)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
