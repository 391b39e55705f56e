import type { Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  OrganisationInput, type LegalForm, type OrganisationDetail, type ReintegrationType,
} from "@shared/contracts/organisations.ts";
import { lang } from "@client/lib/i18n/index.ts";

/** What the organisation form holds: text as typed, sent to the API as is (the server parses it too). */
export interface OrganisationValues {
  name: string;
  legalForm: LegalForm;
  krs: string;
  nip: string;
  regon: string;
  street: string;
  postalCode: string;
  city: string;
  email: string;
  phone: string;
  socialEnterprise: boolean;
  socialEnterpriseSince: string;
  publicBenefit: boolean;
  reintegrationType: "" | ReintegrationType;
  economicActivity: boolean;
  declaredAid: { grantor: string; grantedOn: string; amountEur: string }[];
}

export const EMPTY_ORGANISATION: OrganisationValues = {
  name: "", legalForm: "foundation", krs: "", nip: "", regon: "", street: "", postalCode: "", city: "Kraków",
  email: "", phone: "", socialEnterprise: false, socialEnterpriseSince: "", publicBenefit: false,
  reintegrationType: "", economicActivity: false, declaredAid: [],
};

export function valuesOf(o: OrganisationDetail): OrganisationValues {
  return {
    name: o.name, legalForm: o.legalForm, krs: o.krs ?? "", nip: o.nip, regon: o.regon, street: o.street,
    postalCode: o.postalCode, city: o.city, email: o.email, phone: o.phone ?? "",
    socialEnterprise: o.socialEnterprise, socialEnterpriseSince: o.socialEnterpriseSince ?? "",
    publicBenefit: o.publicBenefit, reintegrationType: o.reintegrationType ?? "", economicActivity: o.economicActivity,
    // The officer typed "4200,00": the box shows the amount as Polish writes it, not the API's "4200.00".
    declaredAid: o.declaredAid.map((a) => ({ ...a, amountEur: lang === "pl" ? a.amountEur.replace(".", ",") : a.amountEur })),
  };
}

/** The same schema as the server's; the form keeps the typed text, the resolver checks it. */
export const organisationResolver = zodResolver(OrganisationInput) as unknown as Resolver<OrganisationValues, unknown, OrganisationInput>;
