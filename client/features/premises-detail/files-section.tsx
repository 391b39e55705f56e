import { thumbnailUrl } from "@shared/contracts/premises.ts";
import { PremisesFileList, type PremisesFileInfo } from "@shared/contracts/premises-register.ts";
import { useApiQuery } from "@client/lib/api/queries.ts";
import { lang, t } from "@client/lib/i18n/index.ts";

const TYPE_NAMES: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP" };

function fileSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 0.1
    ? `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(megabytes)} MB`
    : `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
}

function Gallery({ photos, address }: { photos: PremisesFileInfo[]; address: string }) {
  return (
    <section className="detail-section" aria-labelledby="photos-heading">
      <h2 id="photos-heading">{t("detail.photos.heading")}</h2>
      <ul className="detail-gallery">
        {photos.map((photo, index) => (
          <li key={photo.id} className="detail-gallery__item">
            {/* Small here, the full picture on its own; the link is named by the picture's description. */}
            <a href={photo.url} className="detail-gallery__link">
              <img
                src={thumbnailUrl(photo.id)} loading={index < 2 ? "eager" : "lazy"} decoding="async"
                alt={photo.alt || t("detail.photos.undescribed", { number: index + 1, address })}
              />
            </a>
            {photo.alt && <p className="detail-gallery__caption" aria-hidden="true">{photo.alt}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Plans({ plans }: { plans: PremisesFileInfo[] }) {
  return (
    <section className="detail-section" aria-labelledby="plans-heading">
      <h2 id="plans-heading">{t("detail.plans.heading")}</h2>
      <ul className="detail-plans">
        {plans.map((plan, index) => (
          <li key={plan.id}>
            <a href={plan.url} download={plan.originalName}>{plan.alt || t("detail.plans.untitled", { number: index + 1 })}</a>
            {" "}<span className="detail-plans__meta">({TYPE_NAMES[plan.mime] ?? plan.mime}, {fileSize(plan.size)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The officer's photos (a gallery, each with the description the officer wrote as its alt text) and floor plans (downloads). */
export function FilesSection({ premisesId, address, part }: { premisesId: string; address: string; part: "photos" | "plans" }) {
  const { data } = useApiQuery(`/api/premises/${encodeURIComponent(premisesId)}/files`, PremisesFileList);
  const files = data?.items.filter((f) => f.kind === (part === "photos" ? "photo" : "plan")) ?? [];
  if (files.length === 0) return null;
  return part === "photos" ? <Gallery photos={files} address={address} /> : <Plans plans={files} />;
}
