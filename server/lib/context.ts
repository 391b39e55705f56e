import type { Clock } from "@shared/domain/dates.ts";
import type { Db } from "./db.ts";
import type { Env } from "./env.ts";

/** What every feature receives: no module-level state, so tests build as many apps as they need. */
export interface AppContext {
  db: Db;
  env: Env;
  log: (message: string, error?: unknown) => void;
  /** Where rules read the current time ("today" in Kraków, the year of a reference): systemClock, or a fixed one in tests. */
  clock: Clock;
}
