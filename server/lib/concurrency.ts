import { AppError } from "./errors.ts";

/**
 * At most `concurrency` tasks at a time and at most `maxQueued` waiting; one more is refused at once
 * with 503 and Retry-After instead of waiting behind a queue that only grows. For work that holds a
 * scarce resource (CPU, memory) long enough that piling it up would stall everything else.
 */
export class BoundedQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limits: { concurrency: number; maxQueued: number; retryAfterSeconds: number; busyDetail: string },
  ) {}

  /** Refuses now (503) when a task would be refused: before work that only makes sense if it can run. */
  assertRoom(): void {
    if (this.running >= this.limits.concurrency && this.waiting.length >= this.limits.maxQueued) {
      throw AppError.unavailable(this.limits.busyDetail, this.limits.retryAfterSeconds);
    }
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.limits.concurrency) this.running += 1;
    else if (this.waiting.length < this.limits.maxQueued) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else throw AppError.unavailable(this.limits.busyDetail, this.limits.retryAfterSeconds);
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, so `running` never dips below what is busy.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  stats(): { running: number; queued: number; concurrency: number; maxQueued: number } {
    return { running: this.running, queued: this.waiting.length, concurrency: this.limits.concurrency, maxQueued: this.limits.maxQueued };
  }
}
