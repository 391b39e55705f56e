/**
 * prisma/schema.prisma (SQLite) is the one source of truth. This script derives the PostgreSQL
 * variant Prisma needs (a schema has one provider): the same models with provider "postgresql", its
 * own generated client (server/generated/prisma-pg) and a literal placeholder URL, so that
 * `prisma generate` reads the schema offline (an unset env() URL makes the CLI download engines).
 * Both derived files are committed; tests/db/derived-schema.test.ts fails when they are stale.
 *
 *   npx tsx scripts/derive-postgresql-schema.ts           write prisma/postgresql/*
 *   npx tsx scripts/derive-postgresql-schema.ts --check   exit 1 when they differ from the derivation
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SOURCE_SCHEMA = path.join(root, "prisma/schema.prisma");
export const POSTGRESQL_SCHEMA = path.join(root, "prisma/postgresql/schema.prisma");
export const POSTGRESQL_CONFIG = path.join(root, "prisma/postgresql/prisma.config.ts");

const HEADER = "// GENERATED from prisma/schema.prisma by scripts/derive-postgresql-schema.ts: do not edit.\n"
  + "// Edit prisma/schema.prisma, then run `npm run db:baseline` (or the script alone).\n";

/** One replacement that must match exactly once, or the source has changed shape and this must be told. */
function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`));
  if (matches?.length !== 1) throw new Error(`prisma/schema.prisma: expected one ${what}, found ${matches?.length ?? 0}`);
  return text.replace(pattern, replacement);
}

export function derivePostgresqlSchema(source: string): string {
  let schema = source;
  schema = replaceOnce(schema, /(datasource db \{[^}]*?provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'datasource provider "sqlite"');
  schema = replaceOnce(schema, /(datasource db \{[^}]*?url\s*=\s*)"[^"]*"/, '$1"postgresql://placeholder@localhost:5432/placeholder"', "datasource url");
  schema = replaceOnce(schema, /(generator client \{[^}]*?output\s*=\s*)"\.\.\/server\/generated\/prisma"/, '$1"../../server/generated/prisma-pg"', "generator output ../server/generated/prisma");
  schema = schema.replace("prisma.config.ts (and in server/lib/db.ts", "prisma/postgresql/prisma.config.ts (and in server/lib/db.ts");
  return HEADER + "\n" + schema;
}

export const POSTGRESQL_CONFIG_TEXT = `${HEADER.replace("schema.prisma by", "schema.prisma's config by")}
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The JS engine with a driver adapter: nothing is downloaded. generate never connects; the commands
// that do (migrate diff, db execute) take the database from DATABASE_URL when it is a PostgreSQL URL.
// Prisma's migrate deploy/status through this adapter fail upstream (prisma/prisma#27403):
// server/lib/migrate.ts applies prisma/postgresql/migrations itself.
const url = /^postgres(ql)?:\\/\\//.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL! : "postgresql://postgres@127.0.0.1:5432/postgres";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  adapter: () => Promise.resolve(new PrismaPg({ connectionString: url })),
});
`;

export function derivedFiles(): { file: string; text: string }[] {
  return [
    { file: POSTGRESQL_SCHEMA, text: derivePostgresqlSchema(readFileSync(SOURCE_SCHEMA, "utf8")) },
    { file: POSTGRESQL_CONFIG, text: POSTGRESQL_CONFIG_TEXT },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const { file, text } of derivedFiles()) {
    let current = "";
    try { current = readFileSync(file, "utf8"); } catch { /* missing: stale */ }
    if (current === text) continue;
    if (check) { console.error(`${path.relative(root, file)} is stale: run npx tsx scripts/derive-postgresql-schema.ts`); stale++; continue; }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`${path.relative(root, file)} written`);
  }
  process.exit(stale ? 1 : 0);
}
