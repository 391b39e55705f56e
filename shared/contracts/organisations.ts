import { z } from "zod";
import "@shared/i18n/accounts.ts";
import { toIsoDate } from "@shared/domain/dates.ts";
import { validateKrs, validateNip, validateRegon, type IdentifierCheck } from "@shared/domain/identifiers.ts";
import { DecimalString, CalendarDate, PageInfo, Paging, hundredths, listParam } from "./common.ts";
import { Email } from "./email.ts";
import { ORGANISATION_STATUSES, OrganisationStatus } from "./session.ts";

export { ORGANISATION_STATUSES, OrganisationStatus };

export const LEGAL_FORMS = [
  "foundation", "association", "social-cooperative", "non-profit-company", "church-legal-person", "other",
] as const;
export const REINTEGRATION_TYPES = ["cis", "kis", "wtz", "zaz"] as const;

/** Legal forms entered in the National Court Register: their KRS number is required. */
export const KRS_REGISTERED_FORMS: readonly LegalForm[] = ["foundation", "association", "social-cooperative", "non-profit-company"];
/** The Social Economy Act (5 August 2022) is in force from this day: no status is older. */
export const SOCIAL_ENTERPRISE_STATUS_FROM = "2022-10-30";
export const MAX_DECLARED_AID = 50;
// 10 million euro in cents: far above the ceiling, inside the database's 32-bit integers.
const MAX_AID_CENTS = 10_000_000_00;

export const LegalForm = z.enum(LEGAL_FORMS, { message: "legalForm.invalid" });
export type LegalForm = z.infer<typeof LegalForm>;
export const ReintegrationType = z.enum(REINTEGRATION_TYPES, { message: "reintegrationType.invalid" });
export type ReintegrationType = z.infer<typeof ReintegrationType>;

/** An identifier as people type it ("675-14-71-246"), checked and stored as bare digits. */
function identifier(name: "nip" | "regon" | "krs", check: (s: string) => IdentifierCheck) {
  return z.string({ message: `${name}.format` }).transform((raw, ctx) => {
    const result = check(raw);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: `${name}.${result.reason}` });
      return z.NEVER;
    }
    return result.value;
  });
}

/** Optional form fields arrive as "" when left empty: that means null. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), schema.nullable());
}

const notFuture = (date: string) => date <= toIsoDate(new Date());

const PastDate = CalendarDate.refine(notFuture, "date.future");

export const DeclaredAidInput = z.object({
  grantor: z.string({ message: "grantor.required" }).trim().min(2, "grantor.required").max(200, "grantor.required"),
  grantedOn: PastDate,
  amountEur: hundredths("amountEur.invalid").refine((cents) => cents > 0 && cents <= MAX_AID_CENTS, "amountEur.invalid"),
});

/** Every field of an organisation with its own rules; the rules between fields are below. */
export const OrganisationFields = z.object({
  name: z.string({ message: "orgName.required" }).trim().min(2, "orgName.required").max(300, "orgName.required"),
  legalForm: LegalForm,
  krs: optional(identifier("krs", validateKrs)),
  nip: identifier("nip", validateNip),
  regon: identifier("regon", validateRegon),
  street: z.string({ message: "street.required" }).trim().min(3, "street.required").max(200, "street.required"),
  postalCode: z.string({ message: "postalCode.invalid" }).trim().regex(/^\d{2}-\d{3}$/, "postalCode.invalid"),
  city: z.string({ message: "city.required" }).trim().min(2, "city.required").max(100, "city.required"),
  email: Email,
  phone: optional(z.string().trim().regex(/^\+?[0-9][0-9 ()-]{6,22}$/, "phone.invalid")),
  socialEnterprise: z.boolean(),
  socialEnterpriseSince: optional(PastDate.refine((d) => d >= SOCIAL_ENTERPRISE_STATUS_FROM, "socialEnterpriseSince.beforeAct")),
  publicBenefit: z.boolean(),
  reintegrationType: optional(ReintegrationType),
  economicActivity: z.boolean(),
  declaredAid: z.array(DeclaredAidInput).max(MAX_DECLARED_AID, "declaredAid.tooMany"),
});
type Fields = z.output<typeof OrganisationFields>;

