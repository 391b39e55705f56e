import { hundredthsFromString } from "@shared/contracts/common.ts";
import { OrganisationDetail } from "@shared/contracts/organisations.ts";
import type { QuoteLine } from "@shared/contracts/rate-policy.ts";
import { eligibleCategories, type CategoryCode, type OrganisationProfile } from "@shared/domain/rate-policy.ts";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { useSession } from "@client/lib/session/session.tsx";

/**
 * For a signed-in applicant: the quote line its (first verified) organisation would get, by the
 * same rules the officer's review applies (shared/domain/rate-policy.ts).
 */
export function useBestCategory(lines: QuoteLine[] | undefined): { category: CategoryCode; organisation: string } | null {
  const { session } = useSession();
  const verified = session?.user?.role === "applicant" ? session.organisations.find((o) => o.status === "verified") : undefined;
  const { data } = useApiQuery(verified ? `/api/organisations/${verified.id}` : null, OrganisationDetail);
  if (!data || !lines) return null;
  const profile: OrganisationProfile = {
    legalForm: data.legalForm,
    socialEnterpriseStatus: data.socialEnterprise,
    publicBenefit: data.publicBenefit,
    reintegrationType: data.reintegrationType ? (data.reintegrationType.toUpperCase() as OrganisationProfile["reintegrationType"]) : null,
  };
  const eligible = eligibleCategories(profile);
  const best = lines
    .filter((l) => eligible.includes(l.category))
    .reduce<QuoteLine | null>((low, l) => (low === null || hundredthsFromString(l.rate)! < hundredthsFromString(low.rate)! ? l : low), null);
  return best ? { category: best.category, organisation: data.name } : null;
}
