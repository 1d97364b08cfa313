import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { TEMPORAL_CLIENT } from './temporal-client.token';

/**
 * Asks Temporal whether it answers. The SDK retries a failed call on timers of its own; closing the
 * connection while one is pending throws from that timer, so shutdown waits for probes in flight.
 */
@Injectable()
export class TemporalProbe {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}

  check(timeoutMs: number): Promise<unknown> {
    const call = this.client.connection.withDeadline(Date.now() + timeoutMs, () =>
      this.client.connection.workflowService.getSystemInfo({}),
    );
    const tracked = call.catch(() => undefined).finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
    return call;
  }

  async drain(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }
}
