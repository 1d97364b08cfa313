import { useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { Section } from '../../components/section';
import { SuccessMessage } from '../../components/success-message';
import { formatDay, formatVnd } from '../../format/format';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { useLabels, useReference } from '../../reference/reference';
import { useApi } from '../../session/session';
import type { CapInstrument } from '../../api/money-endpoints';
import { InstrumentChanges } from './instrument-changes';
import { LocalCapForm } from './local-cap-form';
import { NationalCapVersionForm } from './national-cap-version-form';

/**
 * "Định mức hỗ trợ": the national caps of each legal instrument with the one in force marked, the first advance of
 * each content area, and the provinces' own caps per year, which the administrator enters and removes here.
 */
export function SupportCapsPage() {
  const { t, pick, locale } = useI18n();
  const api = useApi();
  const labels = useLabels();
  const reference = useReference();
  const [province, setProvince] = useState('');
  const caps = useLoad(() => api.supportCaps(province ? { provinceCode: province } : {}), [api, province]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [editing, setEditing] = useState<CapInstrument | null>(null);
  /** A new key empties the version form after a save. */
  const [versionFormKey, setVersionFormKey] = useState(0);
  const percent = (value: number | null) => (value === null ? '—' : `${value}%`);

  const removeVersion = async (code: string) => {
    setBusy(code);
    setError(null);
    setNotice(null);
    try {
      await api.removeCapVersion(code);
      setNotice(t('caps.versionRemoved', { code }));
      if (editing?.code === code) setEditing(null);
      caps.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const remove = async (provinceCode: string, year: number, category: string) => {
    const key = `${provinceCode}/${year}/${category}`;
    setBusy(key);
    setError(null);
    setNotice(null);
    try {
      await api.removeLocalCap(provinceCode, year, category);
      setNotice(
        t('caps.removed', {
          category: labels.category(category),
          year: String(year),
          province: labels.province(provinceCode),
        }),
      );
      caps.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <main className="page" data-page="support-caps">
      <div className="page-head">
        <h1>{t('caps.title')}</h1>
        <p className="muted">{t('caps.intro')}</p>
      </div>
      <ErrorMessage error={caps.error ?? error} />
      <SuccessMessage text={notice} />
      {!caps.data ? (
        !caps.error && <Loading />
      ) : (
        <>
          <Section title={t('caps.national')}>
            {caps.data.instruments.map((instrument) => (
              <div key={instrument.code} data-instrument={instrument.code}>
                <h3>
                  {pick(instrument.name)}{' '}
                  <span className="small muted">
                    {t('caps.effectiveFrom', { day: formatDay(instrument.effectiveFrom, locale) })}
                  </span>{' '}
                  {instrument.inForce && <span className="badge badge-good">{t('caps.inForce')}</span>}
                </h3>
                {instrument.source === 'ADMIN' && (
                  <p className="small muted">
                    {t('caps.adminSource', { who: instrument.updatedBy ?? '', at: instrument.updatedAtLocal ?? '' })}
                    {caps.data!.mayEdit && !instrument.editable && <> · {t('caps.versionLocked')}</>}
                  </p>
                )}
                {instrument.editable && (
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => setEditing(instrument)}
                      aria-label={`${t('caps.versionEdit')} ${instrument.code}`}
                    >
                      {t('caps.versionEdit')}
                    </button>
                    <button
                      type="button"
                      className="button button-secondary"
                      disabled={busy === instrument.code}
                      onClick={() => void removeVersion(instrument.code)}
                    >
                      {t('caps.versionRemove')}
                    </button>
                  </div>
                )}
                <table className="table">
                  <thead>
                    <tr>
                      <th>{t('caps.category')}</th>
                      <th>{t('caps.percent')}</th>
                      <th>{t('caps.max')}</th>
                      <th>{t('caps.article')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {instrument.caps.map((cap) => (
                      <tr key={cap.category} data-category={cap.category}>
                        <td data-label={t('caps.category')}>{pick(cap.categoryLabel)}</td>
                        <td data-label={t('caps.percent')}>{percent(cap.percentOfCost)}</td>
                        <td data-label={t('caps.max')}>
                          {cap.maxVnd === null ? '—' : `${formatVnd(cap.maxVnd)} ${pick(cap.per)}`}
                        </td>
                        <td data-label={t('caps.article')}>
                          {cap.article || '—'}
                          {!cap.verified && <span className="badge badge-warn"> {t('caps.unverified')}</span>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <InstrumentChanges instrument={instrument} />
              </div>
            ))}
            <p className="small muted">{t('caps.none')}</p>
            {caps.data.mayEdit && (
              <NationalCapVersionForm
                key={editing?.code ?? `new-${versionFormKey}`}
                editing={editing}
                onCancel={() => setEditing(null)}
                onSaved={(saved) => {
                  setError(null);
                  setEditing(null);
                  setVersionFormKey((k) => k + 1);
                  setNotice(t('caps.versionSaved', { code: saved.code, day: formatDay(saved.effectiveFrom, locale) }));
                  caps.reload();
                }}
              />
            )}
          </Section>
          <Section title={t('caps.advance')}>
            <table className="table" data-testid="advance-rules">
              <thead>
                <tr>
                  <th>{t('caps.category')}</th>
                  <th>{t('caps.advancePercent')}</th>
                  <th>{t('caps.advanceCondition')}</th>
                  <th>{t('caps.advanceCitation')}</th>
                </tr>
              </thead>
              <tbody>
                {caps.data.advanceRules.map((rule) => (
                  <tr
                    key={`${rule.category}/${rule.item ?? ''}`}
                    data-category={rule.category}
                    data-item={rule.item ?? undefined}
                  >
                    <td data-label={t('caps.category')}>{pick(rule.categoryLabel)}</td>
                    <td data-label={t('caps.advancePercent')}>{rule.percent}%</td>
                    <td data-label={t('caps.advanceCondition')}>{pick(rule.condition)}</td>
                    <td data-label={t('caps.advanceCitation')}>{pick(rule.citation)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p data-testid="overheads-in-force">
              {t('caps.overheadsInForce', {
                unit: pick(caps.data.unitOverhead),
                programme: pick(caps.data.programmeManagement),
              })}
            </p>
          </Section>
          <Section title={t('caps.local')}>
            <label className="inline-field">
              {t('caps.filterProvince')}{' '}
              <select name="filterProvince" value={province} onChange={(e) => setProvince(e.target.value)}>
                <option value="">{t('caps.allProvinces')}</option>
                {reference.provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
            {caps.data.local.length === 0 ? (
              <p className="muted">{t('caps.localEmpty')}</p>
            ) : (
              <table className="table" data-testid="local-caps">
                <thead>
                  <tr>
                    <th>{t('caps.province')}</th>
                    <th>{t('caps.year')}</th>
                    <th>{t('caps.category')}</th>
                    <th>{t('caps.percent')}</th>
                    <th>{t('caps.max')}</th>
                    <th>{t('caps.basis')}</th>
                    <th>{t('caps.updated')}</th>
                    {caps.data.mayEdit && <th aria-label={t('caps.remove')} />}
                  </tr>
                </thead>
                <tbody>
                  {caps.data.local.map((cap) => {
                    const key = `${cap.provinceCode}/${cap.year}/${cap.category}`;
                    return (
                      <tr key={key} data-cap={key}>
                        <td data-label={t('caps.province')}>{cap.provinceName}</td>
                        <td data-label={t('caps.year')}>{cap.year}</td>
                        <td data-label={t('caps.category')}>{pick(cap.categoryLabel)}</td>
                        <td data-label={t('caps.percent')}>{percent(cap.percentOfCost)}</td>
                        <td data-label={t('caps.max')}>{cap.maxVnd === null ? '—' : formatVnd(cap.maxVnd)}</td>
                        <td data-label={t('caps.basis')}>{cap.basis}</td>
                        <td data-label={t('caps.updated')}>
                          {cap.updatedAtLocal} · {cap.updatedBy}
                        </td>
                        {caps.data!.mayEdit && (
                          <td>
                            <button
                              type="button"
                              className="button button-secondary"
                              disabled={busy === key}
                              onClick={() => void remove(cap.provinceCode, cap.year, cap.category)}
                            >
                              {t('caps.remove')}
                            </button>
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            {caps.data.mayEdit && (
              <LocalCapForm
                onSaved={(saved) => {
                  setError(null);
                  setNotice(
                    t('caps.saved', {
                      category: labels.category(saved.category),
                      year: String(saved.year),
                      province: saved.provinceName,
                    }),
                  );
                  caps.reload();
                }}
              />
            )}
          </Section>
        </>
      )}
    </main>
  );
}
