import { z } from "zod";

const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().regex(/^file:/, "only SQLite file URLs (file:...) are supported by this build").default("file:./data/app.db"),
  DATA_DIR: z.string().default("./data"),
  TILE_URL: z.string().default("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"),
  TILE_ATTRIBUTION: z.string().default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'),
  TRUST_PROXY: z.string().optional(),
  SEED_ON_EMPTY: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
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
