import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { type Account, AccountCreate, AccountList } from "@shared/contracts/accounts.ts";
import type { Role } from "@shared/contracts/session.ts";
import { ErrorState } from "@client/components/ui/error-state.tsx";
import { FormErrorSummary } from "@client/components/ui/form-error-summary.tsx";
import { LoadingState } from "@client/components/ui/loading-state.tsx";
import { PageHeading } from "@client/components/ui/page-heading.tsx";
import { SelectField } from "@client/components/ui/select-field.tsx";
import { TextField } from "@client/components/ui/text-field.tsx";
import { RequireSession } from "@client/components/session/require-session.tsx";
import { ApiError } from "@client/lib/api/api-error.ts";
import { useApiMutation, useApiQuery } from "@client/lib/api/queries.ts";
import { errorText } from "@client/lib/forms/field-errors.ts";
import { fieldId, useFormFeedback } from "@client/lib/forms/use-form-feedback.ts";
import { t, type MessageKey } from "@client/lib/i18n/index.ts";
import { ACCOUNTS_URL, changeRole, createAccount, setActive } from "./requests.ts";
import "./admin.css";

/** "/admin/accounts": search the accounts, create staff accounts, change a role, deactivate and reactivate. */
export function AccountsPage() {
  return (
    <RequireSession roles={["admin"]} otherRole={t("admin.adminOnly")}>
      {(session) => (
        <div className="page page--wide">
          <PageHeading title={t("admin.accounts.title")} />
          <AccountsView ownId={session.user.id} />
          <CreateAccount />
        </div>
      )}
    </RequireSession>
  );
}

const roleLabel = (role: Role) => t(`account.role.${role}` as MessageKey);
const dateTime = new Intl.DateTimeFormat(document.documentElement.lang.startsWith("en") ? "en-GB" : "pl-PL", {
  dateStyle: "short", timeStyle: "short", timeZone: "Europe/Warsaw",
});

interface Filter { q: string; role: string; active: string; page: number }

function accountsUrl({ q, role, active, page }: Filter): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set("q", q.trim());
  if (role) params.set("role", role);
  if (active) params.set("active", active);
  params.set("page", String(page));
  return `${ACCOUNTS_URL}?${params.toString()}`;
}

