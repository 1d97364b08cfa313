import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import {
  ADJUSTMENT_KIND_LABELS,
  ADJUSTMENT_STATUS_LABELS,
  Actor,
  AdjustmentRecord,
  ProjectTerms,
  TERM_LABELS,
  actOnAdjustmentUpdate,
  allowedAdjustmentActions,
  changedTerms,
  positionLabel,
  requestAdjustmentUpdate,
} from '@kc/domain';
import { AdjustmentQueries } from '@kc/persistence';
import { ApiError } from '../common/api-error';
import { toVietnamTime } from '../common/local-time';
import { ProjectsService } from '../projects/projects.service';
import { ProjectWorkflowGateway } from '../projects/project-workflow.gateway';
import { snapshotOf } from '../projects/project-view';
import type { ProjectEntity } from '@kc/persistence';
import { AdjustmentActionDto, RequestAdjustmentDto } from './adjustment.dto';
import type { AdjustmentResponse, TermsVersionResponse } from './adjustment.responses';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A request id a retry with the same Idempotency-Key finds again (the workflow answers the first request). */
function requestIdFor(userId: string, idempotencyKey: string | undefined): string {
  if (!idempotencyKey) return randomUUID();
  const hex = createHash('sha256').update(`adjustment:${userId}:${idempotencyKey}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Adjustment requests: asked, certified and decided through the project's workflow; read from the read model. */
@Injectable()
export class AdjustmentsService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly workflows: ProjectWorkflowGateway,
    private readonly adjustments: AdjustmentQueries,
  ) {}

  async request(
    actor: Actor,
    idOrCode: string,
    body: RequestAdjustmentDto,
    idempotencyKey?: string,
  ): Promise<AdjustmentResponse> {
    const project = await this.projects.findVisible(actor, idOrCode);
    const record = await this.workflows.update(
      project.workflowId,
      requestAdjustmentUpdate,
      {
        id: requestIdFor(actor.userId, idempotencyKey),
        kind: body.kind,
        reason: body.reason.normalize('NFC'),
        changes: normalised(body.changes ?? {}),
        actor,
      },
      idempotencyKey ? `adjustment:${actor.userId}:${idempotencyKey}` : undefined,
    );
    return this.view(await this.projects.findVisible(actor, project.id), record, actor);
  }

  async list(actor: Actor, idOrCode: string): Promise<AdjustmentResponse[]> {
    const project = await this.projects.findVisible(actor, idOrCode);
    const records = await this.adjustments.ofProject(project.id);
    return records.map((r) => this.view(project, r, actor));
  }

  async act(
    actor: Actor,
    adjustmentId: string,
    body: AdjustmentActionDto,
    idempotencyKey?: string,
  ): Promise<AdjustmentResponse> {
    const { project } = await this.findVisible(actor, adjustmentId);
    const record = await this.workflows.update(
      project.workflowId,
      actOnAdjustmentUpdate,
      {
        adjustmentId,
        action: body.action,
        actor,
        reason: body.reason?.normalize('NFC'),
        decisionNo: body.decisionNo?.normalize('NFC'),
        decisionDate: body.decisionDate,
      },
      idempotencyKey ? `adjustment-action:${actor.userId}:${idempotencyKey}` : undefined,
    );
    return this.view(await this.projects.findVisible(actor, project.id), record, actor);
  }

  async one(actor: Actor, adjustmentId: string): Promise<AdjustmentResponse> {
    const { project, record } = await this.findVisible(actor, adjustmentId);
    return this.view(project, record, actor);
  }

  /** The versions of the terms: as approved (1), then one per approved adjustment; each stays readable. */
  async termsVersions(actor: Actor, idOrCode: string): Promise<TermsVersionResponse[]> {
    const project = await this.projects.findVisible(actor, idOrCode);
    const approved = (await this.adjustments.ofProject(project.id))
      .filter((r) => r.status === 'APPROVED' && r.termsVersion !== null)
      .sort((a, b) => a.termsVersion! - b.termsVersion!);
    // A change of one establishment of a group project changes a row of its plan, not the project's own terms.
    const ofProject = (r: AdjustmentRecord) => r.changes.beneficiaryId === undefined;
    let terms = approved.find(ofProject)?.termsBefore ?? currentTerms(project);
    return [
      { version: 1, terms, adjustmentId: null, effectiveAtLocal: null },
      ...approved.map((r) => {
        if (ofProject(r)) terms = r.termsProposed;
        return {
          version: r.termsVersion!,
          terms,
          adjustmentId: r.id,
          effectiveAtLocal: r.decidedAt ? toVietnamTime(new Date(r.decidedAt)) : null,
        };
      }),
    ];
  }

  /** The request and its project, when the project is in the actor's reach (404 otherwise, as for projects). */
  private async findVisible(actor: Actor, adjustmentId: string) {
    const notFound = ApiError.notFound('đề nghị điều chỉnh', 'adjustment request', adjustmentId);
    if (!UUID.test(adjustmentId)) throw notFound;
    const record = await this.adjustments.byId(adjustmentId);
    if (!record) throw notFound;
    const project = await this.projects.findVisible(actor, record.projectId).catch(() => {
      throw notFound;
    });
    return { project, record };
  }

  private view(project: ProjectEntity, r: AdjustmentRecord, actor: Actor): AdjustmentResponse {
    const person = (a: Actor | null) => (a ? { email: a.email, role: a.role, position: positionLabel(a) } : null);
    const local = (iso: string | null) => (iso ? toVietnamTime(new Date(iso)) : null);
    return {
      id: r.id,
      projectId: r.projectId,
      kind: r.kind,
      kindLabel: ADJUSTMENT_KIND_LABELS[r.kind],
      status: r.status,
      statusLabel: ADJUSTMENT_STATUS_LABELS[r.status],
      reason: r.reason,
      termsBefore: r.termsBefore,
      termsProposed: r.termsProposed,
      changes: sideBySide(r.termsBefore, r.termsProposed),
      beneficiaryId: r.changes.beneficiaryId ?? null,
      termsVersion: r.termsVersion,
      decider: r.decider,
      requestedBy: person(r.requestedBy)!,
      requestedAt: r.requestedAt,
      requestedAtLocal: toVietnamTime(new Date(r.requestedAt)),
      certifiedBy: person(r.certifiedBy),
      certifiedAtLocal: local(r.certifiedAt),
      decidedBy: person(r.decidedBy),
      decidedAtLocal: local(r.decidedAt),
      decisionReason: r.decisionReason,
      decisionNo: r.decisionNo,
      decisionDate: r.decisionDate,
      allowedActions: allowedAdjustmentActions(snapshotOf(project), r, actor),
    };
  }
}

function sideBySide(before: ProjectTerms, after: ProjectTerms) {
  return changedTerms(before, after).map((field) => ({
    field,
    label: TERM_LABELS[field],
    before: before[field],
    after: after[field],
  }));
}

function currentTerms(p: ProjectEntity): ProjectTerms {
  return {
    beneficiary: p.beneficiary,
    site: p.site,
    partner: p.partner,
    category: p.category,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    totalCostVnd: p.totalCostVnd,
    supportVnd: p.approvedSupportVnd ?? p.requestedSupportVnd,
  };
}

/** Text in NFC, so a request typed on another keyboard compares equal to the terms it changes. */
function normalised(changes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(changes).map(([k, v]) => [k, typeof v === 'string' ? v.normalize('NFC') : v]),
  );
}
