// npm run user:create -- --email a@b.pl --role admin --name "Anna Nowak" [--invite]
// With --invite (officers and admins) nobody types a password: the account's owner receives a mail
// with a link to set it (queued in the outbox, sent by the running server). Otherwise the password
// comes from the PASSWORD environment variable, or is asked for without echo in a terminal. There is
// no default password, ever.
import { parseArgs } from "node:util";
import type { z } from "zod";
import { Email, NewPassword, PersonName, Role } from "@shared/contracts/auth.ts";
import { validationMessage } from "@shared/i18n/validation.ts";
import { createStaffAccountWithInvitation, createUser } from "@server/features/auth/index.ts";
import { createDb } from "@server/lib/db.ts";
import { loadEnv } from "@server/lib/env.ts";
import { AppError } from "@server/lib/errors.ts";
import { weakPasswordError } from "@server/lib/auth/password-strength.ts";
import { migrateDatabase } from "@server/lib/migrate.ts";

const USAGE = 'Usage: npm run user:create -- --email <e-mail> --role <applicant|officer|admin> --name "<full name>" [--invite]\n'
  + "--invite (officer, admin): the owner gets a mail with a link (7 days) to set the password; the running server sends it.\n"
  + "Otherwise the password is read from the PASSWORD environment variable or asked for (without echo) in a terminal.";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Reads a line from the terminal without showing what is typed. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const { stdin, stdout } = process;
    stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\u0003") { stdout.write("\n"); process.exit(130); }
        if (char === "\r" || char === "\n" || char === "\u0004") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          stdout.write("\n");
          return resolve(value);
        }
        value = char === "\u007f" || char === "\b" ? value.slice(0, -1) : value + char;
      }
    };
    stdin.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  if (process.env.PASSWORD) return process.env.PASSWORD;
  if (!process.stdin.isTTY) fail(`No password: set PASSWORD, run in a terminal, or use --invite.\n${USAGE}`);
  const first = await askHidden("Password (at least 12 characters): ");
  const second = await askHidden("Repeat the password: ");
  if (first !== second) fail("The passwords differ; nothing was created.");
  return first;
}

function parse<S extends z.ZodType>(schema: S, value: unknown, name: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  return fail(`--${name}: ${validationMessage(result.error.issues[0]?.message ?? "invalid_value", "en")}`);
}

const { values } = parseArgs({
  options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, invite: { type: "boolean" }, help: { type: "boolean" } },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.email || !values.role || !values.name) fail(USAGE);

const email = parse(Email, values.email, "email");
const role = parse(Role, values.role, "role");
const name = parse(PersonName, values.name, "name");
if (values.invite && role === "applicant") fail("--invite is for officers and admins: applicants register themselves at /register.");
const password = values.invite ? null : parse(NewPassword, await readPassword(), "password");
const weak = password === null ? null : weakPasswordError(password, [email, name]);
if (weak) fail(`--password: ${weak.message?.en ?? "too easy to guess"}`);

const env = loadEnv();
await migrateDatabase(env.DATABASE_URL);
const db = createDb(env.DATABASE_URL);
try {
  if (password === null) {
    const user = await createStaffAccountWithInvitation({ db, env }, { email, role, name }, null);
    console.log(`Created ${user.role} ${user.email} (${user.name}); the invitation to set a password is queued in the mail outbox `
      + `(sent by the running server${env.SMTP_URL ? "" : ", which writes it to its log while SMTP_URL is unset"}).`);
  } else {
    const user = await createUser(db, { email, role, name, password }, null);
    console.log(`Created ${user.role} ${user.email} (${user.name}).`);
  }
} catch (error) {
  if (error instanceof AppError && error.code === "email-taken") fail(`An account with the e-mail ${email} already exists.`);
  throw error;
} finally {
  await db.$disconnect();
}
