import { LANG_COOKIE, LANG_COOKIE_MAX_AGE_SECONDS } from "@shared/i18n/page-language.ts";
import { lang, t } from "@client/lib/i18n/index.ts";

const other = lang === "pl" ? "en" : "pl";

/**
 * Polish ⇄ English. The choice is a cookie, so the server renders the next page with its <html lang>
 * (server/lib/page-language.ts) and the client starts in that language; the page is loaded again.
 */
export function LanguageSwitch() {
  const choose = () => {
    document.cookie = `${LANG_COOKIE}=${other}; Path=/; Max-Age=${LANG_COOKIE_MAX_AGE_SECONDS}; SameSite=Lax`;
    window.location.reload();
  };
  return (
    <button type="button" className="language-switch" lang={other} onClick={choose}>
      {t("app.languageSwitch")}
    </button>
  );
}
