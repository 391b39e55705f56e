import type { Account, AccountCreate, AccountList, AccountsQuery, StaffRole } from "@shared/contracts/accounts.ts";
import { searchKey } from "@shared/text.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Actor } from "@server/lib/auth/actor.ts";
import type { AppContext } from "@server/lib/context.ts";
import type { Db, DbTx } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { pageOf, pageWindow } from "@server/lib/paging.ts";
import { createStaffAccountWithInvitation } from "@server/features/auth/index.ts";
import { accountSnapshot, toAccount } from "./mapper.ts";
import { countActiveAdmins, endSessionsOf, findAccount, listAccounts, updateAccount } from "./repository.ts";

const notFound = () => AppError.notFound("Nie ma takiego konta.");
const lastAdmin = () => AppError.conflict(
  "To ostatnie aktywne konto administratora: nie można go dezaktywować ani zmienić jego roli. Najpierw nadaj rolę administratora innemu kontu.",
  "last-admin",
);

/**
 * The list, searched in memory: the city has hundreds of accounts, and the e-mail and name are compared
 * in their search form (any case, with or without diacritics) on every database alike.
 */
export async function accountList(db: DbTx, query: AccountsQuery): Promise<AccountList> {
  const rows = await listAccounts(db, { role: query.role, active: query.active });
  const q = query.q ? searchKey(query.q) : "";
  const matching = q ? rows.filter((r) => searchKey(`${r.email} ${r.name}`).includes(q)) : rows;
  const { skip, take } = pageWindow(query);
  return pageOf(query, { total: matching.length, rows: matching.slice(skip, skip + take) }, toAccount);
}

/**
 * An officer or admin created by an admin: the account nobody can sign in to yet and, in the same
 * transaction, the invitation mail whose link lets its owner set the password (the auth feature's).
 */
export async function createAccount(ctx: Pick<AppContext, "db" | "env">, actor: Actor, input: AccountCreate): Promise<Account> {
  const user = await createStaffAccountWithInvitation(ctx, input, actor);
  return toAccount((await findAccount(ctx.db, user.id))!);
}

/**
 * One change of an account, in one transaction with its audit entry; when no active admin would be left,
 * the change is undone (409 last-admin), so two admins demoting each other at once cannot both succeed.
 */
async function changeAccount(
  db: Db, actor: Actor, id: string, action: string,
  change: (tx: DbTx, before: NonNullable<Awaited<ReturnType<typeof findAccount>>>) => Promise<void>,
): Promise<Account> {
  return db.$transaction(async (tx) => {
    const before = await findAccount(tx, id);
    if (!before) throw notFound();
    await change(tx, before);
    if (before.role === "admin" && (await countActiveAdmins(tx)) === 0) throw lastAdmin();
    const after = (await findAccount(tx, id))!;
    await recordAudit(tx, { actor, entity: "user", entityId: id, action, before: accountSnapshot(before), after: accountSnapshot(after) });
    return toAccount(after);
  });
}

export function changeRole(db: Db, actor: Actor, id: string, role: StaffRole): Promise<Account> {
  return changeAccount(db, actor, id, "change-role", async (tx, before) => {
    if (before.role === "applicant") {
      throw AppError.conflict("To konto wnioskodawcy: rolę zmienia się tylko kontom pracowników urzędu (urzędnik, administrator).", "account-not-staff");
    }
    await updateAccount(tx, id, { role });
  });
}

/** Deactivates an account: every session of it ends at once, and sign-in is refused until reactivated. */
export function deactivate(db: Db, actor: Actor, id: string): Promise<Account> {
  return changeAccount(db, actor, id, "deactivate", async (tx) => {
    await updateAccount(tx, id, { disabled: true });
    await endSessionsOf(tx, id);
  });
}

export function reactivate(db: Db, actor: Actor, id: string): Promise<Account> {
  return changeAccount(db, actor, id, "reactivate", async (tx) => {
    await updateAccount(tx, id, { disabled: false });
  });
}
