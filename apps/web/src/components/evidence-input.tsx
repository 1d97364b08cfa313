import { Field } from './field';
import { useI18n } from '../i18n/i18n';

export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png';

/**
 * "Tệp minh chứng (tùy chọn)": a file picked in a form (a report, an action that needs evidence), uploaded as an
 * attachment linked to what the form did, once that has succeeded. `resetKey` empties it after a send.
 */
export function EvidenceInput({ onChange, resetKey = 0 }: { onChange(file: File | null): void; resetKey?: number }) {
  const { t } = useI18n();
  return (
    <Field label={t('attachments.evidence')} hint={t('attachments.evidenceHint')}>
      {(id, describedBy) => (
        <input
          key={resetKey}
          id={id}
          name="evidence"
          type="file"
          accept={EVIDENCE_ACCEPT}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        />
      )}
    </Field>
  );
}
