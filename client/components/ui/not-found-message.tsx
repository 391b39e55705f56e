import { Link } from "react-router";
import { t } from "@client/lib/i18n/index.ts";
import { PageHeading } from "./page-heading.tsx";

export function NotFoundMessage({ title, body }: { title: string; body: string }) {
  return (
    <div className="page page--narrow">
      <PageHeading title={title} />
      <p>{body}</p>
      <p><Link to="/">{t("notFound.back")}</Link></p>
    </div>
  );
}
