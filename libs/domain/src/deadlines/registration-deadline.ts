import { endOfLocalDayUtc } from '../calendar';
import type { ProjectState, Scope } from '../lifecycle';
import { DEFAULT_NATIONAL_REGISTRATION_BY, StallPolicy } from './deadline-policy';
import { planYearOf } from './stall-notices';

/** The state in which a national project waits for the Department to register it with the Cục. */
export const AWAITING_REGISTRATION: ProjectState = 'BASE_APPRAISAL';

/**
 * The day by which the Department must register a national project for its plan year N with the Cục: the policy's
 * day (20 June by default) of year N-1, as the end of that day. Null for a local project or another state.
 */
export function registrationDeadline(
  project: { scope: Scope; state: ProjectState; plannedStart: string },
  policy: Pick<StallPolicy, 'nationalRegistrationBy'>,
): { dueDay: string; dueAt: string; planYear: number } | null {
  if (project.scope !== 'NATIONAL' || project.state !== AWAITING_REGISTRATION) return null;
  const planYear = planYearOf(project);
  const { month, day } = policy.nationalRegistrationBy ?? DEFAULT_NATIONAL_REGISTRATION_BY;
  const dueDay = `${planYear - 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { dueDay, dueAt: endOfLocalDayUtc(dueDay), planYear };
}
