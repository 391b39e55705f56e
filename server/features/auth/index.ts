// The accounts: their routes for the app; creating and finding users for the organisations, the seed,
// the command line and the tests; the staff invitation and the check before an application is submitted.
export { createUser, findUserByEmail, insertUser } from "./users.ts";
export { authRoutes } from "./routes.ts";
// createStaffAccountWithInvitation(ctx, { email, name, role }, actor): an officer or admin account
// with the set-password invitation queued in the mail outbox (see account-links.ts).
export { createStaffAccountWithInvitation, issueAccountSetupLink } from "./account-links.ts";
export { requireConfirmedEmail } from "./lifecycle.ts";
