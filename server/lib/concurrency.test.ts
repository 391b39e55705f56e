import { describe, expect, it } from "vitest";
import { BoundedQueue } from "./concurrency.ts";
import { AppError } from "./errors.ts";

/** A task that runs until the test lets it finish. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => { open = resolve; });
  return { open, task: () => opened };
}

describe("a bounded queue", () => {
  it("runs two at a time, lets one wait, and refuses the next with 503 and Retry-After", async () => {
    const queue = new BoundedQueue({ concurrency: 2, maxQueued: 1, retryAfterSeconds: 3, busyDetail: "zajęte" });
    const [a, b, c] = [gate(), gate(), gate()];
    const order: string[] = [];
    const runs = [a, b, c].map((g, i) => queue.run(async () => { order.push(`start ${i}`); await g.task(); }));
    await Promise.resolve();
    expect(queue.stats()).toMatchObject({ running: 2, queued: 1 });

    expect(() => queue.assertRoom()).toThrow(AppError);
    const refused = await queue.run(() => Promise.resolve()).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 503, code: "busy", detail: "zajęte", headers: { "Retry-After": "3" } });

    a.open();
    await runs[0];
    expect(() => queue.assertRoom()).not.toThrow(); // the waiting task took the free slot: room to wait again
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(["start 0", "start 1", "start 2"]);
    expect(queue.stats()).toMatchObject({ running: 2, queued: 0 });
    b.open();
    c.open();
    await Promise.all(runs);
    expect(queue.stats()).toMatchObject({ running: 0, queued: 0 });
  });

  it("frees the slot of a task that fails", async () => {
    const queue = new BoundedQueue({ concurrency: 1, maxQueued: 0, retryAfterSeconds: 1, busyDetail: "zajęte" });
    await expect(queue.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(queue.run(() => Promise.resolve(42))).resolves.toBe(42);
  });
});
