import type { OpenDataCatalogue } from "@shared/contracts/statistics.ts";
import { t } from "@client/lib/i18n/index.ts";

/** The publisher's name, address and, when configured, e-mail and telephone. */
export function ContactBlock({ publisher }: { publisher: OpenDataCatalogue["publisher"] }) {
  return (
    <dl>
      <dt>{t("info.contact.name")}</dt><dd>{publisher.name}</dd>
      <dt>{t("info.contact.address")}</dt><dd>{publisher.address}</dd>
      {publisher.email && <><dt>{t("info.contact.email")}</dt><dd><a href={`mailto:${publisher.email}`}>{publisher.email}</a></dd></>}
      {publisher.phone && <><dt>{t("info.contact.phone")}</dt><dd><a href={`tel:${publisher.phone.replace(/\s+/g, "")}`}>{publisher.phone}</a></dd></>}
    </dl>
  );
}
