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

// A lone UTF-16 surrogate ("\ud800" in JSON) is no text: the database layer cannot encode it (Prisma's
// query engine fails with a 500), and PostgreSQL's text takes no NUL character ("\u0000": invalid byte
// sequence), so both are refused here, whatever field or query parameter they are in.
// eslint-disable-next-line no-control-regex -- NUL is what is refused
const NOT_TEXT = /[\p{Cs}\u0000]/u;

interface At { key: string; parent: At | null }
function pathOf(at: At | null): string {
  const keys: string[] = [];
  for (let node = at; node; node = node.parent) keys.push(node.key);
  return keys.reverse().join(".");
}

/** Every string (and key) with a lone surrogate or a NUL, by its path; iterative, as JSON may nest deeper than the stack. */
function malformedText(data: unknown, prefix?: string): FieldError[] {
  const found: FieldError[] = [];
  const pending: [unknown, At | null][] = [[data, prefix ? { key: prefix, parent: null } : null]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, at] = next;
    if (typeof value === "string" && NOT_TEXT.test(value)) found.push({ field: pathOf(at) || "body", code: "text.malformed" });
    if (value === null || typeof value !== "object") continue;
    for (const [key, child] of Object.entries(value)) {
      // eslint-disable-next-line no-control-regex -- NUL is what is refused
      if (NOT_TEXT.test(key)) found.push({ field: pathOf({ key: key.replace(/[\p{Cs}\u0000]/gu, "\ufffd"), parent: at }), code: "text.malformed" });
      else pending.push([child, { key, parent: at }]);
    }
  }
  return found;
}

/** Parses input at the edge; a failure becomes a 400 problem naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown, prefix?: string): z.output<S> {
  const malformed = malformedText(data, prefix);
  if (malformed.length) throw AppError.validation(malformed);
  const result = schema.safeParse(data);
  if (!result.success) throw AppError.validation(fieldErrorsOf(result.error, prefix));
  return result.data;
}
