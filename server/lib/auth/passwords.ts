import argon2 from "argon2";
import { passwordHashing } from "./hash-queue.ts";

// argon2id with RFC 9106's second recommended setting (64 MiB, 3 passes, 4 lanes): about 0.15 s here.
// Each one waits its turn in passwordHashing (a full queue answers 503 with Retry-After).
const OPTIONS = { type: argon2.argon2id, memoryCost: 65_536, timeCost: 3, parallelism: 4 } as const;

export function hashPassword(password: string): Promise<string> {
  return passwordHashing.run(() => argon2.hash(password, OPTIONS));
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without a hash (no such user) it still spends the time
 * of one verification, so the answer's timing does not tell which e-mail addresses have accounts.
 */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (hash === null) {
    // Made once, outside the queue: a refused first attempt must not leave a rejected promise here.
    dummyHash ??= argon2.hash("no account has this password: it only costs time", OPTIONS);
    const dummy = await dummyHash;
    await passwordHashing.run(() => argon2.verify(dummy, password));
    return false;
  }
  return passwordHashing.run(() => argon2.verify(hash, password).catch(() => false));
}

/** True when a hash was made with weaker settings than today's and should be replaced at sign-in. */
export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, OPTIONS);
}
