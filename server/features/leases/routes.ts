import { DepositSettlement, DepositSettlementCreate, Lease, LeaseAnnexCreate, LeaseCreate, LeaseFilter, LeaseId, LeaseListQuery, LeasePage, LeaseScheduleView, LeaseSign, LeaseTerminate } from "@shared/contracts/leases.ts";
import type { AppContext } from "@server/lib/context.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { addAnnex, createLease, leasesForExport, listForActor, readableLease, scheduleOf, settleLeaseDeposit, signLease, terminateLease } from "./service.ts";
import { toLease } from "./mapper.ts";
import { leasesCsv, leasesCsvName } from "./export.ts";

const notFound = { description: "No such lease (or not yours)" };
const conflict = { description: "The lease or the premises is not in a state that allows it; the problem says which" };
const unprocessable = { description: "A rule refuses it; the problem says which" };

export function leaseRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  const tags = ["leases"];

  api.route({
    method: "post", path: "/leases", tags, authorize: "lease:create",
    summary: "Create a draft lease from an approved application ({ applicationId }) or record an existing one",
    body: LeaseCreate,
    responses: { 201: { description: "The draft lease", schema: Lease }, 409: conflict, 422: unprocessable },
  }, async ({ body, actor }, _req, res) => {
    const lease = await createLease(ctx.db, ctx.clock, actor, body);
    res.status(201);
    return lease;
  });

  api.route({
    method: "get", path: "/leases", tags, authorize: "lease:list",
    summary: "Leases in the officers' queue order by default (signed leases ending within 90 days, then drafts waiting for signature, then the rest by newest number; `attention` says which), filtered by status, organisationId, district and endsWithinMonths (signed, ending within N months from today in Kraków): all for staff, an applicant's organisations' own only",
    query: LeaseListQuery,
    responses: { 200: { description: "A page of leases", schema: LeasePage } },
  }, ({ query, actor }) => listForActor(ctx.db, ctx.clock, actor, query));

  // Before /leases/{id}: this path would otherwise be read as an id.
  api.route({
    method: "get", path: "/leases/export.csv", tags, authorize: "lease:export",
    summary: "The filtered leases list in the queue order as a spreadsheet (semicolons, decimal commas, UTF-8 with BOM)",
    query: LeaseFilter,
    responses: { 200: { description: "CSV attachment", contentType: "text/csv" } },
  }, async ({ query, actor }, _req, res) => {
    const csv = leasesCsv(await leasesForExport(ctx.db, ctx.clock, actor, query));
    res.status(200).set({
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${leasesCsvName(ctx.clock.now())}"`,
      "Cache-Control": "no-store",
    }).end(csv);
  });

  api.route({
    method: "get", path: "/leases/{id}", tags, authorize: "lease:read",
    summary: "One lease",
    params: LeaseId,
    responses: { 200: { description: "The lease", schema: Lease }, 404: notFound },
  }, async ({ params, actor }) => toLease(await readableLease(ctx.db, actor, params.id)));

  api.route({
    method: "post", path: "/leases/{id}/sign", tags, authorize: "lease:sign",
    summary: "Sign a draft: the premises becomes leased in the same transaction",
    params: LeaseId,
    body: LeaseSign,
    responses: { 200: { description: "Signed", schema: Lease }, 404: notFound, 409: conflict },
  }, ({ params, body, actor }) => signLease(ctx.db, ctx.clock, actor, params.id, body.signedOn));

  api.route({
    method: "post", path: "/leases/{id}/terminate", tags, authorize: "lease:terminate",
    summary: "Terminate a signed lease on a date with a reason: the premises is available again, or under renovation",
    params: LeaseId,
    body: LeaseTerminate,
    responses: { 200: { description: "Terminated", schema: Lease }, 404: notFound, 409: conflict, 422: unprocessable },
  }, ({ params, body, actor }) => terminateLease(ctx.db, actor, params.id, body));

  api.route({
    method: "get", path: "/leases/{id}/schedule", tags, authorize: "lease:read",
    summary: "The payment schedule month by month, with totals as sums of the rows and the deposit",
    params: LeaseId,
    responses: { 200: { description: "The schedule", schema: LeaseScheduleView }, 404: notFound, 422: unprocessable },
  }, ({ params, actor }) => scheduleOf(ctx.db, ctx.clock, actor, params.id));

  api.route({
    method: "post", path: "/leases/{id}/annexes", tags, authorize: "lease:annex",
    summary: "Add an annex to a signed lease: rate, area, end date, permitted use or offset share from its effective date; earlier months never change",
    params: LeaseId,
    body: LeaseAnnexCreate,
    responses: { 201: { description: "The lease with the new annex", schema: Lease }, 404: notFound, 409: conflict, 422: unprocessable },
  }, async ({ params, body, actor }, _req, res) => {
    const lease = await addAnnex(ctx.db, actor, params.id, body);
    res.status(201);
    return lease;
  });

  api.route({
    method: "post", path: "/leases/{id}/deposit-settlement", tags, authorize: "lease:settle-deposit",
    summary: "Settle the deposit once the lease is over: deductions, each with a reason; the rest is returned",
    params: LeaseId,
    body: DepositSettlementCreate,
    responses: { 200: { description: "The settlement", schema: DepositSettlement }, 404: notFound, 409: conflict, 422: unprocessable },
  }, ({ params, body, actor }) => settleLeaseDeposit(ctx.db, ctx.clock, actor, params.id, body));

  return api;
}
