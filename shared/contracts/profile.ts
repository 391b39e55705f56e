import { z } from "zod";
import { addValidationMessages } from "@shared/i18n/validation.ts";
import { PersonName } from "./auth.ts";
import { Role } from "./session.ts";

// The signed-in user's own profile: the full name and the position (stanowisko) that the decisions
// they sign print under the signature line.

export const Profile = z.object({
  email: z.string(),
  role: Role,
  name: z.string(),
  /** "" until given. */
  position: z.string(),
}).meta({ id: "Profile" });
export type Profile = z.infer<typeof Profile>;

export const Position = z.string({ message: "position.invalid" }).trim().max(120, "position.invalid");

/** What the user changes; a field left out stays as it is. */
export const ProfileUpdate = z.object({
  name: PersonName.optional(),
  position: Position.optional(),
}).meta({ id: "ProfileUpdate" });
export type ProfileUpdate = z.infer<typeof ProfileUpdate>;

addValidationMessages({
  "position.invalid": { pl: "Stanowisko może mieć najwyżej 120 znaków.", en: "The position may have at most 120 characters." },
});
