/**
 * One factory per entity: the smallest valid record, with overrides for what a test is about.
 * Identifiers (e-mails, inventory codes, NIP, REGON) come from counters: unique within a test process
 * and the same on every run, so a failing test replays exactly.
 */
import type { ApplicationForm } from "@shared/contracts/applications.ts";
import type { Role } from "@shared/contracts/auth.ts";
import type { OrganisationForm, OrganisationInput, OrganisationStatus } from "@shared/contracts/organisations.ts";
import { OrganisationInput as OrganisationSchema } from "@shared/contracts/organisations.ts";
import type { PremisesInput } from "@shared/contracts/premises.ts";
import { insertUser } from "@server/features/auth/index.ts";
import { toDb } from "@server/features/organisations/mapper.ts";
import { insertOrganisation } from "@server/features/organisations/repository.ts";
import { insertPremises } from "@server/features/premises/repository.ts";
import type { OrganisationStatus as DbOrganisationStatus } from "@server/generated/prisma/client.ts";
import { hashPassword } from "@server/lib/auth/passwords.ts";
import type { Db } from "@server/lib/db.ts";
import { daysFromToday } from "./applications.ts";
import type { Applicant, SignedIn } from "./auth.ts";

// ------------------------------------------------------------------------------------------ users

/** The password of every test account unless a test sets its own. */
export const TEST_PASSWORD = "Zielony-Rower-Na-Plantach";

let userSequence = 0;
let testHash: Promise<string> | undefined;
const next = () => String((userSequence += 1));

export interface TestUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** An account made directly in the database (hashing the shared test password once per file). */
export async function createUser(db: Db, overrides: Partial<Omit<TestUser, "id">> = {}): Promise<TestUser> {
  const password = overrides.password ?? TEST_PASSWORD;
  const passwordHash = password === TEST_PASSWORD ? await (testHash ??= hashPassword(TEST_PASSWORD)) : await hashPassword(password);
  const role = overrides.role ?? "applicant";
  const email = overrides.email ?? `${role}-${next()}@test.krakow.pl`;
  const name = overrides.name ?? `Test ${role}`;
  const user = await insertUser(db, { email, name, role, passwordHash });
  return { id: user.id, email: user.email, name, role, password };
}

function withCheckDigit(digits: number[], weights: number[], modulo10: boolean): number[] | null {
  const sum = weights.reduce((s, w, i) => s + w * digits[i]!, 0) % 11;
  if (sum === 10 && !modulo10) return null;
  return [...digits, sum % 10];
}

/**
 * Identifiers that pass their check digit, unique within a test process and the same on every run:
 * drawn from a counter, never from Math.random, so a failing test can be replayed exactly.
 */
let identifierSequence = 0;
const sequenceDigits = (n: number) => {
  identifierSequence += 1;
  // The first digit is never 0 (a NIP or REGON does not start with one); the rest count up.
  return [1 + (identifierSequence % 9), ...String(identifierSequence).padStart(n - 1, "0").slice(-(n - 1)).split("").map(Number)];
};

/** A NIP that passes the check digit, different on every call. */
export function uniqueNip(): string {
  for (;;) {
    const nip = withCheckDigit(sequenceDigits(9), [6, 5, 7, 2, 3, 4, 5, 6, 7], false);
    if (nip) return nip.join("");
  }
}

export function uniqueRegon(): string {
  return withCheckDigit(sequenceDigits(8), [8, 9, 2, 3, 4, 5, 6, 7], true)!.join("");
}

/** An organisation as a form sends it: a foundation in Kraków with a fresh NIP. */
export function organisationBody(overrides: Partial<OrganisationForm> = {}): OrganisationForm {
  return {
    name: `Fundacja Testowa ${next()}`,
    legalForm: "foundation",
    krs: "0000407870",
    nip: uniqueNip(),
    regon: uniqueRegon(),
    street: "ul. Św. Jacka 30/1",
    postalCode: "30-364",
    city: "Kraków",
    email: "biuro@fundacja.test.pl",
    phone: "12 345 67 89",
    socialEnterprise: false,
    socialEnterpriseSince: null,
    publicBenefit: false,
    reintegrationType: null,
    economicActivity: false,
    declaredAid: [],
    ...overrides,
  };
}

