import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  ActionCommand,
  ActionOutcome,
  Actor,
  DEFAULT_WORKFLOW_OPTIONS,
  DEFAULT_WRITE_NET_SECONDS,
  ProjectFacts,
  ProjectWorkflowInput,
  PROJECT_PATCH_BASELINE,
  LocalApprover,
  ProjectContext,
  DraftChanges,
  FieldProblem,
  applyDraftChanges,
  calendarYearsAround,
  creationEvent,
  editedFields,
  decideAction,
  describeProblems,
  draftEditRefusal,
  draftProblems,
  editDraftUpdate,
  initialStatus,
  isIsoDate,
  isTerminal,
  may,
  mayOnProject,
  reachFilterOf,
  SUPPORT_ITEM_CATEGORY,
  PilotProblem,
  pilotTermsProblems,
  supportCapProblem,
  unitOverheadProblem,
  writeOfAnswer,
} from '@kc/domain';
import {
  CalendarOverrides,
  DeadlinePolicies,
  ProjectCreationKeys,
  ProjectCodeAllocator,
  ProjectEntity,
  ProjectEventWriter,
  ProjectPageQuery,
  ProjectQueries,
  PROJECT_PAGE_ENTRIES,
  ProvinceRules,
  LineWithPlan,
} from '@kc/persistence';
import { readPositiveInt } from '@kc/config';
import { nonWorkingDaysOfYears } from '@kc/calendar';
import { ApiError } from '../common/api-error';
import { CreateProjectDto } from './create-project.dto';
import { ListProjectsQuery } from './list-projects.query';
import { ProjectActionDto } from './project-action.dto';
import { UpdateProjectDto } from './update-project.dto';
import { PROJECT_CODE_TAKEN, ProjectWorkflowGateway, refusalError } from './project-workflow.gateway';
import { OlderEntriesQuery } from './older-entries.query';
import {
  DECISION_ACTIONS,
  disbursementView,
  historyEntryView,
  projectDetailView,
  projectSummaryView,
  snapshotOf,
} from './project-view';
import { decodeCursor, encodeCursor } from './project-cursor';
import { PlanAllocation } from '../plans/plan-allocation';
import { PlansService } from '../plans/plans.service';
import { SupportCapsService } from '../support-caps/support-caps.service';

const MAX_CODE_ATTEMPTS = 20;
/**
 * A creation reads its reference data (approver rule, caps, deadline policy) as read in the last few seconds: the
 * same rows for every creation of a province; a change made through this process applies at once.
 */
const CACHED = { cached: true };

@Injectable()
export class ProjectsService {
  private readonly workflowOptions = {
    ...DEFAULT_WORKFLOW_OPTIONS,
    maxHistoryEvents: readPositiveInt(process.env, 'KC_MAX_HISTORY_EVENTS', DEFAULT_WORKFLOW_OPTIONS.maxHistoryEvents),
    writeNetSeconds: readPositiveInt(process.env, 'KC_WRITE_NET_SECONDS', DEFAULT_WRITE_NET_SECONDS),
  };

  constructor(
    private readonly queries: ProjectQueries,
    private readonly pages: ProjectPageQuery,
    private readonly codes: ProjectCodeAllocator,
    private readonly workflows: ProjectWorkflowGateway,
    private readonly policies: DeadlinePolicies,
    private readonly provinceRules: ProvinceRules,
    private readonly creationKeys: ProjectCreationKeys,
    private readonly allocation: PlanAllocation,
    private readonly plans: PlansService,
    private readonly supportCaps: SupportCapsService,
    private readonly readModel: ProjectEventWriter,
    private readonly calendarOverrides: CalendarOverrides,
  ) {}

