import { hundredthsToString } from "@shared/contracts/common.ts";
import type {
  LegalForm, OrganisationDetail, OrganisationInput, OrganisationStatus, OrganisationSummary,
} from "@shared/contracts/organisations.ts";
import { searchKey } from "@shared/text.ts";
import type { Prisma } from "@server/generated/prisma/client.ts";

// The database spells enum values with underscores; the API with hyphens.
export const toDb = <T extends string>(value: string) => value.replace(/-/g, "_") as T;
const fromDb = <T extends string>(value: string) => value.replace(/_/g, "-") as T;

export const organisationInclude = {
  declaredAid: { orderBy: { position: "asc" } },
  members: { include: { user: { select: { id: true, name: true, email: true } } }, orderBy: { createdAt: "asc" } },
} as const satisfies Prisma.OrganisationInclude;

export const claimantSelect = { id: true, name: true, status: true, createdAt: true } as const satisfies Prisma.OrganisationSelect;

/** The stored record and the other organisations registered with its NIP. */
export type OrganisationRow = Prisma.OrganisationGetPayload<{ include: typeof organisationInclude }> & {
  nipClaimants: Prisma.OrganisationGetPayload<{ select: typeof claimantSelect }>[];
};

type Columns = Omit<Prisma.OrganisationUncheckedCreateInput, "id" | "status" | "members" | "declaredAid">;

/** The columns of an organisation, from validated input. Never spreads the request body. */
export function organisationData(o: OrganisationInput): Columns {
  return {
    name: o.name,
    legalForm: toDb(o.legalForm),
    krs: o.krs,
    nip: o.nip,
    regon: o.regon,
    street: o.street,
    postalCode: o.postalCode,
    city: o.city,
    email: o.email,
    phone: o.phone,
    socialEnterprise: o.socialEnterprise,
    socialEnterpriseSince: o.socialEnterprise ? o.socialEnterpriseSince : null,
    publicBenefit: o.publicBenefit,
    reintegrationType: o.reintegrationType,
    economicActivity: o.economicActivity,
    searchText: searchKey(`${o.name} | ${o.nip} | ${o.regon} | ${o.krs ?? ""} | ${o.city}`),
  };
}

export function declaredAidData(o: Pick<OrganisationInput, "declaredAid">) {
  return o.declaredAid.map((a, position) => ({
    position, grantor: a.grantor, grantedOn: a.grantedOn, amountEurCents: a.amountEur,
  }));
}

/** A stored organisation in the shape of the input, so a PATCH can be merged into it. */
export function toInput(row: OrganisationRow): OrganisationInput {
  return {
    name: row.name,
    legalForm: fromDb<LegalForm>(row.legalForm),
    krs: row.krs,
    nip: row.nip,
    regon: row.regon,
    street: row.street,
    postalCode: row.postalCode,
    city: row.city,
    email: row.email,
    phone: row.phone,
    socialEnterprise: row.socialEnterprise,
    socialEnterpriseSince: row.socialEnterpriseSince,
    publicBenefit: row.publicBenefit,
    reintegrationType: row.reintegrationType,
    economicActivity: row.economicActivity,
    declaredAid: row.declaredAid.map((a) => ({ grantor: a.grantor, grantedOn: a.grantedOn, amountEur: a.amountEurCents })),
  };
}

export function toDetail(row: OrganisationRow): OrganisationDetail {
  const input = toInput(row);
  return {
    id: row.id,
    ...input,
    declaredAid: row.declaredAid.map((a) => ({ grantor: a.grantor, grantedOn: a.grantedOn, amountEur: hundredthsToString(a.amountEurCents) })),
    declaredAidTotalEur: hundredthsToString(row.declaredAid.reduce((sum, a) => sum + a.amountEurCents, 0)),
    status: fromDb<OrganisationStatus>(row.status),
    returnReason: row.returnReason,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    members: row.members.map((m) => ({ id: m.user.id, name: m.user.name, email: m.user.email, since: m.createdAt.toISOString() })),
    nipConflict: row.nipClaimants.length > 0,
    nipClaimants: row.nipClaimants.map((c) => ({
      id: c.id, name: c.name, status: fromDb<OrganisationStatus>(c.status), createdAt: c.createdAt.toISOString(),
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const summarySelect = {
  id: true, name: true, legalForm: true, nip: true, regon: true, krs: true, city: true, status: true,
  returnReason: true, createdAt: true, updatedAt: true,
} as const satisfies Prisma.OrganisationSelect;

export function toSummary(row: Prisma.OrganisationGetPayload<{ select: typeof summarySelect }> & { nipConflict: boolean }): OrganisationSummary {
  return {
    ...row,
    legalForm: fromDb<LegalForm>(row.legalForm),
    status: fromDb<OrganisationStatus>(row.status),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit trail keeps: the record as the API shows it, without bookkeeping fields. */
export function auditSnapshot(row: OrganisationRow) {
  const {
    id: _id, members, createdAt: _c, updatedAt: _u, declaredAidTotalEur: _t, nipConflict: _n, nipClaimants: _nc, ...rest
  } = toDetail(row);
  return { ...rest, members: members.map((m) => m.email) };
}
