import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n';
import { ActionFields as Fields, ActionForm, DISBURSEMENT_KINDS } from './action-forms';

interface Props {
  form: ActionForm;
  fields: Fields;
  onChange(fields: Fields): void;
}

/** The inputs an action asks for: a reason, a contract, acceptance minutes or a disbursement. */
export function ActionFields({ form, fields, onChange }: Props) {
  const { t } = useI18n();
  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    onChange({ ...fields, [name]: event.target.value });
  switch (form) {
    case 'reason':
      return (
        <Field label={t('action.reason')} hint={t('action.reasonHint')}>
          {(id) => <textarea id={id} name="reason" rows={4} value={fields.reason} onChange={set('reason')} autoFocus />}
        </Field>
      );
    case 'contract':
      return (
        <div className="field-row">
          <Field label={t('action.contractNo')}>
            {(id) => (
              <input id={id} name="contractNo" value={fields.contractNo} onChange={set('contractNo')} autoFocus />
            )}
          </Field>
          <Field label={t('action.contractDate')}>
            {(id) => (
              <input
                id={id}
                name="contractDate"
                type="date"
                value={fields.contractDate}
                onChange={set('contractDate')}
              />
            )}
          </Field>
        </div>
      );
    case 'minutes':
      return (
        <div className="field-row">
          <Field label={t('action.minutesNo')}>
            {(id) => <input id={id} name="minutesNo" value={fields.minutesNo} onChange={set('minutesNo')} autoFocus />}
          </Field>
          <Field label={t('action.minutesDate')}>
            {(id) => (
              <input id={id} name="minutesDate" type="date" value={fields.minutesDate} onChange={set('minutesDate')} />
            )}
          </Field>
        </div>
      );
    case 'disbursement':
      return (
        <div className="field-row">
          <Field label={t('action.amountVnd')} hint={t('action.amountHint')}>
            {(id) => (
              <input
                id={id}
                name="amountVnd"
                inputMode="numeric"
                value={fields.amountVnd}
                onChange={set('amountVnd')}
                autoFocus
              />
            )}
          </Field>
          <Field label={t('action.kind')}>
            {(id) => (
              <select id={id} name="kind" value={fields.kind} onChange={set('kind')}>
                {DISBURSEMENT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`disbursement.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      );
  }
}
