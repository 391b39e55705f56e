import { createDb } from "@server/lib/db.ts";
import { loadEnv } from "@server/lib/env.ts";
import { migrateDatabase } from "@server/lib/migrate.ts";
import { seedDemoData } from "@server/seed.ts";

const env = loadEnv();
await migrateDatabase(env.DATABASE_URL);
const db = createDb(env.DATABASE_URL);
await seedDemoData(db, (line) => console.log(line), env.NODE_ENV);
await db.$disconnect();
