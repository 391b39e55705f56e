import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@server/lib/migrate.ts";
import { dropDatabase, postgresqlTestServer, testDatabaseProvider } from "./test-databases.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** SQLite: the migrated template file. PostgreSQL: the name of the migrated template database. */
    templateDb: string;
  }
}

/**
 * Migrates one template database with the real migrations; each test file copies it (cheap).
 * TEST_DB=postgresql: a template database on the PostgreSQL server of TEST_POSTGRESQL_URL
 * (default postgresql://postgres@127.0.0.1:5432/postgres); each test file gets CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  if (testDatabaseProvider() === "postgresql") {
    const name = `sp_template_${process.pid}`;
    await dropDatabase(name);
    await migrateDatabase(postgresqlTestServer(name));
    project.provide("templateDb", name);
    return () => dropDatabase(name);
  }
  const dir = mkdtempSync(path.join(tmpdir(), "sp-template-"));
  const file = path.join(dir, "template.db");
  await migrateDatabase(`file:${file}`);
  project.provide("templateDb", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
