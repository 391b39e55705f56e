import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// The JS engine with a driver adapter runs offline: the Rust engines are never downloaded.
// This config is SQLite's; PostgreSQL's is prisma/postgresql/prisma.config.ts (derived, see README "Database").
const url = process.env.DATABASE_URL?.startsWith("file:") ? process.env.DATABASE_URL : "file:./data/app.db";
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: () => Promise.resolve(new PrismaBetterSQLite3({ url })),
});
