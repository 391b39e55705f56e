import { useCallback } from "react";
import { useNavigate, useSearchParams } from "react-router";

/** Commas and slashes are legal in a query string: "district=a,b&map=12/50.06/19.94" reads better when shared. */
const readable = (params: URLSearchParams) => params.toString().replace(/%2C/gi, ",").replace(/%2F/gi, "/");

/** The query string of the page, and a way to change it (pushing a history entry unless `replace`). */
export function useUrlParams(): [URLSearchParams, (next: URLSearchParams, options?: { replace?: boolean }) => void] {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const setParams = useCallback(
    (next: URLSearchParams, options?: { replace?: boolean }) => void navigate({ search: readable(next) }, options),
    [navigate],
  );
  return [params, setParams];
}
