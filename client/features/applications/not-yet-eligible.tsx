import { Link } from "react-router";
import { t } from "@client/lib/i18n/index.ts";

type Organisations = { id: string; name: string; status: string }[];

/**
 * Why the applicant cannot apply yet, instead of a dead end: where each of their organisations stands,
 * what the officer checks before verifying it, and what to do meanwhile.
 */
export function NotYetEligible({ organisations }: { organisations: Organisations }) {
  const returned = organisations.some((o) => o.status === "returned");
  const next = organisations.length === 0 ? "register" : returned ? "returned" : "pending";
  return (
    <div className="notice not-yet-eligible" role="status">
      <p className="notice__title">{t("applications.eligibility.title")}</p>
      {organisations.length > 0 && (
        <ul>
          {organisations.map((o) => (
            <li key={o.id}>
              <strong>{o.name}</strong>: {t(`applications.eligibility.status.${o.status === "returned" ? "returned" : "pending"}`)}
            </li>
          ))}
        </ul>
      )}
      <h2 className="not-yet-eligible__heading">{t("applications.eligibility.checksHeading")}</h2>
      <p>{t("applications.eligibility.checks")}</p>
      <h2 className="not-yet-eligible__heading">{t("applications.eligibility.nextHeading")}</h2>
      <p>{t(`applications.eligibility.next.${next}`)}</p>
      <p>
        <Link className="button" to="/my-organisation">
          {next === "register" ? t("applications.eligibility.register") : t("applications.form.goToOrganisation")}
        </Link>
      </p>
    </div>
  );
}
