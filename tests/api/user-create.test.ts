import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@server/lib/auth/passwords.ts";
import { createDb } from "@server/lib/db.ts";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "sp-cli-"));
const databaseUrl = `file:${path.join(dir, "cli.db")}`;
const tsx = path.resolve("node_modules/.bin/tsx");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function userCreate(args: string[], password?: string) {
  const env = { ...process.env, DATABASE_URL: databaseUrl, PASSWORD: password ?? "" };
  return run(tsx, ["server/cli/user-create.ts", ...args], { env }).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (error: { code: number; stderr: string }) => ({ code: error.code, out: error.stderr }),
  );
}

describe("npm run user:create", () => {
  it("creates the first admin with the password from PASSWORD, hashed with argon2id", async () => {
    const result = await userCreate(["--email", "Anna.Nowak@um.krakow.pl", "--role", "admin", "--name", "Anna Nowak"], "Tajne-Haslo-Urzedu-7");
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining("Created admin anna.nowak@um.krakow.pl") });
    const db = createDb(databaseUrl);
    try {
      const user = await db.user.findUniqueOrThrow({ where: { email: "anna.nowak@um.krakow.pl" } });
      expect(user.role).toBe("admin");
      expect(await verifyPassword(user.passwordHash, "Tajne-Haslo-Urzedu-7")).toBe(true);
    } finally {
      await db.$disconnect();
    }
  }, 60_000);

  it.each([
    [["--email", "b@um.krakow.pl", "--role", "admin", "--name", "Bob Nowak"], "password1234", "too easy to guess"],
    [["--email", "b@um.krakow.pl", "--role", "admin", "--name", "Bob Nowak"], "Demo-Krakow-2026!", "--password: The password is too easy to guess."],
    [["--email", "b@um.krakow.pl", "--role", "admin", "--name", "Bob Nowak"], undefined, "No password"],
    [["--email", "b@um.krakow.pl", "--role", "boss", "--name", "Bob Nowak"], "Tajne-Haslo-Urzedu-7", "The role is applicant, officer or admin."],
    [["--email", "anna.nowak@um.krakow.pl", "--role", "admin", "--name", "Anna Nowak"], "Tajne-Haslo-Urzedu-7", "already exists"],
    [["--role", "admin"], "Tajne-Haslo-Urzedu-7", "Usage"],
  ])("refuses %j and creates nothing", async (args, password, message) => {
    const result = await userCreate(args, password);
    expect(result.code).toBe(1);
    expect(result.out).toContain(message);
  }, 60_000);

  it("the refused attempts left the first admin alone in the database", async () => {
    const db = createDb(databaseUrl);
    try {
      expect((await db.user.findMany({ select: { email: true } })).map((u) => u.email)).toEqual(["anna.nowak@um.krakow.pl"]);
    } finally {
      await db.$disconnect();
    }
  });
});
