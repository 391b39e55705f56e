import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "@server/lib/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}

/** Migrates one template database with the real migrations; each test file copies it (cheap). */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "sp-template-"));
  const file = path.join(dir, "template.db");
  migrateDatabase(`file:${file}`);
  project.provide("templateDb", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
