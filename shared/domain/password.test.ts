import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password.ts";

// The client's quick check only; the server's estimate (tests/api/auth-passwords.test.ts) refuses more,
// such as the README's demo password.
describe("a new password", () => {
  it.each([
    "correct horse battery staple",
    "Zielony-Rower-Na-Plantach",
    "ó7ąćęłńśźż!X",
  ])("%s is accepted", (password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it.each([
    ["", "password.tooShort"],
    ["Kr4k0w!2026", "password.tooShort"],
    ["x".repeat(201), "password.tooLong"],
    ["password1234", "password.common"],
    ["Password2024!", "password.common"],
    ["Hasło1234567", "password.common"],
    ["krakow123456", "password.common"],
    ["qwertyuiop12", "password.common"],
    ["QWERTYUIOPAS", "password.common"],
    ["123456789012", "password.common"],
    ["1qaz2wsx3edc", "password.common"],
    ["zaq12wsxcde3", "password.common"],
    ["aaaaaaaaaaaa", "password.common"],
    ["abababababab", "password.common"],
    ["adminadmin12", "password.common"],
    ["2024-12-31-99", "password.common"],
  ])("%j is refused as %s", (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });
});
