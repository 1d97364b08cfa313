import { Inject, Injectable } from '@nestjs/common';
import {
  Client,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  isGrpcServiceError,
} from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { ApplicationFailure, QueryDefinition, UpdateDefinition } from '@temporalio/common';
import type { TemporalConfig } from '@kc/config';
import {
  ActionCommand,
  ActionOutcome,
  ProjectSnapshot,
  ProjectWorkflowInput,
  REFUSAL_CODES,
  Refusal,
} from '@kc/domain';
import { ApiError } from '../common/api-error';
import { TEMPORAL_CLIENT, TEMPORAL_CONFIG } from '../infrastructure/infrastructure.module';
import {
  TEMPORAL_ANSWER_DEADLINE_MS,
  performProjectAction,
  startProjectWorkflow,
  startProjectWorkflowAccepted,
} from './project-workflow.client';

const STATUS_BY_REFUSAL: Record<string, number> = {
  [REFUSAL_CODES.ILLEGAL_TRANSITION]: 409,
  [REFUSAL_CODES.RULE_VIOLATION]: 409,
  [REFUSAL_CODES.ROLE_FORBIDDEN]: 403,
  [REFUSAL_CODES.INVALID_COMMAND]: 400,
};

export const PROJECT_CODE_TAKEN = 'PROJECT_CODE_TAKEN';

/** A refusal the API decides itself from the read model, with the status the workflow's refusal would get. */
export function refusalError(refusal: Refusal): ApiError {
  return new ApiError(STATUS_BY_REFUSAL[refusal.code] ?? 409, refusal.code, refusal.message, {
    allowedActions: refusal.allowedActions,
    ...(refusal.fields ? { fields: refusal.fields } : {}),
  });
}

/** Everything the API asks of project workflows; Temporal errors become ApiErrors here. */
@Injectable()
export class ProjectWorkflowGateway {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(TEMPORAL_CONFIG) private readonly config: TemporalConfig,
  ) {}

  /** Starts the project's workflow and returns once the server has durably accepted it. */
  async start(input: ProjectWorkflowInput): Promise<void> {
    await this.call(() => startProjectWorkflowAccepted(this.client, this.config.taskQueue, input));
  }

  /** Starts the workflow, or joins the one already running under its code; answers the running one's snapshot. */
  startOrJoin(input: ProjectWorkflowInput): Promise<ProjectSnapshot> {
    return this.call(() => startProjectWorkflow(this.client, this.config.taskQueue, input, true));
  }

  /**
   * The workflow answers as soon as it has kept the action (answerBeforeWrite) and hands back its read-model write,
   * which the caller makes (ProjectsService.act); a workflow on older code answers after writing it, with nothing to
   * hand back.
   */
  perform(workflowId: string, command: ActionCommand, updateId?: string): Promise<ActionOutcome> {
    return this.call(() =>
      performProjectAction(
        this.client,
        workflowId,
        { ...command, answerBeforeWrite: true, writeOnceInAnswer: true },
        updateId,
      ),
    );
  }

  /**
   * Whether the update with this id was applied (also on a workflow that has finished since): a retry of an action
   * whose first answer was lost must get that outcome, not the refusal of the state the action led to.
   */
  async wasApplied(workflowId: string, updateId: string): Promise<boolean> {
    try {
      await this.client.workflow.getHandle(workflowId).getUpdateHandle(updateId).result();
      return true;
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError || err instanceof WorkflowNotFoundError) return false;
      throw this.translate(err);
    }
  }

  /**
   * Any other update of the project workflow (reports, extensions, policy), with the same error mapping; with an
   * `updateId`, a retry of an update already applied gets its outcome instead of being applied again.
   */
  update<Ret, Arg>(
    workflowId: string,
    definition: UpdateDefinition<Ret, [Arg]>,
    arg: Arg,
    updateId?: string,
  ): Promise<Ret> {
    return this.call(() =>
      this.client.workflow.getHandle(workflowId).executeUpdate(definition, { args: [arg], updateId }),
    );
  }

  query<Ret>(workflowId: string, definition: QueryDefinition<Ret, []>): Promise<Ret> {
    return this.call(() => this.client.workflow.getHandle(workflowId).query(definition));
  }

  private async call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (err) {
      throw this.translate(err);
    }
  }

  private translate(err: unknown): Error {
    if (err instanceof WorkflowExecutionAlreadyStartedError) {
      return new ApiError(
        409,
        PROJECT_CODE_TAKEN,
        `Mã đề án đã được dùng / project code already taken: ${err.workflowId}`,
      );
    }
    if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
      const failure = err.cause;
      const status = STATUS_BY_REFUSAL[failure.type ?? ''];
      if (status) {
        const details = (failure.details?.[0] ?? {}) as { allowedActions?: string[]; fields?: Record<string, string> };
        return new ApiError(status, failure.type!, failure.message, {
          allowedActions: details.allowedActions ?? [],
          ...(details.fields ? { fields: details.fields } : {}),
        });
      }
    }
    if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
      const seconds = TEMPORAL_ANSWER_DEADLINE_MS / 1000;
      return new ApiError(
        503,
        'SERVICE_UNAVAILABLE',
        `Hệ thống xử lý quy trình chưa trả lời sau ${seconds} giây; vui lòng gửi lại với cùng Idempotency-Key (thao tác không bị thực hiện hai lần) / ` +
          `Temporal did not answer within ${seconds} s; send the request again with the same Idempotency-Key (it will not be applied twice)`,
      );
    }
    if (isGrpcServiceError(err) || (err instanceof Error && /connect|unavailable|deadline/i.test(err.message))) {
      return ApiError.unavailable('Temporal', err instanceof Error ? err.message : String(err));
    }
    return err instanceof Error ? err : new Error(String(err));
  }
}
