// What other features, the command line and the seed use of the accounts.
export { createUser, findUserByEmail, insertUser } from "./users.ts";