/** An organisation made directly in the database, represented by `member`. */
export async function createOrganisation(
  db: Db, member: Pick<TestUser, "id">, overrides: Partial<OrganisationForm> = {}, status: OrganisationStatus = "pending-verification",
): Promise<OrganisationInput & { id: string }> {
  const input = OrganisationSchema.parse(organisationBody(overrides));
  const id = await db.$transaction((tx) => insertOrganisation(tx, input, toDb<DbOrganisationStatus>(status), member.id));
  if (status === "verified") await db.organisation.update({ where: { id }, data: { verifiedAt: new Date(), verifiedNip: input.nip } });
  return { id, ...input };
}

// ------------------------------------------------------------------------------------------ premises

let sequence = 0;

type Overrides = Partial<Omit<PremisesInput, "utilities" | "accessibility">> & {
  utilities?: Partial<PremisesInput["utilities"]>;
  accessibility?: Partial<PremisesInput["accessibility"]>;
};

/** A plausible premises in Stare Miasto; override what the test is about. */
export function premisesInput(overrides: Overrides = {}): PremisesInput {
  sequence += 1;
  const { utilities, accessibility, ...rest } = overrides;
  return {
    inventoryCode: `TEST/${String(sequence).padStart(5, "0")}`,
    street: "ul. Floriańska",
    buildingNo: String(sequence),
    unitNo: null,
    postalCode: "31-019",
    district: "stare-miasto",
    lat: 50.0637,
    lng: 19.9399,
    usableArea: "50.00",
    floor: 0,
    rooms: 2,
    separateEntrance: true,
    shopWindow: false,
    allowedUses: ["services", "office"],
    condition: "fair",
    lastInspection: "2025-05-10",
    worksNeeded: null,
    worksCost: null,
    heritage: false,
    baseRent: "30.00",
    status: "available",
    socialPool: false,
    availableFrom: null,
    description: "Lokal testowy.",
    ...rest,
    utilities: { electricity: true, water: true, sewage: true, gas: false, heating: "district", toilet: "in-unit", ...utilities },
    accessibility: {
      stepFreeEntrance: false, ramp: false, lift: false, doorWidthCm: 80, levelFloor: false,
      accessibleToilet: false, disabledParking: false, contrastMarkings: false, inductionLoop: false,
      ...accessibility,
    },
  };
}

export async function createPremises(db: Db, ...list: Overrides[]): Promise<PremisesInput[]> {
  const records = list.map(premisesInput);
  await insertPremises(db, records);
  return records;
}

/** A premises of 50.00 m² at a base rate of 30.00 zł/m², available, for services and offices. */
export async function createPremisesId(db: Db, overrides: Parameters<typeof createPremises>[1] = {}): Promise<string> {
  const [input] = await createPremises(db, { baseRent: "30.00", usableArea: "50.00", condition: "fair", ...overrides });
  const row = await db.premises.findUniqueOrThrow({ where: { inventoryCode: input!.inventoryCode }, select: { id: true } });
  return row.id;
}

// ------------------------------------------------------------------------------------------ applications

export function applicationBody(organisationId: string, premisesId: string, overrides: Partial<ApplicationForm> = {}): ApplicationForm {
  return {
    organisationId,
    premisesId,
    intendedUse: "services",
    activity: "Pracownia krawiecka zatrudniająca osoby po kryzysie bezdomności.",
    socialPurpose: "Reintegracja zawodowa osób zagrożonych wykluczeniem społecznym.",
    employees: 8,
    employeesAtRisk: 5,
    requestedStart: daysFromToday(30),
    requestedMonths: 12,
    tenantWillRenovate: false,
    fitOut: [{ description: "Wymiana instalacji elektrycznej", cost: "12000.00" }],
    accessibilityNeeds: "Podjazd dla wózka przy wejściu.",
    ...overrides,
  };
}

