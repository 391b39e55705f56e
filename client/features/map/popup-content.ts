import { formatArea } from "@shared/domain/decimal-text.ts";
import { PremisesPhotoList, thumbnailUrl, type PremisesFeatureProperties } from "@shared/contracts/premises.ts";
import { request } from "@client/lib/api/request.ts";
import { t } from "@client/lib/i18n/index.ts";
import { rentLabel } from "@client/lib/premises-format.ts";

/** The popup of a marker, built as DOM so addresses never pass through innerHTML. */
export function popupContent(p: PremisesFeatureProperties, onOpen: (id: string) => void): HTMLElement {
  const root = document.createElement("div");
  root.className = "map-popup";
  const title = document.createElement("p");
  title.className = "map-popup__address";
  title.textContent = p.address;
  const facts = document.createElement("dl");
  facts.className = "map-popup__facts";
  for (const [term, value] of [
    [t("premises.area"), formatArea(p.area)],
    [t("premises.rent"), rentLabel(p.rent)],
    [t("premises.level"), t(`level.${p.level}`)],
  ] as const) {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value;
    facts.append(dt, dd);
  }
  const link = document.createElement("a");
  link.href = `/premises/${encodeURIComponent(p.id)}`;
  link.className = "map-popup__link";
  link.textContent = t("map.details");
  link.addEventListener("click", (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(p.id);
  });
  root.append(title, facts, link);
  return root;
}

/**
 * Puts the premises' first photo, small, at the top of its popup once the API has named it; `resized`
 * lets the popup lay itself out (and pan) again when the picture has arrived. No photo, or no answer:
 * the popup stays as it is.
 */
export async function addFirstPhoto(root: HTMLElement, premisesId: string, resized: () => void): Promise<void> {
  const files = await request(`/api/premises/${encodeURIComponent(premisesId)}/files`, { schema: PremisesPhotoList }).catch(() => null);
  const photo = files?.items.find((f) => f.kind === "photo");
  if (!photo) return;
  const image = document.createElement("img");
  image.className = "map-popup__photo";
  image.alt = photo.alt;
  image.width = 240;
  image.height = 120;
  image.decoding = "async";
  image.addEventListener("load", resized, { once: true });
  image.src = thumbnailUrl(photo.id);
  root.prepend(image);
}