function AccountsView({ ownId }: { ownId: string }) {
  const [draft, setDraft] = useState<Filter>({ q: "", role: "", active: "", page: 1 });
  const [filter, setFilter] = useState<Filter>(draft);
  const { data, error, refetch } = useApiQuery(accountsUrl(filter), AccountList);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const role = useApiMutation(changeRole, [ACCOUNTS_URL]);
  const active = useApiMutation(setActive, [ACCOUNTS_URL]);
  const run = async (action: () => Promise<Account>, done: (a: Account) => string) => {
    setMessage(null);
    try {
      setMessage({ text: done(await action()), error: false });
    } catch (failure) {
      setMessage({ text: failure instanceof ApiError ? failure.userMessage : t("errors.unexpected"), error: true });
    }
  };
  return (
    <section className="admin-section" aria-labelledby="accounts-list-heading">
      <h2 id="accounts-list-heading">{t("admin.accounts.list")}</h2>
      <form className="admin-form" role="search" aria-label={t("admin.accounts.search")} onSubmit={(e) => { e.preventDefault(); setFilter({ ...draft, page: 1 }); }}>
        <div className="admin-grid">
          <TextField id="accounts-q" label={t("admin.accounts.q")} type="search" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
          <SelectField id="accounts-role" label={t("admin.accounts.role")} value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value })}
            options={[{ value: "", label: t("admin.accounts.any") }, ...(["applicant", "officer", "admin"] as const).map((r) => ({ value: r, label: roleLabel(r) }))]} />
          <SelectField id="accounts-active" label={t("admin.accounts.state")} value={draft.active} onChange={(e) => setDraft({ ...draft, active: e.target.value })}
            options={[{ value: "", label: t("admin.accounts.any") }, { value: "true", label: t("admin.accounts.active") }, { value: "false", label: t("admin.accounts.inactive") }]} />
        </div>
        <button type="submit" className="button">{t("admin.accounts.searchButton")}</button>
      </form>
      {message && (message.error
        ? <div className="notice notice--error" role="alert"><p>{message.text}</p></div>
        : <p role="status" className="admin-notice">{message.text}</p>)}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!data && !error && <LoadingState />}
      {data && (
        <>
          <p>{t("admin.accounts.found", { count: data.page.total })}</p>
          <div className="admin-scroll">
            <table className="admin-table">
              <caption className="visually-hidden">{t("admin.accounts.list")}</caption>
              <thead><tr>
                <th scope="col">{t("admin.accounts.name")}</th>
                <th scope="col">{t("admin.accounts.email")}</th>
                <th scope="col">{t("admin.accounts.role")}</th>
                <th scope="col">{t("admin.accounts.state")}</th>
                <th scope="col">{t("admin.accounts.lastSignIn")}</th>
                <th scope="col">{t("admin.accounts.actions")}</th>
              </tr></thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.name}{a.id === ownId && <span className="admin-tag">{t("admin.accounts.you")}</span>}</th>
                    <td>{a.email}</td>
                    <td>{roleLabel(a.role)}</td>
                    <td>{t(a.active ? "admin.accounts.active" : "admin.accounts.inactive")}</td>
                    <td>{a.lastSignInAt ? dateTime.format(new Date(a.lastSignInAt)) : t("admin.accounts.never")}</td>
                    <td>
                      <div className="admin-row-actions">
                        {a.role !== "applicant" && (
                          <button type="button" className="button button--secondary"
                            onClick={() => void run(() => role.mutateAsync({ id: a.id, role: (a.role === "admin" ? "officer" : "admin") }),
                              (changed) => t("admin.accounts.roleChanged", { email: changed.email, role: roleLabel(changed.role) }))}>
                            {t(a.role === "admin" ? "admin.accounts.makeOfficer" : "admin.accounts.makeAdmin", { name: a.name })}
                          </button>
                        )}
                        <button type="button" className="button button--secondary"
                          onClick={() => void run(() => active.mutateAsync({ id: a.id, active: !a.active }),
                            (changed) => t(changed.active ? "admin.accounts.reactivated" : "admin.accounts.deactivated", { email: changed.email }))}>
                          {t(a.active ? "admin.accounts.deactivate" : "admin.accounts.reactivate", { name: a.name })}
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.page.pages > 1 && (
            <nav className="admin-buttons" aria-label={t("admin.accounts.pages")}>
              <button type="button" className="button button--secondary" disabled={filter.page <= 1} onClick={() => setFilter({ ...filter, page: filter.page - 1 })}>{t("admin.accounts.previous")}</button>
              <span>{t("admin.accounts.pageOf", { page: data.page.page, pages: data.page.pages })}</span>
              <button type="button" className="button button--secondary" disabled={filter.page >= data.page.pages} onClick={() => setFilter({ ...filter, page: filter.page + 1 })}>{t("admin.accounts.next")}</button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}

const CREATE_LABELS: Record<string, MessageKey> = { email: "admin.accounts.email", name: "admin.accounts.name", role: "admin.accounts.role" };

function CreateAccount() {
  const form = useForm<AccountCreate>({ resolver: zodResolver(AccountCreate), defaultValues: { email: "", name: "", role: "officer" } });
  const feedback = useFormFeedback(form, "account", (path) => (CREATE_LABELS[path] ? t(CREATE_LABELS[path]) : path));
  const create = useApiMutation(createAccount, [ACCOUNTS_URL]);
  const [notice, setNotice] = useState<string | null>(null);
  const submit = form.handleSubmit(async (body) => {
    feedback.clear();
    setNotice(null);
    try {
      const created = await create.mutateAsync(body);
      setNotice(t("admin.accounts.created", { email: created.email }));
      form.reset();
    } catch (failure) {
      feedback.onFailure(failure);
    }
  }, feedback.onInvalid);
  const { errors, isSubmitting } = form.formState;
  return (
    <section className="admin-section" aria-labelledby="account-create-heading">
      <h2 id="account-create-heading">{t("admin.accounts.create")}</h2>
      <p>{t("admin.accounts.createIntro")}</p>
      <p role="status" className="admin-notice">{notice}</p>
      <form className="admin-form" noValidate onSubmit={submit} aria-labelledby="account-create-heading">
        <FormErrorSummary title={t("admin.accounts.failed")} items={feedback.items} message={feedback.message} attempt={feedback.attempt} />
        <div className="admin-grid">
          <TextField id={fieldId("account", "email")} label={t("admin.accounts.email")} type="email" autoComplete="off" error={errorText(errors.email)} {...form.register("email")} />
          <TextField id={fieldId("account", "name")} label={t("admin.accounts.name")} autoComplete="off" error={errorText(errors.name)} {...form.register("name")} />
          <SelectField id={fieldId("account", "role")} label={t("admin.accounts.role")} error={errorText(errors.role)}
            options={[{ value: "officer", label: roleLabel("officer") }, { value: "admin", label: roleLabel("admin") }]} {...form.register("role")} />
        </div>
        <button type="submit" className="button" disabled={isSubmitting}>{t("admin.accounts.createButton")}</button>
      </form>
    </section>
  );
}
