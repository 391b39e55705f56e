// npm run db:migrate: applies pending migrations to DATABASE_URL (.env read as by the server).
// SQLite: prisma migrate deploy. PostgreSQL: server/lib/migrate.ts's runner (ledger, advisory lock).
import { existsSync } from "node:fs";
import { loadEnv } from "@server/lib/env.ts";
import { migrateDatabase } from "@server/lib/migrate.ts";

if (existsSync(".env")) process.loadEnvFile(".env");
const env = loadEnv();
console.log((await migrateDatabase(env.DATABASE_URL)).trim());
