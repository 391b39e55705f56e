import { createDb } from "../lib/db.ts";
import { loadEnv } from "../lib/env.ts";
import { migrateDatabase } from "../lib/migrate.ts";
import { seedDemoData } from "../seed.ts";

const env = loadEnv();
migrateDatabase(env.DATABASE_URL);
const db = createDb(env.DATABASE_URL);
await seedDemoData(db, (line) => console.log(line));
await db.$disconnect();