  /**
   * With an Idempotency-Key the project's id and code are kept for the key before its workflow starts, so a retry
   * whose first attempt started the workflow but lost its answer (a 5xx frees the key) resumes that project.
   */
  async create(actor: Actor, body: CreateProjectDto, idempotencyKey?: string) {
    // A local project is approved by whom its province's regulation names on the day it is created.
    const localApprover =
      body.scope === 'LOCAL' ? await this.provinceRules.localApproverOf(body.provinceCode, CACHED) : undefined;
    this.assertMayCreate(actor, body, localApprover);
    if (!isIsoDate(body.plannedStart) || !isIsoDate(body.plannedEnd)) {
      throw ApiError.badRequest('plannedStart / plannedEnd không phải ngày có thật / is not a real calendar date');
    }
    const problems = draftProblems(body);
    if (problems.length) throw draftInvalid(problems);
    // The money rules in force today (TT 28/2018, or the province's own caps): kept with the project's facts.
    if (body.enterpriseFormation && body.category !== SUPPORT_ITEM_CATEGORY.ENTERPRISE_FORMATION) {
      const message =
        'Hỗ trợ thành lập doanh nghiệp thuộc nội dung Tư vấn, hỗ trợ cơ sở công nghiệp nông thôn (ADVISORY) / support for forming an enterprise belongs to the advisory content area (ADVISORY)';
      throw ApiError.badRequest(`Dữ liệu không hợp lệ / invalid input: ${message}`, {
        fields: { enterpriseFormation: message },
      });
    }
    if (body.pilot) {
      const pilotProblems = pilotTermsProblems(body, body.pilot);
      if (body.group) {
        pilotProblems.push({
          field: 'pilot',
          vi: 'Đề án điểm không đồng thời là đề án nhóm',
          en: 'A pilot project is not also a group project',
        });
      }
      if (pilotProblems.length) throw pilotInvalid(pilotProblems);
    }
    const moneyRules = await this.supportCaps.rulesFor(
      {
        scope: body.scope,
        provinceCode: body.provinceCode,
        category: body.category,
        priority: body.priorityArea ?? false,
        ...(body.enterpriseFormation ? { item: 'ENTERPRISE_FORMATION' as const } : {}),
      },
      undefined,
      CACHED,
    );
    const overCap = supportCapProblem(moneyRules.supportCap, body.totalCostVnd, body.requestedSupportVnd);
    if (overCap) throw draftInvalid([{ field: 'requestedSupportVnd', ...overCap }]);
    const overhead = unitOverheadProblem(body.unitOverheadVnd, body.totalCostVnd, moneyRules.unitOverhead);
    if (overhead) {
      throw ApiError.badRequest(`Dữ liệu không hợp lệ / invalid input: ${overhead}`, {
        fields: { unitOverheadVnd: overhead },
      });
    }
    // A plan line named in the body must fit the project (plan level, province, content area): 400 before anything starts.
    const line = body.planLineId ? await this.allocation.namedLine(body.planLineId, body) : null;
    const planYear = Number(body.plannedStart.slice(0, 4));
    const { policy } = await this.policies.resolve(body.scope, body.provinceCode, CACHED);
    const createdAt = new Date().toISOString();
    // The working-day calendar the workflow's first task would otherwise read with a local activity.
    const calendarYears = calendarYearsAround(createdAt);
    const calendar = {
      years: calendarYears,
      days: nonWorkingDaysOfYears(calendarYears, await this.calendarOverrides.forYears(calendarYears, CACHED)),
    };
    const inputFor = (id: string, code: string): ProjectWorkflowInput => {
      const input = this.workflowInput(actor, body, id, code, localApprover);
      return {
        ...input,
        facts: { ...input.facts, moneyRules },
        options: { ...input.options, deadlinePolicy: policy },
        createdAt,
        calendar,
      };
    };
    const reserved = idempotencyKey ? await this.creationKeys.find(actor.userId, idempotencyKey) : null;
    if (reserved) return this.resumeCreation(actor, inputFor(reserved.projectId, reserved.code), line);
    const id = randomUUID();
    // A code already used by a workflow (a database restored behind Temporal) is skipped, not reused.
    for (let attempt = 1; ; attempt += 1) {
      const code = await this.codes.allocate(body.scope, planYear, body.provinceCode);
      if (idempotencyKey) {
        const kept = await this.creationKeys.reserve(actor.userId, idempotencyKey, { projectId: id, code });
        // A concurrent attempt with the same key kept its own: that one is the project.
        if (kept.projectId !== id) return this.resumeCreation(actor, inputFor(kept.projectId, kept.code), line);
      }
      try {
        const input = inputFor(id, code);
        await this.workflows.start(input);
        // Answered once Temporal holds the workflow: the project is written here at once (the workflow writes the
        // same rows again in its first task, idempotently), so the page the officer lands on shows it.
        await this.readModel.recordProjectCreated(input.facts, input.status, creationEvent(input, createdAt));
        break;
      } catch (err) {
        if (!(err instanceof ApiError && err.code === PROJECT_CODE_TAKEN) || attempt >= MAX_CODE_ATTEMPTS) throw err;
      }
    }
    if (line) await this.allocation.attach(id, line);
    return this.pageOf(actor, { id, planLineId: line?.id ?? null });
  }