/** The rules between fields, as field errors; the server applies them again to a merged PATCH. */
export function organisationRuleErrors(o: Pick<Fields, "legalForm" | "krs" | "socialEnterprise" | "socialEnterpriseSince">): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  if (KRS_REGISTERED_FORMS.includes(o.legalForm) && !o.krs) errors.push({ path: "krs", message: "krs.required" });
  if (o.socialEnterprise && !o.socialEnterpriseSince) {
    errors.push({ path: "socialEnterpriseSince", message: "socialEnterpriseSince.required" });
  }
  return errors;
}

export const OrganisationInput = OrganisationFields.superRefine((o, ctx) => {
  for (const e of organisationRuleErrors(o)) ctx.addIssue({ code: "custom", message: e.message, path: [e.path] });
}).meta({ id: "OrganisationInput" });
export type OrganisationInput = z.output<typeof OrganisationInput>;
/** What a form holds before parsing (strings as typed). */
export type OrganisationForm = z.input<typeof OrganisationInput>;

/** A change of some fields; `declaredAid`, when given, replaces the whole list. */
export const OrganisationPatch = OrganisationFields.partial().meta({ id: "OrganisationPatch" });
export type OrganisationPatch = z.output<typeof OrganisationPatch>;

export const OrganisationId = z.object({ id: z.string().uuid({ message: "id.invalid" }) });

export const Member = z.object({ id: z.string(), name: z.string(), email: z.string(), since: z.string() });
export type Member = z.infer<typeof Member>;

/** Another organisation registered with the same NIP: the officer decides which one is real. */
export const NipClaimant = z.object({ id: z.string(), name: z.string(), status: OrganisationStatus, createdAt: z.string() });
export type NipClaimant = z.infer<typeof NipClaimant>;

export const OrganisationDetail = z.object({
  id: z.string(),
  name: z.string(),
  legalForm: LegalForm,
  krs: z.string().nullable(),
  nip: z.string(),
  regon: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  socialEnterprise: z.boolean(),
  socialEnterpriseSince: z.string().nullable(),
  publicBenefit: z.boolean(),
  reintegrationType: ReintegrationType.nullable(),
  economicActivity: z.boolean(),
  declaredAid: z.array(z.object({ grantor: z.string(), grantedOn: z.string(), amountEur: DecimalString })),
  declaredAidTotalEur: DecimalString,
  status: OrganisationStatus,
  returnReason: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  members: z.array(Member),
  /** Other organisations registered with this NIP; verifying one returns the others to their applicants. */
  nipConflict: z.boolean(),
  nipClaimants: z.array(NipClaimant),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: "OrganisationDetail" });
export type OrganisationDetail = z.infer<typeof OrganisationDetail>;

export const OrganisationSummary = OrganisationDetail.pick({
  id: true, name: true, legalForm: true, nip: true, regon: true, krs: true, city: true, status: true,
  returnReason: true, nipConflict: true, createdAt: true, updatedAt: true,
}).meta({ id: "OrganisationSummary" });
export type OrganisationSummary = z.infer<typeof OrganisationSummary>;

export const OrganisationListQuery = z.object({
  ...Paging.shape,
  status: listParam(OrganisationStatus).optional(),
  q: z.string().trim().max(100, "q.tooLong").optional(),
});
export type OrganisationListQuery = z.infer<typeof OrganisationListQuery>;

export const OrganisationPage = z.object({ items: z.array(OrganisationSummary), page: PageInfo }).meta({ id: "OrganisationPage" });
export type OrganisationPage = z.infer<typeof OrganisationPage>;

export const ReturnOrganisation = z.object({
  reason: z.string({ message: "returnReason.required" }).trim().min(5, "returnReason.required").max(2000, "returnReason.required"),
}).meta({ id: "ReturnOrganisation" });
export type ReturnOrganisation = z.infer<typeof ReturnOrganisation>;

export const AddMember = z.object({
  email: Email,
}).meta({ id: "AddMember" });
export type AddMember = z.infer<typeof AddMember>;

export const InvitationStatus = z.enum(["pending", "accepted", "declined"]);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

/**
 * An invitation to represent an organisation, sent to an e-mail address. The inviter gets the same
 * answer whether or not an account has that address; the account that has it accepts or declines.
 */
export const Invitation = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  email: z.string(),
  status: InvitationStatus,
  invitedBy: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
}).meta({ id: "Invitation" });
export type Invitation = z.infer<typeof Invitation>;

export const InvitationList = z.object({ items: z.array(Invitation) }).meta({ id: "InvitationList" });
export type InvitationList = z.infer<typeof InvitationList>;

export const InvitationId = z.object({ id: z.string().uuid({ message: "id.invalid" }) });
