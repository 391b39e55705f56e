// The rate policy: its routes and seed for the app; for the quote and the decision, the policy and the
// discount rate in force on a day.
export { discountRateInForce, NO_POLICY, policyInForce } from "./service.ts";
export { ratePolicyRoutes } from "./routes.ts";
export { seedRatePolicy } from "./seed.ts";
