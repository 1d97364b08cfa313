import { ApiError } from '../common/api-error';

/** Refused at once: every hashing slot is busy and the waiting line is full. */
export class HashingBusyError extends ApiError {
  constructor(retryAfterSeconds: number) {
    super(
      429,
      'TOO_MANY_REQUESTS',
      `Hệ thống đang xử lý nhiều lượt đăng nhập cùng lúc, vui lòng thử lại sau ${retryAfterSeconds} giây / too many logins at once: retry after ${retryAfterSeconds} s`,
      { retryAfterSeconds },
    );
  }
}

/**
 * Bounds how many password hashes (argon2: about 64 MiB and tens of milliseconds of a CPU each) run at once,
 * with a short waiting line; beyond it a login is refused at once with 429, so a burst of logins can neither
 * take every CPU and libuv thread from the other requests nor pile up without end.
 */
export class HashingGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly maxRunning: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.maxRunning) {
      if (this.waiting.length >= this.maxWaiting) throw new HashingBusyError(1);
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  /** Every slot busy and the waiting line full: `run` would refuse now. */
  get isFull(): boolean {
    return this.running >= this.maxRunning && this.waiting.length >= this.maxWaiting;
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
