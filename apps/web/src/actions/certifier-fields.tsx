import { CERTIFYING_BODIES, CERTIFYING_BODY_LABELS, type CertifyingBody } from '@kc/domain/project';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n';
import type { ActionFields as Fields } from './action-forms';

/** accept_work_done: who certified the work done after force majeure (TT 36 Art. 18.4), by kind and by name. */
export function CertifierFields({ fields, onChange }: { fields: Fields; onChange(fields: Fields): void }) {
  const { t, pick } = useI18n();
  return (
    <div className="field-row">
      <Field label={t('action.certifyingBody')}>
        {(id) => (
          <select
            id={id}
            name="certifyingBody"
            value={fields.certifyingBody}
            onChange={(e) => onChange({ ...fields, certifyingBody: e.target.value as CertifyingBody })}
          >
            {CERTIFYING_BODIES.map((body) => (
              <option key={body} value={body}>
                {pick(CERTIFYING_BODY_LABELS[body])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('action.certifierName')} hint={t('action.certifierHint')}>
        {(id, describedBy) => (
          <input
            id={id}
            name="certifierName"
            value={fields.certifierName}
            onChange={(e) => onChange({ ...fields, certifierName: e.target.value })}
            aria-describedby={describedBy}
          />
        )}
      </Field>
    </div>
  );
}
