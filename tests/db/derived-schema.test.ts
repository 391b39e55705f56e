import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { derivedFiles } from "../../scripts/derive-postgresql-schema.ts";

// prisma/postgresql/ is derived from prisma/schema.prisma and committed: a change of the source
// schema without `npm run db:baseline` leaves the PostgreSQL client and migration behind.
test.each(derivedFiles().map(({ file, text }) => ({ name: path.relative(process.cwd(), file), file, text })))(
  "$name is derived from prisma/schema.prisma (else run npm run db:baseline)",
  ({ file, text }) => {
    expect(readFileSync(file, "utf8")).toBe(text);
  },
);