  /** Starts the reserved project's workflow, or joins it when the first attempt had started it already. */
  private async resumeCreation(actor: Actor, input: ProjectWorkflowInput, line: LineWithPlan | null) {
    const running = await this.workflows.startOrJoin(input);
    if (running.facts.id !== input.facts.id) {
      throw new ApiError(
        409,
        PROJECT_CODE_TAKEN,
        `Mã đề án ${input.facts.code} đã thuộc đề án khác; hãy gửi lại với Idempotency-Key mới / code ${input.facts.code} belongs to another project; send again with a new Idempotency-Key`,
      );
    }
    if (line) await this.allocation.attach(input.facts.id, line);
    return this.detail(actor, input.facts.id);
  }

  private workflowInput(
    actor: Actor,
    body: CreateProjectDto,
    id: string,
    code: string,
    localApprover: LocalApprover | undefined,
  ): ProjectWorkflowInput {
    const facts: ProjectFacts = {
      id,
      code,
      scope: body.scope,
      provinceCode: body.provinceCode,
      category: body.category,
      title: body.title.normalize('NFC').trim(),
      implementingUnit: {
        name: body.implementingUnit.name.normalize('NFC').trim(),
        email: body.implementingUnit.email.trim().toLowerCase(),
      },
      beneficiary: body.beneficiary.normalize('NFC').trim(),
      totalCostVnd: body.totalCostVnd,
      requestedSupportVnd: body.requestedSupportVnd,
      plannedStart: body.plannedStart,
      plannedEnd: body.plannedEnd,
      createdByUserId: actor.userId,
      ...(localApprover ? { localApprover } : {}),
      ...(body.priorityArea ? { priorityArea: true } : {}),
      ...(body.group ? { group: true } : {}),
      ...(body.unitOverheadVnd !== undefined ? { unitOverheadVnd: body.unitOverheadVnd } : {}),
      ...(body.pilot
        ? {
            pilot: {
              linkedCategories: [...body.pilot.linkedCategories],
              years: body.pilot.years.map((y) => ({ year: y.year, supportVnd: y.supportVnd })),
            },
          }
        : {}),
    };
    return {
      facts,
      status: initialStatus(),
      options: this.workflowOptions,
      creationRecorded: false,
      generation: 0,
      creator: actor,
      patchBaseline: PROJECT_PATCH_BASELINE,
    };
  }

