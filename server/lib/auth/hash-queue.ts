import { availableParallelism } from "node:os";
import { BoundedQueue } from "../concurrency.ts";

/**
 * Every argon2 hash and verification goes through this queue. One costs 64 MiB and about 0.15 s of
 * four threads (4 lanes): one at a time per two cores leaves the event loop room to answer public
 * pages, sixteen may wait (a second or two), and beyond that a sign-in gets 503 with Retry-After
 * rather than stalling every other request while someone hammers the sign-in.
 */
export const passwordHashing = new BoundedQueue({
  concurrency: Math.max(1, Math.floor(availableParallelism() / 2)),
  maxQueued: 16,
  retryAfterSeconds: 2,
  busyDetail: "Serwer sprawdza teraz zbyt wiele haseł naraz. Spróbuj ponownie za kilka sekund.",
});
