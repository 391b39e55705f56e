import { Prisma } from "@server/generated/prisma/client.ts";

/** A unique constraint refused the write (Prisma P2002): a conflict, told by its code, not its text. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
