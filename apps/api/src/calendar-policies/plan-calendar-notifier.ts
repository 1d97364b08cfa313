import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { PlanLevel, calendarPoliciesChangedSignal, localDayOf, planCalendarWorkflowId } from '@kc/domain';
import { TEMPORAL_CLIENT } from '../infrastructure/temporal-client.token';

/** The longest a change waits for Temporal: the dates are saved already, and each calendar reads them again anyway. */
const SIGNAL_DEADLINE_MS = 5_000;

/**
 * Tells the running calendars of a level that their dates changed, so each reads them again now rather than at its
 * next reminder: last year's (its 22/01 cut-off may be ahead), this year's and next year's. A calendar that is not
 * running is skipped; Temporal unreachable is logged, not refused (the change is stored, and a calendar reads its
 * dates again before each reminder).
 */
@Injectable()
export class PlanCalendarNotifier {
  private readonly logger = new Logger('PlanCalendarNotifier');

  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}

  async dateChanged(level: PlanLevel, now = new Date()): Promise<string[]> {
    const year = Number(localDayOf(now.toISOString()).slice(0, 4));
    const ids = [year - 1, year, year + 1].map((y) => planCalendarWorkflowId(y, level));
    const told = await Promise.all(ids.map((id) => this.signal(id)));
    return ids.filter((_, i) => told[i]);
  }

  private async signal(workflowId: string): Promise<boolean> {
    try {
      await this.client.connection.withDeadline(Date.now() + SIGNAL_DEADLINE_MS, () =>
        this.client.workflow.getHandle(workflowId).signal(calendarPoliciesChangedSignal),
      );
      return true;
    } catch (err) {
      const name = err instanceof Error ? err.name : '';
      if (name !== 'WorkflowNotFoundError') {
        this.logger.warn(`calendar ${workflowId} not told of the change: ${err instanceof Error ? err.message : err}`);
      }
      return false;
    }
  }
}
