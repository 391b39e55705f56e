import { z } from "zod";
import { addValidationMessages } from "@shared/i18n/validation.ts";
import { Email, PersonName } from "./auth.ts";
import { booleanParam, PageInfo, Paging } from "./common.ts";
import { Role } from "./session.ts";

// The admins' account management: the list and its search, staff accounts created with an invitation
// to set a password, a role changed, an account deactivated (its sessions end) or reactivated.

export const StaffRole = z.enum(["officer", "admin"], { message: "staffRole.invalid" });
export type StaffRole = z.infer<typeof StaffRole>;

export const AccountsQuery = Paging.extend({
  q: z.string().trim().max(200, "q.tooLong").optional().meta({ description: "Part of the e-mail or the name, any case, with or without diacritics" }),
  role: Role.optional(),
  active: booleanParam.optional(),
});
export type AccountsQuery = z.infer<typeof AccountsQuery>;

export const Account = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  active: z.boolean(),
  createdAt: z.string(),
  /** null: never signed in (an invited account that has not set its password yet, for one). */
  lastSignInAt: z.string().nullable(),
}).meta({ id: "Account" });
export type Account = z.infer<typeof Account>;

export const AccountList = z.object({ items: z.array(Account), page: PageInfo }).meta({ id: "AccountList" });
export type AccountList = z.infer<typeof AccountList>;

export const AccountCreate = z.object({ email: Email, name: PersonName, role: StaffRole }).meta({ id: "AccountCreate" });
export type AccountCreate = z.infer<typeof AccountCreate>;

export const AccountRoleChange = z.object({ role: StaffRole }).meta({ id: "AccountRoleChange" });
export type AccountRoleChange = z.infer<typeof AccountRoleChange>;

export const AccountId = z.object({ id: z.string().uuid({ message: "id.invalid" }) });

addValidationMessages({
  "staffRole.invalid": { pl: "Wybierz rolę: officer (urzędnik) albo admin (administrator).", en: "Choose a role: officer or admin." },
  "q.tooLong": { pl: "Szukany tekst może mieć najwyżej 200 znaków.", en: "The search text may have at most 200 characters." },
});
