import { Profile, ProfileUpdate } from "@shared/contracts/profile.ts";
import { recordAudit } from "@server/lib/audit.ts";
import type { AppContext } from "@server/lib/context.ts";
import { AppError } from "@server/lib/errors.ts";
import { ApiRouter } from "@server/lib/route.ts";
import { findProfile, updateProfile } from "./repository.ts";

// "Mój profil": a signed-in user reads and changes their own name and position. Decisions keep the
// name and position they were signed with; a change applies to the decisions made after it.

const gone = () => AppError.notFound("Nie ma takiego konta.");

export function profileRoutes(ctx: AppContext): ApiRouter {
  const api = new ApiRouter();
  const tags = ["profile"];

  api.route({
    method: "get", path: "/me/profile", tags, authorize: "account:manage-own",
    summary: "The signed-in user's profile: e-mail, role, full name and position (printed on the decisions they sign)",
    responses: { 200: { description: "The profile", schema: Profile } },
  }, async ({ actor }, _req, res) => {
    res.set("Cache-Control", "no-store");
    const profile = await findProfile(ctx.db, actor.userId);
    if (!profile) throw gone();
    return profile;
  });

  api.route({
    method: "patch", path: "/me/profile", tags, authorize: "account:manage-own",
    summary: "Change the signed-in user's full name or position; recorded in the audit trail",
    body: ProfileUpdate,
    responses: { 200: { description: "The changed profile", schema: Profile } },
  }, ({ actor, body }) => ctx.db.$transaction(async (tx) => {
    const before = await findProfile(tx, actor.userId);
    if (!before) throw gone();
    const after = await updateProfile(tx, actor.userId, { name: body.name, position: body.position });
    await recordAudit(tx, {
      actor, entity: "user", entityId: actor.userId, action: "update-profile",
      before: { name: before.name, position: before.position }, after: { name: after.name, position: after.position },
    });
    return after;
  }));

  return api;
}
