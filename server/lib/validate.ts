import type { z } from "zod";
import { AppError, type FieldError } from "./errors.ts";

export function fieldErrorsOf(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || (prefix ?? "body"),
    code: issue.code === "custom" || isMessageKey(issue.message) ? issue.message : issue.code,
  }));
}

// Keys look like "minArea.invalid" or "required"; zod's default messages contain spaces.
function isMessageKey(message: string): boolean {
  return /^[A-Za-z_]+(\.[A-Za-z_]+)*$/.test(message);
}

/** Parses input at the edge; a failure becomes a 400 problem naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw AppError.validation(fieldErrorsOf(result.error, prefix));
  return result.data;
}