  /**
   * Edits the dossier of a project in DRAFT or RETURNED: 404 outside the actor's reach, 409 in another state, 403 for
   * a role that may not, 400 with `fields` (one message per field) when the result breaks a rule of the draft.
   */
  async edit(actor: Actor, idOrCode: string, body: UpdateProjectDto) {
    const project = await this.findVisible(actor, idOrCode);
    const snapshot = snapshotOf(project);
    const blocked = draftEditRefusal(snapshot, actor);
    if (blocked) throw refusalError(blocked);
    const { planLineId, priorityArea, unitOverheadVnd, group, pilot, enterpriseFormation, ...dossier } = body;
    const fixed = Object.entries({ group, pilot, enterpriseFormation })
      .filter(([, value]) => value !== undefined)
      .map(([field]) => field);
    if (fixed.length) {
      const message = `${fixed.join(', ')}: được chọn khi lập đề án, không sửa được / chosen when the project is created; it cannot be edited`;
      throw ApiError.badRequest(`Dữ liệu không hợp lệ / invalid input: ${message}`, {
        fields: Object.fromEntries(fixed.map((field) => [field, message])),
      });
    }
    const changes: DraftChanges = { ...dossier };
    if (priorityArea !== undefined || unitOverheadVnd !== undefined) {
      changes.money = {
        ...(priorityArea !== undefined ? { priorityArea } : {}),
        ...(unitOverheadVnd !== undefined ? { unitOverheadVnd } : {}),
      };
    }
    const category = changes.category ?? snapshot.facts.category;
    const priority = priorityArea ?? snapshot.facts.priorityArea ?? false;
    // A project created under the rule tables is held to the rules of its (possibly new) content area and area.
    if (
      snapshot.facts.moneyRules &&
      (category !== snapshot.facts.category || priority !== (snapshot.facts.priorityArea ?? false))
    ) {
      const formsEnterprise = snapshot.facts.moneyRules.advance.condition.kind === 'BASE_ACCEPTANCE';
      changes.moneyRules = await this.supportCaps.rulesFor({
        scope: snapshot.facts.scope,
        provinceCode: snapshot.facts.provinceCode,
        category,
        priority,
        ...(formsEnterprise && category === SUPPORT_ITEM_CATEGORY.ENTERPRISE_FORMATION
          ? { item: 'ENTERPRISE_FORMATION' as const }
          : {}),
      });
    }
    const next = applyDraftChanges(snapshot.facts, changes);
    const overhead = unitOverheadProblem(next.unitOverheadVnd, next.totalCostVnd, next.moneyRules?.unitOverhead);
    if (overhead) {
      throw ApiError.badRequest(`Dữ liệu không hợp lệ / invalid input: ${overhead}`, {
        fields: { unitOverheadVnd: overhead },
      });
    }
    const problems = draftProblems(next);
    if (problems.length) throw draftInvalid(problems);
    // A pilot project's years follow its dates and add up to its support: an edit may not break them.
    if (next.pilot) {
      const pilotProblems = pilotTermsProblems(next, next.pilot);
      if (pilotProblems.length) throw pilotInvalid(pilotProblems);
    }
    const overCap = supportCapProblem(next.moneyRules?.supportCap, next.totalCostVnd, next.requestedSupportVnd);
    if (overCap) throw draftInvalid([{ field: 'requestedSupportVnd', ...overCap }]);
    // The plan line is the API's (not the workflow's): checked against the edited dossier, written here.
    const line = planLineId ? await this.allocation.namedLine(planLineId, next) : null;
    if (line) await this.allocation.attach(project.id, line);
    if (editedFields(snapshot.facts, next).length === 0) {
      if (line) return this.detail(actor, project.id);
      throw ApiError.badRequest('Không có thông tin nào thay đổi / nothing changed', { fields: {} });
    }
    await this.workflows.update(project.workflowId, editDraftUpdate, { actor, changes });
    return this.detail(actor, project.id);
  }

  async list(actor: Actor, query: ListProjectsQuery) {
    const limit = query.limit ?? 50;
    const page = await this.queries.listVisible(
      actor,
      { state: query.state, provinceCode: query.province, category: query.category, scope: query.scope, text: query.q },
      decodeCursor(query.cursor),
      limit,
    );
    return { items: page.items.map((p) => projectSummaryView(p, actor)), nextCursor: encodeCursor(page.nextCursor) };
  }

  /**
   * The project's page: its newest PROJECT_PAGE_ENTRIES history events and disbursements, or all of them with
   * `entries: 'all'` (the papers officers sign list every disbursement).
   */
  async detail(actor: Actor, idOrCode: string, entries: PageEntries = PROJECT_PAGE_ENTRIES) {
    const project = await this.findVisible(actor, idOrCode);
    return this.pageOf(actor, this.pageRefOf(project), entries);
  }

