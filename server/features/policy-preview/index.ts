// The rate policy preview (a draft version's effect on a sample of premises): its route for the app.
// A feature of its own because it reads both the premises and the rate policy, and the premises' quote
// already depends on the rate policy.
export { policyPreviewRoutes } from "./routes.ts";
