import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { loadDrainDelaySeconds } from '@kc/config';

/**
 * Set when shutdown begins (SIGTERM with enableShutdownHooks), so /api/readyz answers 503 and a load
 * balancer stops sending new requests. API_DRAIN_DELAY_SECONDS (default 0) keeps serving that long first,
 * for probes to notice before the listener closes.
 */
@Injectable()
export class DrainState implements BeforeApplicationShutdown {
  private draining = false;
  private readonly delayMs = loadDrainDelaySeconds() * 1000;

  get isDraining(): boolean {
    return this.draining;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.draining = true;
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
  }
}