  /**
   * The page of a project: its row (read again, within the actor's reach), its newest entries, notices and escalations
   * in one statement (ProjectPageQuery), beside its plan line (cached). `known.planLineId` is the plan line after the
   * change when this request has just changed the project.
   */
  private async pageOf(
    actor: Actor,
    known: { id: string; planLineId: string | null },
    entries: PageEntries = PROJECT_PAGE_ENTRIES,
  ) {
    const limit = entries === 'all' ? null : entries;
    const [rows, plan] = await Promise.all([this.pages.read(known.id, actor, limit), this.plans.ofProject(known)]);
    const { project, history, disbursements, notifications, escalations } = rows;
    if (!project) throw ApiError.notFound('đề án', 'project', known.id);
    // A long history's approval or termination may be older than its page: their papers are read apart.
    const decisions =
      history.nextBefore === null ? history.items : await this.queries.latestOfActions(known.id, DECISION_ACTIONS);
    // Reminders sent and escalations raised show on the project page next to its history.
    const detail = projectDetailView(project, actor, history, disbursements, decisions);
    return { ...detail, notifications, escalations, plan };
  }

  /** A project's history entries older than seq `before` (the page shows the newest), oldest first. */
  async historyBefore(actor: Actor, idOrCode: string, query: OlderEntriesQuery) {
    const project = await this.findVisible(actor, idOrCode);
    const page = await this.queries.history(project.id, query.limit ?? PROJECT_PAGE_ENTRIES, query.before);
    return { items: page.items.map(historyEntryView), nextBefore: page.nextBefore };
  }

  /** A project's disbursements older than seq `before` (the page shows the newest), oldest first. */
  async disbursementsBefore(actor: Actor, idOrCode: string, query: OlderEntriesQuery) {
    const project = await this.findVisible(actor, idOrCode);
    const page = await this.queries.disbursementsOf(project.id, query.limit ?? PROJECT_PAGE_ENTRIES, query.before);
    return { items: page.items.map(disbursementView), nextBefore: page.nextBefore };
  }

  private pageRefOf(project: ProjectEntity) {
    return { id: project.id, planLineId: project.planLineId };
  }

  /**
   * `idempotencyKey` (the Idempotency-Key header, checked by the IdempotencyInterceptor) becomes the Temporal update
   * id, so a retry that gets past the stored outcomes (the API died before storing it) is still applied once.
   * `applied` is called once the action is applied and written, before its page is read.
   */
  async act(
    actor: Actor,
    idOrCode: string,
    body: ProjectActionDto,
    idempotencyKey?: string,
    applied: () => void = () => undefined,
  ) {
    const project = await this.findVisible(actor, idOrCode);
    // The plan line and the over-allocation reason are the API's part of an approval, not the workflow's.
    const { planLineId, overAllocationReason, ...action } = body;
    const command: ActionCommand = { ...action, actor };
    if (action.beneficiaries) {
      command.beneficiaries = action.beneficiaries.map((b) => ({
        name: b.name.normalize('NFC'),
        site: b.site.normalize('NFC'),
        supportVnd: b.supportVnd,
      }));
    }
    const updateId = idempotencyKey ? `action:${actor.userId}:${idempotencyKey}` : undefined;
    if (isTerminal(project.state)) {
      // A retry of the action that finished the workflow, whose first answer was lost, gets that outcome.
      if (updateId && (await this.workflows.wasApplied(project.workflowId, updateId))) {
        return this.detail(actor, project.id);
      }
      // The workflow has finished; the domain gives the same refusal it would have given.
      const refusal = decideAction(snapshotOf(project), command, new Date().toISOString());
      if (!refusal.ok) throw new ApiError(409, refusal.code, refusal.message, { allowedActions: [] });
    }
    const outcome =
      command.action === 'approve'
        ? await this.approveWithinPlan(project, command, updateId, planLineId, overAllocationReason)
        : await this.workflows.perform(project.workflowId, command, updateId);
    await this.writeAnswered(outcome);
    applied();
    // An approval may attach the project to a plan line: its page reads the row first.
    if (command.action === 'approve') return this.detail(actor, project.id);
    return this.pageOf(actor, this.pageRefOf(project));
  }

