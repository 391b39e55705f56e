import { existsSync } from "node:fs";
import { systemClock } from "@shared/domain/dates.ts";
import { createApp } from "./app.ts";
import { createDb } from "./lib/db.ts";
import { loadEnv } from "./lib/env.ts";
import { migrateDatabase } from "./lib/migrate.ts";
import { seedDemoData } from "./seed.ts";

const log = (message: string, error?: unknown) => console.log(message, ...(error ? [error] : []));

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const env = loadEnv();
  migrateDatabase(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  if (env.SEED_ON_EMPTY && (await db.premises.count()) === 0) {
    log("Empty database: loading the Kraków demo data.");
    await seedDemoData(db, log);
  }
  const app = createApp({ db, env, log, clock: systemClock });
  const server = app.listen(env.PORT, env.HOST, () => {
    log(`social-premises listening on http://localhost:${env.PORT} (database ${env.DATABASE_URL})`);
  });
  const stop = () => server.close(() => void db.$disconnect().then(() => process.exit(0)));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
