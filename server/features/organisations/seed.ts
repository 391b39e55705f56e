import { OrganisationInput, type OrganisationForm, type OrganisationStatus } from "@shared/contracts/organisations.ts";
import type { Role } from "@shared/contracts/auth.ts";
import { createUser, findUserByEmail } from "@server/features/auth/index.ts";
import { updateProfile } from "@server/features/profile/index.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { Db } from "@server/lib/db.ts";
import type { OrganisationStatus as DbStatus } from "@server/generated/prisma/client.ts";
import { auditSnapshot, toDb } from "./mapper.ts";
import { findOrganisation, insertOrganisation } from "./repository.ts";

/** For local use only: the README lists these, so they must never reach a production database. */
export const DEMO_PASSWORD = "Demo-Krakow-2026!";

interface DemoAccount {
  email: string;
  name: string;
  /** Staff: the position the decisions they sign print. */
  position?: string;
  role: Role;
  organisation?: { status: OrganisationStatus; data: OrganisationForm };
}

const base = { phone: null, socialEnterprise: false, socialEnterpriseSince: null, publicBenefit: false, reintegrationType: null, economicActivity: false, declaredAid: [] };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@demo.krakow.pl", name: "Ewa Administratorska", position: "Kierownik Działu Informatyki", role: "admin" },
  { email: "urzednik@demo.krakow.pl", name: "Jan Urzędnik", position: "Starszy inspektor, Dział Najmu Lokali Użytkowych", role: "officer" },
  {
    email: "fundacja@demo.krakow.pl", name: "Anna Fundacyjna", role: "applicant",
    organisation: {
      status: "verified",
      data: {
        ...base, name: "Fundacja Przestrzeń Rozwoju", legalForm: "foundation",
        nip: "6751471246", regon: "122484153", krs: "0000407870",
        street: "ul. Św. Jacka 30/1", postalCode: "30-364", city: "Kraków", email: "fundacja@demo.krakow.pl",
        publicBenefit: true, economicActivity: true,
        declaredAid: [{ grantor: "Gmina Miejska Kraków", grantedOn: "2024-09-01", amountEur: "4200.00" }],
      },
    },
  },
  {
    email: "spoldzielnia@demo.krakow.pl", name: "Piotr Spółdzielczy", role: "applicant",
    organisation: {
      status: "pending-verification",
      // Made-up identifiers that pass the check digits (a demo organisation, not a real one).
      data: {
        ...base, name: "Spółdzielnia Socjalna Zielony Kąt (demo)", legalForm: "social-cooperative",
        nip: "1234563218", regon: "123456785", krs: "0000123456",
        street: "ul. Krakowska 1", postalCode: "31-062", city: "Kraków", email: "spoldzielnia@demo.krakow.pl",
        socialEnterprise: true, socialEnterpriseSince: "2023-03-15", economicActivity: true,
      },
    },
  },
];

async function seedOrganisation(db: Db, memberId: string, verifierId: string | null, organisation: NonNullable<DemoAccount["organisation"]>) {
  const input = OrganisationInput.parse(organisation.data);
  if (await db.organisation.findFirst({ where: { nip: input.nip }, select: { id: true } })) return;
  await db.$transaction(async (tx) => {
    const id = await insertOrganisation(tx, input, toDb<DbStatus>(organisation.status), memberId);
    if (organisation.status === "verified") {
      await tx.organisation.update({ where: { id }, data: { verifiedAt: new Date(), verifiedById: verifierId, verifiedNip: input.nip } });
    }
    await recordAudit(tx, { actor: null, entity: "organisation", entityId: id, action: "seed", after: auditSnapshot((await findOrganisation(tx, id))!) });
  });
}

/** Demo accounts for each role and their organisations; adds only what is missing. */
export async function seedDemoAccounts(db: Db, log: (line: string) => void): Promise<void> {
  let verifierId: string | null = null;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await findUserByEmail(db, account.email);
    const user = existing ?? await createUser(db, { email: account.email, name: account.name, role: account.role, password: DEMO_PASSWORD }, null);
    if (!existing && account.position) await updateProfile(db, user.id, { position: account.position });
    if (account.role === "officer") verifierId = user.id;
    if (account.organisation) await seedOrganisation(db, user.id, verifierId, account.organisation);
    log(`Demo account (local use only): ${account.email} / ${DEMO_PASSWORD} (${account.role})${existing ? ", already present" : ""}`);
  }
}
