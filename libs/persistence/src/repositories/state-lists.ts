import { PROJECT_STATES, REPORTING_STATES } from '@kc/domain';
import type { ProjectState } from '@kc/domain';

/**
 * A list of the domain's states as an SQL literal list ('A', 'B'), for queries that filter on states: written from
 * the domain's constants so a new state (CARRIED_OVER, SUSPENSION_REQUESTED…) counts wherever the domain says.
 * Only the domain's own state codes pass, so nothing else can reach the SQL text.
 */
export function sqlStateList(states: readonly ProjectState[]): string {
  const known = states.filter((s) => (PROJECT_STATES as readonly string[]).includes(s) && /^[A-Z_]+$/.test(s));
  return known.length ? known.map((s) => `'${s}'`).join(', ') : 'NULL';
}

/** States in which the unit owes progress reports (the domain's REPORTING_STATES). */
export const REPORTING_STATES_SQL = sqlStateList(REPORTING_STATES);

/** Projects under way for the nine-month review: reporting, suspended, or with the work done but not yet accepted. */
export const UNDER_WAY_STATES_SQL = sqlStateList([...REPORTING_STATES, 'SUSPENDED', 'COMPLETED_WORK']);
