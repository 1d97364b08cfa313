import type { ProjectState } from '@kc/domain/lifecycle';
import { useLabels } from '../reference/reference';
import { Badge, Tone } from './badge';

/** The colour says where in the lifecycle a project is; the label says which state. */
const STATE_TONES: Record<ProjectState, Tone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  RETURNED: 'warn',
  BASE_APPRAISAL: 'info',
  REGISTERED: 'info',
  MINISTRY_APPRAISAL: 'info',
  APPROVED: 'info',
  IMPL_PLAN_PENDING: 'info',
  REJECTED: 'bad',
  NOT_SELECTED: 'bad',
  CONTRACTED: 'good',
  IN_PROGRESS: 'good',
  SUSPENDED: 'warn',
  SUSPENSION_REQUESTED: 'warn',
  CARRY_OVER_REQUESTED: 'warn',
  CARRIED_OVER: 'good',
  REFUND_PENDING: 'warn',
  COMPLETED_WORK: 'good',
  ACCEPTED: 'done',
  SETTLED: 'done',
  PARTIAL_SETTLED: 'done',
  TERMINATED: 'bad',
  WITHDRAWN: 'neutral',
};

export function StateBadge({ state }: { state: string }) {
  const labels = useLabels();
  return (
    <span data-state={state}>
      <Badge tone={STATE_TONES[state as ProjectState] ?? 'neutral'}>{labels.state(state)}</Badge>
    </span>
  );
}
