import { hundredthsFromString, hundredthsToString } from "@shared/contracts/common.ts";
import type { PolicyPreview } from "@shared/contracts/policy-preview.ts";
import { t } from "@client/lib/i18n/index.ts";

/** The difference in grosze per m² (rates come as "8.00": exact in hundredths, no floats). */
function change(current: string | null, proposed: string | null): { text: string; className?: string } {
  if (current === null || proposed === null) return { text: "—" };
  const diff = (hundredthsFromString(proposed) ?? 0) - (hundredthsFromString(current) ?? 0);
  if (diff === 0) return { text: t("admin.preview.same") };
  return { text: `${diff > 0 ? "+" : "−"}${hundredthsToString(Math.abs(diff))}`, className: diff > 0 ? "admin-change-up" : "admin-change-down" };
}

/** Today's and the draft's rate per category, for each premises of the sample. */
export function PreviewTable({ preview }: { preview: PolicyPreview }) {
  return (
    <section aria-labelledby="policy-preview-heading">
      <h3 id="policy-preview-heading">{t("admin.preview.heading")}</h3>
      <p>{preview.current ? t("admin.preview.against", { name: preview.current.name }) : t("admin.preview.noCurrent")}</p>
      {preview.premises.length === 0 ? <p>{t("admin.preview.noPremises")}</p> : (
        <div className="admin-scroll">
          <table className="admin-table">
            <caption className="visually-hidden">{t("admin.preview.heading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.preview.premises")}</th>
                <th scope="col">{t("admin.preview.category")}</th>
                <th scope="col" className="num">{t("admin.preview.today")}</th>
                <th scope="col" className="num">{t("admin.preview.proposed")}</th>
                <th scope="col" className="num">{t("admin.preview.change")}</th>
              </tr>
            </thead>
            {preview.premises.map((p) => (
              <tbody key={p.id}>
                {p.lines.map((line, i) => {
                  const delta = change(line.current, line.proposed);
                  return (
                    <tr key={line.category}>
                      {i === 0 && (
                        <th scope="rowgroup" rowSpan={p.lines.length}>
                          {p.address}<br /><small>{t("admin.preview.premisesFacts", { code: p.inventoryCode, area: p.area, rate: p.baseRate })}</small>
                        </th>
                      )}
                      <td>{line.label}</td>
                      <td className="num">{line.current ?? t("admin.preview.none")}</td>
                      <td className="num">{line.proposed ?? t("admin.preview.none")}</td>
                      <td className={["num", delta.className ?? ""].join(" ").trim()}>{delta.text}</td>
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
