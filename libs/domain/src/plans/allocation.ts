/**
 * The allocation check (issue 14): approving a project may not push its plan line past the assigned estimate,
 * unless the plan's approver overrides with a reason. Pure: the caller locks the line and sums what it holds.
 */
import { groupVnd, groupVndEn } from '../money';
import type { FundingSource } from './funding';
import { planLineLabel } from './funding';

export interface LineHolding {
  category: string;
  fundingSource: FundingSource;
  year: number;
  /** The assigned estimate, with every amendment. */
  assignedVnd: number;
  /** What projects on the line already hold: approved support of live projects and commitments being approved. */
  committedVnd: number;
}

export type AllocationAnswer =
  | { ok: true; remainingVnd: number; overridden: boolean }
  | { ok: false; code: 'OVER_ALLOCATION'; remainingVnd: number; message: string };

export function remainingOn(line: Pick<LineHolding, 'assignedVnd' | 'committedVnd'>): number {
  return line.assignedVnd - line.committedVnd;
}

/** Whether `requestedVnd` fits the line; `override` (a reason, by the plan's approver) lets it through anyway. */
export function checkAllocation(line: LineHolding, requestedVnd: number, override: boolean): AllocationAnswer {
  const remainingVnd = remainingOn(line);
  if (requestedVnd <= remainingVnd) return { ok: true, remainingVnd, overridden: false };
  if (override) return { ok: true, remainingVnd, overridden: true };
  return { ok: false, code: 'OVER_ALLOCATION', remainingVnd, message: overAllocationMessage(line, requestedVnd) };
}

export function overAllocationMessage(line: LineHolding, requestedVnd: number): string {
  const label = planLineLabel(line.category, line.fundingSource);
  const left = Math.max(0, remainingOn(line));
  return (
    `Vượt dự toán được giao của dòng kế hoạch «${label.vi}» năm ${line.year}: còn lại ${groupVnd(left)} đồng, ` +
    `đề nghị ${groupVnd(requestedVnd)} đồng; người phê duyệt kế hoạch có thể phê duyệt vượt khi ghi rõ lý do ` +
    `(overAllocationReason) / exceeds the assigned estimate of plan line "${label.en}" for ${line.year}: ` +
    `${groupVndEn(left)} VND remaining, ${groupVndEn(requestedVnd)} VND requested; the plan's approver may ` +
    `approve over it with a reason (overAllocationReason)`
  );
}

/** A cut may not take a line below what its projects already hold. */
export function checkCut(line: LineHolding, deltaVnd: number): { ok: true } | { ok: false; message: string } {
  const next = line.assignedVnd + deltaVnd;
  if (deltaVnd >= 0 || next >= line.committedVnd) return { ok: true };
  const label = planLineLabel(line.category, line.fundingSource);
  return {
    ok: false,
    message:
      `Không thể cắt giảm dòng «${label.vi}» năm ${line.year} xuống ${groupVnd(next)} đồng: các đề án đã được ` +
      `phê duyệt ${groupVnd(line.committedVnd)} đồng / cannot cut line "${label.en}" for ${line.year} to ` +
      `${groupVndEn(next)} VND: ${groupVndEn(line.committedVnd)} VND is already approved on it`,
  };
}
