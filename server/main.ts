import { existsSync } from "node:fs";
import { systemClock } from "@shared/domain/dates.ts";
import { createApp } from "./app.ts";
import { endLeasesPastTheirEnd } from "./features/leases/index.ts";
import { logTransport, smtpTransport, startMailWorker } from "./features/mail/index.ts";
import { createDb } from "./lib/db.ts";
import { loadEnv } from "./lib/env.ts";
import { migrateDatabase } from "./lib/migrate.ts";
import { seedOnStart } from "./seed.ts";

const log = (message: string, error?: unknown) => console.log(message, ...(error ? [error] : []));

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const env = loadEnv();
  await migrateDatabase(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  await seedOnStart(db, env, log);
  const app = createApp({ db, env, log, clock: systemClock });
  const server = app.listen(env.PORT, env.HOST, () => {
    log(`social-premises listening on http://localhost:${env.PORT} (database ${env.DATABASE_URL.replace(/\/\/[^@/]*@/, "//…@")})`);
  });
  // Signed leases past their end date become ended (the premises available again): now and hourly.
  const endLeases = () => endLeasesPastTheirEnd(db, systemClock).then(
    (ended) => { if (ended.length > 0) log(`${ended.length} lease(s) reached their end date and ended.`); },
    (error: unknown) => log("Ending the leases past their end date failed; the next hour tries again.", error),
  );
  void endLeases();
  const hourly = setInterval(() => void endLeases(), 60 * 60 * 1000);
  hourly.unref();
  // The mail outbox is the queue: what was not sent before a restart is sent after it.
  const transport = env.SMTP_URL ? smtpTransport(env.SMTP_URL, env.MAIL_FROM) : logTransport(log);
  log(`Mail goes to ${transport.description}${env.SMTP_URL ? "" : ": nothing is sent"}.`);
  const mail = startMailWorker(db, transport, log);
  const stop = () => { clearInterval(hourly); void mail.stop(); server.close(() => void db.$disconnect().then(() => process.exit(0))); };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
