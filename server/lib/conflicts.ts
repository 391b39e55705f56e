import { AppError } from "./errors.ts";
import { isUniqueViolation } from "./prisma-errors.ts";

/**
 * Conflicts between a write and the data as it is, mapped to problems in one place: a value another
 * record holds (a unique key, 409) and a record changed since the caller read it (412).
 */

/** The data refuses the change to `field` (a value another record has, a state already reached): 409 naming the field. */
export function fieldConflict(code: string, field: string, messageKey: string): AppError {
  return new AppError(409, code, "Konflikt", undefined, [{ field, code: messageKey }]);
}

/** The record changed since the version the caller sent (If-Match, a form's updatedAt): 412. */
export function staleConflict(field: string, messageKey: string): AppError {
  return new AppError(412, "precondition-failed", "Dane się zmieniły", undefined, [{ field, code: messageKey }]);
}

/**
 * Runs a write; a unique constraint it breaks (Prisma P2002, told by the code, never the text)
 * becomes `conflict`. Any other error passes through.
 */
export async function onUniqueViolation<T>(work: () => Promise<T>, conflict: () => AppError): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
