import { useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";
import { t } from "@client/lib/i18n/index.ts";

/**
 * The page's h1 and the document title. After an in-app navigation the heading takes the focus, so
 * screen-reader and keyboard users start on the new page (a full page load starts there anyway).
 */
export function PageHeading({ title }: { title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  const [arrivedByNavigation] = useState(key !== "default");
  useEffect(() => {
    if (arrivedByNavigation) ref.current?.focus();
  }, [arrivedByNavigation]);
  useEffect(() => {
    document.title = `${title} — ${t("app.name")}`;
  }, [title]);
  return <h1 ref={ref} tabIndex={-1}>{title}</h1>;
}
