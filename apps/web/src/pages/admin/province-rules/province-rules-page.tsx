import { useState } from 'react';
import type { LocalApprover, NewOrganisation } from '../../../api/org-endpoints';
import { ErrorMessage } from '../../../components/error-message';
import { Field } from '../../../components/field';
import { Loading } from '../../../components/loading';
import { Section } from '../../../components/section';
import { SuccessMessage } from '../../../components/success-message';
import { useLoad } from '../../../hooks/use-load';
import { useI18n } from '../../../i18n/i18n';
import { useReference } from '../../../reference/reference';
import { useApi } from '../../../session/session';
import '../admin.css';

const APPROVERS: readonly LocalApprover[] = ['DEPARTMENT', 'UBND'];
const ADDABLE: ReadonlyArray<NewOrganisation['kind']> = ['UBND_XA', 'UNIT'];

/**
 * "Quy chế tỉnh": who approves each province's local projects (the Department leader or the UBND tỉnh), and the
 * communes and units the admin adds to a province (so accounts can be placed in them).
 */
export function ProvinceRulesPage() {
  const { t } = useI18n();
  const api = useApi();
  const reference = useReference();
  const rules = useLoad(() => api.provinceRules(), [api]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [org, setOrg] = useState<{ kind: NewOrganisation['kind']; name: string; provinceCode: string }>({
    kind: 'UBND_XA',
    name: '',
    provinceCode: 'HN',
  });

  const save = async (provinceCode: string, provinceName: string, localApprover: LocalApprover) => {
    setBusy(provinceCode);
    setError(null);
    setNotice(null);
    try {
      await api.setProvinceRule(provinceCode, localApprover);
      setNotice(t('admin.rules.saved', { province: provinceName }));
      rules.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const addOrganisation = async () => {
    setBusy('org');
    setError(null);
    setNotice(null);
    try {
      const created = await api.createOrganisation({ ...org, name: org.name.trim() });
      setNotice(t('admin.rules.orgAdded', { name: created.name, code: created.code }));
      setOrg((old) => ({ ...old, name: '' }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <main className="page" data-page="admin-province-rules">
      <div className="page-head">
        <h1>{t('admin.rules.title')}</h1>
        <p className="muted">{t('admin.rules.intro')}</p>
      </div>
      <ErrorMessage error={rules.error ?? error} />
      <SuccessMessage text={notice} />
      <Section title={t('admin.rules.localApprover')}>
        {!rules.data ? (
          !rules.error && <Loading />
        ) : (
          <table className="table" data-testid="province-rules">
            <thead>
              <tr>
                <th>{t('admin.rules.province')}</th>
                <th>{t('admin.rules.localApprover')}</th>
                <th>{t('admin.rules.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {rules.data.items.map((rule) => (
                <tr key={rule.provinceCode} data-province={rule.provinceCode}>
                  <td data-label={t('admin.rules.province')}>{rule.provinceName}</td>
                  <td data-label={t('admin.rules.localApprover')}>
                    <select
                      name={`localApprover-${rule.provinceCode}`}
                      aria-label={`${t('admin.rules.localApprover')} — ${rule.provinceName}`}
                      value={rule.localApprover}
                      disabled={busy === rule.provinceCode}
                      onChange={(e) => void save(rule.provinceCode, rule.provinceName, e.target.value as LocalApprover)}
                    >
                      {APPROVERS.map((a) => (
                        <option key={a} value={a}>
                          {t(`admin.rules.${a}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td data-label={t('admin.rules.updated')}>{rule.updatedAtLocal ?? t('admin.rules.default')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section title={t('admin.rules.orgTitle')}>
        <form
          className="field-row"
          onSubmit={(e) => {
            e.preventDefault();
            void addOrganisation();
          }}
        >
          <Field label={t('admin.rules.orgKind')}>
            {(id) => (
              <select
                id={id}
                name="kind"
                value={org.kind}
                onChange={(e) => setOrg((old) => ({ ...old, kind: e.target.value as NewOrganisation['kind'] }))}
              >
                {ADDABLE.map((k) => (
                  <option key={k} value={k}>
                    {t(`admin.rules.kind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('admin.rules.orgName')}>
            {(id) => (
              <input
                id={id}
                name="name"
                value={org.name}
                maxLength={300}
                onChange={(e) => setOrg((old) => ({ ...old, name: e.target.value }))}
              />
            )}
          </Field>
          <Field label={t('admin.rules.orgProvince')}>
            {(id) => (
              <select
                id={id}
                name="provinceCode"
                value={org.provinceCode}
                onChange={(e) => setOrg((old) => ({ ...old, provinceCode: e.target.value }))}
              >
                {reference.provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="button" disabled={busy === 'org' || !org.name.trim()}>
            {t('admin.rules.orgAdd')}
          </button>
        </form>
      </Section>
    </main>
  );
}
