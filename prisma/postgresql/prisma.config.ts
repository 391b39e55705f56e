// GENERATED from prisma/schema.prisma's config by scripts/derive-postgresql-schema.ts: do not edit.
// Edit prisma/schema.prisma, then run `npm run db:baseline` (or the script alone).

import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The JS engine with a driver adapter: nothing is downloaded. generate never connects; the commands
// that do (migrate diff, db execute) take the database from DATABASE_URL when it is a PostgreSQL URL.
// Prisma's migrate deploy/status through this adapter fail upstream (prisma/prisma#27403):
// server/lib/migrate.ts applies prisma/postgresql/migrations itself.
const url = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL! : "postgresql://postgres@127.0.0.1:5432/postgres";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  adapter: () => Promise.resolve(new PrismaPg({ connectionString: url })),
});
