import { Account, AccountCreate, AccountId, AccountList, AccountRoleChange, AccountsQuery } from "@shared/contracts/accounts.ts";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { accountList, changeRole, createAccount, deactivate, reactivate } from "./service.ts";

export function accountRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  const tags = ["accounts"];
  const authorize = "user:manage";

  api.route({
    method: "get", path: "/accounts", tags, authorize,
    summary: "The accounts, by e-mail: search by e-mail or name, filter by role and active; when each last signed in",
    query: AccountsQuery,
    responses: { 200: { description: "One page of accounts", schema: AccountList } },
  }, ({ query }) => accountList(ctx.db, query));

  api.route({
    method: "post", path: "/accounts", tags, authorize,
    summary: "Create an officer's or admin's account; its owner sets the password through an invitation link",
    body: AccountCreate,
    responses: { 201: { description: "Created", schema: Account }, 409: { description: "An account with this e-mail address exists" } },
  }, async ({ body, actor }, _req, res) => {
    const created = await createAccount(ctx, actor, body);
    res.status(201);
    return created;
  });

  api.route({
    method: "put", path: "/accounts/{id}/role", tags, authorize,
    summary: "Change a staff account's role (officer, admin); the last active admin keeps it (409)",
    params: AccountId,
    body: AccountRoleChange,
    responses: {
      200: { description: "Changed", schema: Account }, 404: { description: "No such account" },
      409: { description: "The last active admin, or an applicant's account" },
    },
  }, ({ params, body, actor }) => changeRole(ctx.db, actor, params.id, body.role));

  api.route({
    method: "post", path: "/accounts/{id}/deactivate", tags, authorize,
    summary: "Deactivate an account: all its sessions end at once and it cannot sign in; never the last active admin (409)",
    params: AccountId,
    responses: { 200: { description: "Deactivated", schema: Account }, 404: { description: "No such account" }, 409: { description: "The last active admin" } },
  }, ({ params, actor }) => deactivate(ctx.db, actor, params.id));

  api.route({
    method: "post", path: "/accounts/{id}/reactivate", tags, authorize,
    summary: "Reactivate an account: it can sign in again",
    params: AccountId,
    responses: { 200: { description: "Reactivated", schema: Account }, 404: { description: "No such account" } },
  }, ({ params, actor }) => reactivate(ctx.db, actor, params.id));

  return api;
}
