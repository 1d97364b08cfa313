import { compareDays, startOfLocalDayUtc } from '../calendar';
import type { LifecycleStatus, ProjectFacts } from '../project';
import type { ReportCadence } from './deadline-policy';

/**
 * Rules of the deadline computation that changed while projects were running. The workflow turns each on
 * behind a `patched()` marker, so a recorded history replays with the rule it was recorded under.
 */
export interface DeadlineRules {
  /** 'first-period-from-planned-start': reporting starts at the later of the contract date and the planned start. */
  firstPeriodFromPlannedStart: boolean;
}

export const ORIGINAL_DEADLINE_RULES: DeadlineRules = { firstPeriodFromPlannedStart: false };

/** The local day the unit's reporting duty begins: the later of the contract date and the planned start. */
export function reportingStartDay(facts: ProjectFacts, status: LifecycleStatus): string | null {
  const contractDay = status.contract?.contractDate;
  if (!contractDay) return null;
  return compareDays(contractDay, facts.plannedStart) >= 0 ? contractDay : facts.plannedStart;
}

/**
 * Where reporting starts when a contract is recorded at `recordedAt`: `anchor` (the first period is the first
 * one due on or after it), `activeSince` (periods due before it are not owed) and `backfilledUntil` (set when
 * periods already past due are owed: the contract was recorded after its reports fell due).
 */
export function reportingStartOnContract(
  facts: ProjectFacts,
  status: LifecycleStatus,
  cadence: ReportCadence,
  recordedAt: string,
): { anchor: string; activeSince: string; backfilledUntil: string | null } {
  const day = reportingStartDay(facts, status);
  const startAt = day ? startOfLocalDayUtc(day) : recordedAt;
  // A fixed interval (seconds or minutes, for demos and tests) never counts from a past day: it would owe
  // thousands of periods at once. It waits for a planned start still to come.
  if (cadence.kind === 'EVERY' || Date.parse(startAt) >= Date.parse(recordedAt)) {
    const from = Date.parse(startAt) > Date.parse(recordedAt) ? startAt : recordedAt;
    return { anchor: from, activeSince: from, backfilledUntil: null };
  }
  // A contract signed (or a planned start) in the past: the reports due since then were owed all along.
  return { anchor: startAt, activeSince: startAt, backfilledUntil: recordedAt };
}
