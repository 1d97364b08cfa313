import { isIsoDate } from '../dates';
import { REFUSAL_CODES, Refusal } from '../errors';
import type { ProjectFacts } from '../project';
import type { Actor } from '../roles';
import { CAPABILITIES } from '../capabilities/capability-table';
import { contextOf } from '../transition-rule';
import { compareDays } from '../calendar';
import { DeadlineState, findPeriod } from './deadline-state';
import { effectiveDue } from './report-notices';

/** A progress report (Mẫu 3a/3b-like) for one period. Money is integer VND. */
export interface ReportSubmission {
  periodKey: string;
  physicalProgressPct: number;
  fundsUsedVnd: number;
  issues?: string;
  attachments?: string[];
  /** A second report for the same period must say it corrects the first; it becomes a new version. */
  correction?: boolean;
  actor: Actor;
}

export interface DeadlineExtension {
  /** The period whose report deadline moves, or absent to move the current state's time limit. */
  periodKey?: string;
  /** The new due day (YYYY-MM-DD, local); the deadline ends at 24:00 that day. */
  newDueDay: string;
  reason: string;
  actor: Actor;
}

function refuse(code: Refusal['code'], message: string, allowed: string[] = []): Refusal {
  return { ok: false, code, message, allowedActions: allowed };
}

function openKeys(ds: DeadlineState): string[] {
  return ds.reporting.periods.map((p) => p.key);
}

const mayReport = (a: Actor, f: ProjectFacts) => CAPABILITIES['report.submit'].who.allows(a, contextOf(f));

const mayExtend = (a: Actor, f: ProjectFacts) => CAPABILITIES['deadline.extend'].who.allows(a, contextOf(f));

/** Whether a report may be recorded now; on success, its version number (1, then corrections). */
export function decideReport(
  facts: ProjectFacts,
  ds: DeadlineState,
  s: ReportSubmission,
): { ok: true; version: number } | Refusal {
  if (!mayReport(s.actor, facts)) {
    return refuse(
      REFUSAL_CODES.ROLE_FORBIDDEN,
      'Chỉ đơn vị thực hiện đề án hoặc cán bộ khuyến công của tỉnh được nộp báo cáo / only the implementing unit or the province officer may submit reports',
    );
  }
  const period = findPeriod(ds, s.periodKey);
  const open = openKeys(ds);
  if (!period) {
    const list = open.length ? open.join(', ') : 'không có / none';
    return refuse(
      REFUSAL_CODES.ILLEGAL_TRANSITION,
      `Kỳ báo cáo "${s.periodKey}" chưa mở hoặc không tồn tại. Các kỳ đang mở: ${list} / period "${s.periodKey}" is not open; open periods: ${list}`,
      open,
    );
  }
  if (period.submittedAt && !s.correction) {
    return refuse(
      REFUSAL_CODES.ILLEGAL_TRANSITION,
      `Kỳ ${s.periodKey} đã có báo cáo; muốn sửa, gửi lại với "correction": true (bản cũ được giữ lại) / a report for ${s.periodKey} exists; send "correction": true to add a corrected version (the old one is kept)`,
      open,
    );
  }
  if (!period.submittedAt && s.correction) {
    return refuse(
      REFUSAL_CODES.INVALID_COMMAND,
      `Kỳ ${s.periodKey} chưa có báo cáo nào để sửa; bỏ "correction" / there is no report for ${s.periodKey} to correct yet`,
      open,
    );
  }
  const pct = s.physicalProgressPct;
  if (!Number.isInteger(pct) || pct < 0 || pct > 100) {
    return refuse(
      REFUSAL_CODES.INVALID_COMMAND,
      'physicalProgressPct phải là số nguyên 0–100 / must be a whole number from 0 to 100',
    );
  }
  if (!Number.isSafeInteger(s.fundsUsedVnd) || s.fundsUsedVnd < 0) {
    return refuse(
      REFUSAL_CODES.INVALID_COMMAND,
      'fundsUsedVnd phải là số nguyên VND không âm / must be a whole, non-negative number of VND',
    );
  }
  return { ok: true, version: period.reportVersions + 1 };
}

/** Whether a deadline may move to `newDueDay`: only later, by an officer or approver within reach, with a reason. */
export function decideExtension(
  facts: ProjectFacts,
  ds: DeadlineState,
  e: DeadlineExtension,
): { ok: true; currentDueDay: string } | Refusal {
  if (!mayExtend(e.actor, facts)) {
    return refuse(
      REFUSAL_CODES.ROLE_FORBIDDEN,
      'Chỉ cán bộ khuyến công hoặc lãnh đạo phê duyệt được gia hạn / only an officer or an approver may extend a deadline',
    );
  }
  if (!e.reason || e.reason.trim().length === 0) {
    return refuse(REFUSAL_CODES.INVALID_COMMAND, 'Gia hạn cần lý do (reason) / an extension needs a reason');
  }
  if (!isIsoDate(e.newDueDay)) {
    return refuse(
      REFUSAL_CODES.INVALID_COMMAND,
      'newDueDay phải là ngày có thật dạng YYYY-MM-DD / newDueDay must be a real date, YYYY-MM-DD',
    );
  }
  let currentDueDay: string;
  if (e.periodKey !== undefined) {
    const period = findPeriod(ds, e.periodKey);
    if (!period) {
      return refuse(
        REFUSAL_CODES.ILLEGAL_TRANSITION,
        `Kỳ báo cáo "${e.periodKey}" không mở / period "${e.periodKey}" is not open`,
        openKeys(ds),
      );
    }
    if (period.submittedAt) {
      return refuse(
        REFUSAL_CODES.ILLEGAL_TRANSITION,
        `Kỳ ${e.periodKey} đã nộp báo cáo / the report for ${e.periodKey} is already in`,
      );
    }
    currentDueDay = effectiveDue(period).dueDay;
  } else {
    if (!ds.stall?.limit) {
      return refuse(
        REFUSAL_CODES.ILLEGAL_TRANSITION,
        'Trạng thái hiện tại không có thời hạn để gia hạn / the current state has no time limit',
      );
    }
    currentDueDay = ds.stall.limit.day;
  }
  if (compareDays(e.newDueDay, currentDueDay) <= 0) {
    return refuse(
      REFUSAL_CODES.INVALID_COMMAND,
      `Hạn mới phải sau hạn hiện tại ${currentDueDay} / the new due day must be after the current one, ${currentDueDay}`,
    );
  }
  return { ok: true, currentDueDay };
}
