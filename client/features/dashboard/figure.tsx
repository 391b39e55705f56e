import type { ReactNode } from "react";
import { t } from "@client/lib/i18n/index.ts";
import { ChartCanvas, type Series } from "./chart-canvas.tsx";

export interface TableData {
  /** Column headings; the first column heads the row headers. */
  columns: string[];
  /** Each row: its header cell, then one cell per remaining column. */
  rows: [string, ...string[]][];
}

interface ChartFigureProps {
  id: string;
  title: string;
  note?: ReactNode;
  kind: "bar" | "line";
  labels: string[];
  series: Series[];
  table: TableData;
  format?: (value: number) => string;
  max?: number;
}

/** A chart with its title, what it shows, and the same figures as a table (always shown: the canvas is only a picture). */
export function ChartFigure({ id, title, note, kind, labels, series, table, format, max }: ChartFigureProps) {
  const headingId = `${id}-heading`;
  if (table.rows.length === 0) {
    return (
      <section className="dashboard-section" aria-labelledby={headingId} data-chart={id}>
        <h2 id={headingId}>{title}</h2>
        <p>{t("dashboard.noData")}</p>
      </section>
    );
  }
  return (
    <section className="dashboard-section" aria-labelledby={headingId} data-chart={id}>
      <h2 id={headingId}>{title}</h2>
      {note && <p className="dashboard-note">{note}</p>}
      <ChartCanvas kind={kind} labels={labels} series={series} format={format} max={max}
        description={t("dashboard.chartDescription", { title })} />
      <div className="dashboard-table-scroll">
        <table className="dashboard-table">
          <caption>{t("dashboard.tableCaption", { title })}</caption>
          <thead>
            <tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map(([header, ...cells]) => (
              <tr key={header}>
                <th scope="row">{header}</th>
                {cells.map((cell, i) => <td key={i}>{cell}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
