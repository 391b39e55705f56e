// What other features use of the rate policy: the policy and the discount rate in force on a day.
export { discountRateInForce, NO_POLICY, policyInForce, today } from "./service.ts";
