import { z } from "zod";
import "@shared/i18n/accounts.ts";

/** Trimmed and lower-cased: one account per address, however it is typed. */
export const Email = z.string({ message: "email.invalid" }).trim().toLowerCase().max(254, "email.invalid").email("email.invalid");
