/**
 * One soak client: it walks its projects through a compressed year. Each project is created at its moment, then
 * submitted, appraised, approved and contracted after short waits (now and then a long one, beyond the step's
 * limit, so that stall notices fall due), then gets two advances, is started and reports period after period, most
 * reports on time, some late and some never (so that reminders, overdue notices and escalations fall due).
 * Every write goes through writeUntilSettled (same Idempotency-Key until it is settled); some reads are mixed in.
 */
import { localDayOf } from '@kc/domain';
import type { TimedApiClient } from '../load/http-client';
import type { ProvinceLogins } from '../load/project-setup';
import { writeUntilSettled } from './retrying-write';
import type { SoakLedger, SoakProject } from './soak-ledger';

type Step =
  | { kind: 'create' }
  | { kind: 'action'; action: 'submit' | 'open_appraisal' | 'approve' | 'sign_contract' | 'start' }
  | { kind: 'advance' }
  | { kind: 'report'; period: number; attempt: number };

interface Task {
  at: number;
  project: SoakProject;
  step: Step;
}

export interface SoakClientContext {
  index: number;
  runId: string;
  logins: ProvinceLogins;
  projects: readonly SoakProject[];
  /** performance.now() at which each of the client's projects is created. */
  createAt: (project: SoakProject) => number;
  quarterMs: number;
  endsAt: number;
  giveUpAfterMs: number;
  random: () => number;
  ledger: SoakLedger;
  reads: { ok: number; failed: number };
}

const LIFECYCLE = ['submit', 'open_appraisal', 'approve', 'sign_contract'] as const;
const READ_SHARE = 0.25;
const SUPPORT_VND = 135_000_000;
const REPORT_ATTEMPTS = 3;

export async function runSoakClient(ctx: SoakClientContext): Promise<void> {
  const tasks: Task[] = ctx.projects.map((project) => ({
    at: ctx.createAt(project),
    project,
    step: { kind: 'create' },
  }));
  const between = (from: number, to: number) => (from + (to - from) * ctx.random()) * ctx.quarterMs;
  /** Mostly a short wait before the next step; one in twelve is longer than any step's limit. */
  const stepWait = () => (ctx.random() < 1 / 12 ? between(0.45, 0.7) : between(0.02, 0.12));
  const later = (task: Task) => {
    if (task.at < ctx.endsAt) tasks.push(task);
  };
  let serial = 0;

  while (performance.now() < ctx.endsAt) {
    // A creation that is due goes first: on a busy machine the year's later steps wait, the projects do not.
    tasks.sort((a, b) => a.at - b.at);
    const now = performance.now();
    const dueCreation = tasks.findIndex((t) => t.step.kind === 'create' && t.at <= now);
    const index = dueCreation >= 0 ? dueCreation : 0;
    const next = tasks[index];
    if (!next || next.at > now) {
      await sleep(Math.min((next?.at ?? ctx.endsAt) - now, ctx.endsAt - now, 1000));
      continue;
    }
    tasks.splice(index, 1);
    const { project, step } = next;
    serial += 1;
    const key = `soak-${ctx.runId}-c${ctx.index}-${serial}`;
    const officer = ctx.logins.officer;
    switch (step.kind) {
      case 'create': {
        const result = await write(ctx, 'create', officer, '/projects', createBody(project), key);
        project.createOutcome = result.outcome;
        if (result.outcome === 'acknowledged') {
          project.id = result.body.id;
          project.code = result.body.code;
          project.workflowId = result.body.workflowId;
          later({ at: performance.now() + stepWait(), project, step: { kind: 'action', action: 'submit' } });
        }
        break;
      }
      case 'action': {
        const client = step.action === 'approve' ? ctx.logins.approver : officer;
        const result = await write(
          ctx,
          'action',
          client,
          `/projects/${project.id}/actions`,
          actionBody(step.action, project),
          key,
        );
        project.actions.push({ action: step.action, outcome: result.outcome });
        if (result.outcome !== 'acknowledged') break;
        const position = LIFECYCLE.indexOf(step.action as (typeof LIFECYCLE)[number]);
        if (position >= 0 && position < LIFECYCLE.length - 1) {
          later({
            at: performance.now() + stepWait(),
            project,
            step: { kind: 'action', action: LIFECYCLE[position + 1] },
          });
        } else if (step.action === 'sign_contract') {
          planTheYear(project, performance.now());
        }
        break;
      }
      case 'advance': {
        const amountVnd = ctx.ledger.distinctValue(1000);
        const body = { action: 'record_disbursement', kind: 'ADVANCE', amountVnd };
        const result = await write(ctx, 'advance', officer, `/projects/${project.id}/actions`, body, key);
        project.advances.set(amountVnd, result.outcome);
        break;
      }
      case 'report': {
        const fundsUsedVnd = ctx.ledger.distinctValue(1_000_000);
        const body = {
          period: `P${String(step.period).padStart(4, '0')}`,
          physicalProgressPct: Math.min(100, step.period * 20),
          fundsUsedVnd,
          issues: `Báo cáo thử bền ${project.token} kỳ ${step.period}`,
        };
        const result = await write(ctx, 'report', ctx.logins.reporter, `/projects/${project.id}/reports`, body, key);
        project.reports.set(fundsUsedVnd, result.outcome);
        // A period not open yet (its timer is late after an outage): tried again a little later, as a person would.
        if (result.outcome === 'refused' && step.attempt < REPORT_ATTEMPTS && /not open/.test(result.message)) {
          later({ at: performance.now() + 0.1 * ctx.quarterMs, project, step: { ...step, attempt: step.attempt + 1 } });
        }
        break;
      }
    }
    if (project.id && ctx.random() < READ_SHARE) await read(ctx, project);
  }

  /** Two advances (the first ends the contract's waiting limit), the start of the work and a report per period. */
  function planTheYear(project: SoakProject, contractedAt: number): void {
    later({ at: contractedAt + between(0.05, 0.3), project, step: { kind: 'advance' } });
    later({ at: contractedAt + between(0.35, 0.7), project, step: { kind: 'action', action: 'start' } });
    later({ at: contractedAt + between(0.8, 1.8), project, step: { kind: 'advance' } });
    for (let period = 1; contractedAt + period * ctx.quarterMs < ctx.endsAt + ctx.quarterMs; period += 1) {
      const roll = ctx.random();
      if (roll < 0.1) continue; // never reported: overdue notices and escalations
      // On time (from a third into the period to just before it is due), or a little late.
      const offset = roll < 0.85 ? between(period - 1 + 0.3, period - 0.02) : between(period + 0.05, period + 0.3);
      later({ at: contractedAt + offset, project, step: { kind: 'report', period, attempt: 1 } });
    }
  }
}

