import { Prisma } from "@server/generated/prisma/client.ts";

/**
 * A unique constraint refused the write, told by codes, never the text: Prisma's P2002 from its own
 * queries, and from raw SQL (P2010, "raw query failed") the driver adapter's kind of error, which
 * both adapters set (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const cause = (error.meta?.driverAdapterError as { cause?: { kind?: unknown } } | undefined)?.cause;
  return error.code === "P2010" && cause?.kind === "UniqueConstraintViolation";
}
