import type { Db } from "./db.ts";
import type { Env } from "./env.ts";

/** What every feature receives: no module-level state, so tests build as many apps as they need. */
export interface AppContext {
  db: Db;
  env: Env;
  log: (message: string, error?: unknown) => void;
}