/** A draft created and submitted through the API; returns its id. */
export async function submittedApplication(applicant: Applicant, premisesId: string, overrides: Partial<ApplicationForm> = {}): Promise<string> {
  const created = await applicant.session.call("post", "/api/applications").send(applicationBody(applicant.organisationId, premisesId, overrides));
  if (created.status !== 201) throw new Error(`draft failed: ${created.status} ${created.text}`);
  const submitted = await applicant.session.call("post", `/api/applications/${created.body.id}/submit`);
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${submitted.text}`);
  return created.body.id as string;
}

/** An application of the organisation, brought through the API to the state asked for; returns its id. */
export async function applicationIn(
  db: Db, state: "draft" | "submitted" | "approved", applicant: SignedIn, officer: SignedIn, organisationId: string,
): Promise<string> {
  const premisesId = await createPremisesId(db);
  const draft = await applicant.call("post", "/api/applications").send(applicationBody(organisationId, premisesId));
  if (draft.status !== 201) throw new Error(`draft failed: ${draft.status} ${draft.text}`);
  const id = draft.body.id as string;
  if (state === "draft") return id;
  await applicant.call("post", `/api/applications/${id}/submit`).expect(200);
  if (state === "submitted") return id;
  await officer.call("post", `/api/applications/${id}/approve`).send({ startDate: daysFromToday(30), months: 12, eurRate: "4.2500" }).expect(200);
  return id;
}

// ------------------------------------------------------------------------------------------ investments

/** A ramp and a wider door (accessibility works) proposed under a lease running through the first half of 2025. */
export function investmentProposal(overrides: Record<string, unknown> = {}) {
  return {
    title: "Podjazd i szersze drzwi", category: "accessibility", scope: "Podjazd o nachyleniu 6% przy wejściu i poszerzenie drzwi do 90 cm.",
    plannedStart: "2025-02-01", plannedEnd: "2025-03-01",
    estimate: [{ description: "Podjazd betonowy z poręczami", amount: "1800.00" }, { description: "Poszerzenie otworu drzwiowego", amount: "700.00" }],
    addsFeatures: ["ramp", "wideDoor"],
    ...overrides,
  };
}

/** An invoice of 2 100.00 zł net from a seller with a valid NIP (DOMAIN.md's example). */
export const investmentInvoice = { number: "FV/12/2025", date: "2025-03-01", seller: "Budrem sp. z o.o.", nip: "675-14-71-246", net: "2100.00" };

/**
 * An investment under a signed lease, brought through the API to the state asked for by the tenant
 * and the officer (completed 01.03.2025, accepted 10.03.2025: the lease must run then); returns its id.
 */
export async function investmentIn(
  state: "proposed" | "consented" | "completed" | "accepted", leaseId: string, tenant: SignedIn, officer: SignedIn,
): Promise<string> {
  const proposed = await tenant.call("post", `/api/leases/${leaseId}/investments`).send(investmentProposal());
  if (proposed.status !== 201) throw new Error(`proposal failed: ${proposed.status} ${proposed.text}`);
  const id = proposed.body.id as string;
  if (state === "proposed") return id;
  await officer.call("post", `/api/investments/${id}/consent`).send({ approvedAmount: "2000.00" }).expect(200);
  if (state === "consented") return id;
  await tenant.call("post", `/api/investments/${id}/complete`).send({ completedOn: "2025-03-01", actualCost: "2100.00", invoices: [investmentInvoice] }).expect(200);
  if (state === "completed") return id;
  await officer.call("post", `/api/investments/${id}/accept`).send({ acceptedOn: "2025-03-10" }).expect(200);
  return id;
}