async function write(
  ctx: SoakClientContext,
  kind: 'create' | 'action' | 'advance' | 'report',
  client: TimedApiClient,
  path: string,
  body: unknown,
  key: string,
): Promise<{ outcome: 'acknowledged' | 'refused' | 'unknown'; body: any; message: string }> {
  const sent = performance.now();
  const result = await writeUntilSettled(client, path, body, key, ctx.giveUpAfterMs);
  ctx.ledger.count(kind, result.outcome, result.retries);
  ctx.ledger.settleMs[kind].push(performance.now() - sent);
  const message = String(result.last.body?.message ?? result.last.networkError ?? '');
  if (result.outcome === 'refused') {
    ctx.ledger.refused(kind, result.last.status as number, result.last.body?.error, message);
  }
  return { outcome: result.outcome, body: result.last.body, message };
}

async function read(ctx: SoakClientContext, project: SoakProject): Promise<void> {
  const roll = ctx.random();
  const path =
    roll < 0.5
      ? `/projects/${project.id}`
      : roll < 0.8
        ? `/projects/${project.id}/reports`
        : '/queues/late-reports?limit=20';
  const res = await ctx.logins.officer.get(path);
  if (typeof res.status === 'number' && res.status < 300) ctx.reads.ok += 1;
  else ctx.reads.failed += 1;
}

function createBody(project: SoakProject) {
  const unitEmail =
    project.provinceCode === 'HN' || project.provinceCode === 'BN'
      ? `unit.${project.provinceCode.toLowerCase()}@demo.local`
      : `ttkc.${project.provinceCode.toLowerCase()}@demo.local`;
  return {
    scope: 'LOCAL',
    provinceCode: project.provinceCode,
    // Training advances on the contract (TT 36 Art. 12): the soak's random advances need no progress certification.
    category: 'TRAINING',
    title: `${project.token}: thử bền lớp truyền nghề chế biến nông sản`,
    implementingUnit: { name: `Trung tâm Khuyến công ${project.provinceCode}`, email: unitEmail },
    beneficiary: `HTX thử bền ${project.index + 1}`,
    totalCostVnd: 450_000_000,
    requestedSupportVnd: SUPPORT_VND,
    plannedStart: '2026-03-01',
    plannedEnd: '2027-11-30',
  };
}

function actionBody(action: string, project: SoakProject): Record<string, unknown> {
  const today = localDayOf(new Date().toISOString());
  const n = project.index + 1;
  switch (action) {
    case 'approve':
      return { action, approvedSupportVnd: SUPPORT_VND, decisionNo: `${n}/QĐ-THỬ-BỀN`, decisionDate: today };
    case 'sign_contract':
      return { action, contractNo: `${n}/HĐ-THỬ-BỀN`, contractDate: today };
    default:
      return { action };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
