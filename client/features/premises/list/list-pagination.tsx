import { t } from "@client/lib/i18n/index.ts";

interface ListPaginationProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

export function ListPagination({ page, pages, onPage }: ListPaginationProps) {
  if (pages <= 1) return null;
  return (
    <nav className="results-pagination" aria-label={t("list.pagination")}>
      <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        <span aria-hidden="true">← </span>{t("list.previous")}
      </button>
      <p className="results-pagination__position">{t("list.pageOf", { page, pages })}</p>
      <button type="button" className="button button--secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t("list.next")}<span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