  /**
   * An action the workflow answered before its own write: written here, so the page the officer lands on shows it.
   * The workflow's net writes the same rows again within its window (`writeNetSeconds`), which is what lands if this
   * process dies first (by project and seq: the first write wins, an older event never overwrites a newer one).
   */
  private async writeAnswered(outcome: ActionOutcome): Promise<void> {
    const write = writeOfAnswer(outcome);
    if (write) await this.readModel.recordLifecycleEvent(write.facts, write.status, write.event, write.stall);
  }

  /**
   * An approval draws on the project's plan line: the amount is held on the line (locked while summed; 409 past the
   * assigned estimate unless the plan's approver gives a reason) before the workflow decides, and given back if it
   * refuses. A project without a plan line (old data, no plan for its year) is approved without the check. An
   * approval the workflow would refuse anyway (wrong person, wrong state) goes to it unchecked, for its refusal.
   */
  private async approveWithinPlan(
    project: ProjectEntity,
    command: ActionCommand,
    updateId: string | undefined,
    planLineId: string | undefined,
    overAllocationReason: string | undefined,
  ): Promise<ActionOutcome> {
    const line = await this.allocation.lineFor(project, planLineId);
    const amount = command.approvedSupportVnd;
    const decided = decideAction(snapshotOf(project), command, new Date().toISOString());
    if (!line || amount === undefined || !decided.ok) {
      return this.workflows.perform(project.workflowId, command, updateId);
    }
    await this.allocation.hold(command.actor, project.id, line, amount, overAllocationReason);
    try {
      return await this.workflows.perform(project.workflowId, command, updateId);
    } catch (err) {
      await this.allocation.release(project.id);
      throw err;
    }
  }

  async findVisible(actor: Actor, idOrCode: string): Promise<ProjectEntity> {
    const project = await this.queries.findVisible(idOrCode, actor);
    if (!project) throw ApiError.notFound('đề án', 'project', idOrCode);
    return project;
  }

  /**
   * The capability table decides ('project.create': the project's unit, for itself, or its province's Department
   * officer); a refusal says what is wrong for those who may create projects at all (province, unit email).
   */
  private assertMayCreate(actor: Actor, body: CreateProjectDto, localApprover: LocalApprover | undefined): void {
    const context: ProjectContext = {
      scope: body.scope,
      provinceCode: body.provinceCode,
      implementingUnitEmail: body.implementingUnit.email.trim().toLowerCase(),
      localApprover,
    };
    const answer = mayOnProject(actor, 'project.create', context);
    if (answer.ok) return;
    if (!may(actor, 'projects.create_any').ok) throw ApiError.forbidden(answer.message);
    if (actor.provinceCode !== body.provinceCode) {
      throw ApiError.forbidden(
        `Chỉ được tạo đề án của tỉnh mình (${actor.provinceCode}) / you may create projects only in your own province (${actor.provinceCode})`,
      );
    }
    if (reachFilterOf(actor).kind === 'UNIT') {
      throw ApiError.forbidden(
        `Đơn vị thực hiện chỉ tạo đề án của chính mình: implementingUnit.email phải là ${actor.email} / an implementer creates only its own projects: implementingUnit.email must be ${actor.email}`,
      );
    }
    throw ApiError.forbidden(answer.message);
  }
}

/** How many of a project's newest history events and disbursements its page holds. */
type PageEntries = number | 'all';

/** 400 naming each problem, with `fields` so a form shows each message next to its field. */
function pilotInvalid(problems: PilotProblem[]): ApiError {
  const fields: Record<string, string> = {};
  for (const p of problems) fields[p.field] = `${p.vi} / ${p.en}`;
  return ApiError.badRequest(`Dữ liệu không hợp lệ / invalid input: ${Object.values(fields).join('; ')}`, { fields });
}

function draftInvalid(problems: FieldProblem[]): ApiError {
  const fields: Record<string, string> = {};
  for (const p of problems) fields[p.field] = `${p.vi} / ${p.en}`;
  return ApiError.badRequest(`Dữ liệu không hợp lệ / invalid input: ${describeProblems(problems)}`, { fields });
}
