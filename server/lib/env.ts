import { isIP } from "node:net";
import { z } from "zod";

/** Express `trust proxy`: a boolean, a hop count, or addresses/subnets (and Express's names for ranges). */
export type TrustProxy = boolean | number | string[];

const PROXY_RANGE_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** An address, a named range, or a subnet as address/prefix or address/netmask (what proxy-addr accepts). */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = "", range, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (range === undefined) return true;
  if (/^\d{1,3}$/.test(range)) return Number(range) <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(range) === 4;
}

const TrustProxySetting = z.string().transform((value, ctx): TrustProxy => {
  value = value.trim();
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(",").map((e) => e.trim());
  const bad = entries.filter((e) => !isProxyAddress(e));
  if (value === "" || bad.length > 0) {
    ctx.addIssue({
      code: "custom",
      message: `expected true, false, a hop count (e.g. 1) or a comma-separated list of proxy addresses or subnets `
        + `(e.g. 10.0.0.1, 10.0.0.0/8, loopback); not understood: ${bad.length ? bad.map((e) => JSON.stringify(e)).join(", ") : "(empty)"}`,
    });
    return z.NEVER;
  }
  return entries;
});

const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** file:./data/app.db (SQLite, embedded) or postgresql://user:password@host:5432/name (PostgreSQL). */
  DATABASE_URL: z.string().trim().refine((url) => /^(file:|postgres(ql)?:\/\/)./.test(url), {
    message: "expected a SQLite file URL (file:./data/app.db) or a PostgreSQL URL (postgresql://user:password@host:5432/database)",
  }).default("file:./data/app.db"),
  /** PostgreSQL: connections per process; instances × this (+ import/export workers) within max_connections. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  DATA_DIR: z.string().default("./data"),
  TILE_URL: z.string().default("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"),
  TILE_ATTRIBUTION: z.string().default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'),
  TRUST_PROXY: z.preprocess((v) => (v === "" ? undefined : v), TrustProxySetting.optional()),
  /** The mail server, smtp://user:password@host:587 or smtps://…:465; unset: mail is written to the log. */
  SMTP_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^smtps?:\/\//, "expected smtp://… or smtps://…").optional()),
  MAIL_FROM: z.string().min(3).default("Lokale użytkowe Kraków <no-reply@localhost>"),
  /** Where users reach the app: the links in mail are built from it; unset: http://localhost:PORT. */
  PUBLIC_BASE_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url({ protocol: /^https?$/, message: "expected http(s)://host[:port][/path]" }).optional()),
  /** Load the Kraków demo data into an empty database at start; unset: yes, except when NODE_ENV=production. */
  SEED_DEMO: z.enum(["true", "false"]).optional().transform((v) => (v === undefined ? undefined : v === "true")),
  /** Who publishes the site and its open data (footer pages, open-data catalogue). */
  PUBLISHER_NAME: z.string().min(1).default("Zarząd Budynków Komunalnych w Krakowie"),
  PUBLISHER_ADDRESS: z.string().min(1).default("pl. Wszystkiego Świętych 3-4, 31-004 Kraków"),
  PUBLISHER_EMAIL: z.preprocess((v) => (v === "" ? undefined : v), z.email().optional()),
  PUBLISHER_PHONE: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  /** The grantor, case-number prefix and notices printed on decisions (JSON); unset: config/documents.json. */
  DOCUMENTS_CONFIG: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  /** Where uploaded files live: disk (DATA_DIR/uploads) or database; unset: database with PostgreSQL, disk with SQLite. */
  FILE_STORAGE: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["disk", "database"]).optional()),
});
export type Env = z.infer<typeof Env>;

/** Reads the environment once at start; a bad variable stops the process with every problem listed. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = Env.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}
