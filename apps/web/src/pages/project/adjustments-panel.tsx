import { useEffect, useState } from 'react';
import type { Adjustment } from '../../api/adjustment-endpoints';
import { ErrorMessage } from '../../components/error-message';
import { Section } from '../../components/section';
import { SuccessMessage } from '../../components/success-message';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';
import type { ProjectDetail } from '../../api/types';
import { AdjustmentActionForm } from './adjustment-action-form';
import { AdjustmentRequestForm } from './adjustment-request-form';
import { TermsComparison } from './terms-comparison';

/**
 * "Điều chỉnh, gia hạn, ngừng thực hiện": the project's requests, newest first, each with the side-by-side of its
 * terms, who decides, and the buttons this user may use now; the request form for the unit and the officer.
 */
export function AdjustmentsPanel({
  project,
  onChanged,
  focused = false,
}: {
  project: ProjectDetail;
  onChanged(): void;
  /** Opened from the inbox (`?focus=adjustments`): scrolled into view once the requests have loaded. */
  focused?: boolean;
}) {
  const { t, pick } = useI18n();
  const api = useApi();
  const requests = useLoad(() => api.adjustments(project.id), [api, project.id, project.updatedAt]);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const mayAsk = project.may.requestAdjustment && !project.openAdjustment;
  const changed = (text: string) => {
    setNotice(text);
    requests.reload();
    onChanged();
  };
  const items = requests.data ?? [];
  const loaded = !!requests.data;
  useEffect(() => {
    if (focused && loaded) document.getElementById('adjustments')?.scrollIntoView();
  }, [focused, loaded]);
  if (items.length === 0 && !mayAsk) return null;
  return (
    <Section
      title={t('adjust.title')}
      id="adjustments"
      actions={
        mayAsk && !asking ? (
          <button type="button" className="button button-primary" onClick={() => setAsking(true)}>
            {t('adjust.open')}
          </button>
        ) : undefined
      }
    >
      <SuccessMessage text={notice} />
      <ErrorMessage error={requests.error} />
      {asking && (
        <AdjustmentRequestForm
          projectId={project.id}
          establishments={project.groupPlan?.approval ? project.groupPlan.beneficiaries : []}
          onCancel={() => setAsking(false)}
          onSent={() => {
            setAsking(false);
            changed(t('adjust.sent'));
          }}
        />
      )}
      {requests.data && items.length === 0 && !asking && <p className="muted">{t('adjust.empty')}</p>}
      <ul className="plain-list" data-testid="adjustments">
        {items.map((r) => (
          <AdjustmentItem
            key={r.id}
            request={r}
            onActed={(label) => changed(t('adjust.action.done', { action: label }))}
          />
        ))}
      </ul>
    </Section>
  );

  function AdjustmentItem({ request: r, onActed }: { request: Adjustment; onActed(label: string): void }) {
    return (
      <li className="adjustment" data-status={r.status} data-kind={r.kind}>
        <h3>
          {pick(r.kindLabel)} <span className="badge badge-neutral">{pick(r.statusLabel)}</span>
        </h3>
        <p>{r.reason}</p>
        {r.beneficiaryId && (
          <p className="small" data-testid="adjustment-establishment">
            {t('adjust.establishment', { id: r.beneficiaryId })}
          </p>
        )}
        <TermsComparison request={r} />
        <p className="muted small">
          {/* "lãnh đạo Sở Công Thương thành phố Hà Nội" names its organisation already: not twice. */}
          {pick(r.decider).includes(r.decider.organisation)
            ? t('adjust.deciderOnly', { who: pick(r.decider) })
            : t('adjust.decider', { who: pick(r.decider), organisation: r.decider.organisation })}
          {r.decider.copyTo && ` · ${t('adjust.copyTo', { to: r.decider.copyTo })}`}
        </p>
        <p className="muted small">
          {t('adjust.requestedBy', { who: pick(r.requestedBy.position), at: r.requestedAtLocal })}
          {r.certifiedBy && r.certifiedAtLocal && (
            <>
              <br />
              {t('adjust.certifiedBy', { who: pick(r.certifiedBy.position), at: r.certifiedAtLocal })}
            </>
          )}
          {r.decidedBy && r.decidedAtLocal && (
            <>
              <br />
              {t('adjust.decidedBy', { who: pick(r.decidedBy.position), at: r.decidedAtLocal })}
            </>
          )}
        </p>
        {r.decisionReason && <p className="small">{r.decisionReason}</p>}
        {r.decisionNo && (
          <p className="small">
            {t('adjust.decisionLine', { no: r.decisionNo, date: r.decisionDate ? ` (${r.decisionDate})` : '' })}
          </p>
        )}
        {r.termsVersion && <p className="small">{t('adjust.termsVersion', { version: r.termsVersion })}</p>}
        {r.allowedActions.length > 0 && <AdjustmentActionForm request={r} onActed={onActed} />}
      </li>
    );
  }
}
