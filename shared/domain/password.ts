// What a new password must be: long (NIST SP 800-63B: length matters, composition rules do not) and
// not one of the passwords people pick first. This is the quick check the client runs as one types;
// the server then estimates how guessable the password is with zxcvbn and its Polish and English
// dictionaries (server/lib/auth/password-strength.ts), which is too large for the client's bundle.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = "password.tooShort" | "password.tooLong" | "password.common";

const COMMON_WORDS = new Set([
  "password", "passwort", "haslo", "haslomaslo", "qwerty", "qwertyuiop", "asdfgh", "asdfghjkl", "zxcvbnm",
  "admin", "administrator", "welcome", "witaj", "letmein", "iloveyou", "kocham", "kochamcie", "monkey",
  "dragon", "football", "baseball", "superman", "batman", "sunshine", "princess", "master", "shadow",
  "polska", "krakow", "warszawa", "zaq", "wsx", "zaqwsx", "qazwsx", "qwe", "qweasd", "abc", "abcdef",
  "abcdefgh", "test", "tester", "demo", "user", "uzytkownik", "login", "secret", "changeme", "zmienmnie",
  "fundacja", "stowarzyszenie", "spoldzielnia", "urzad", "urzednik", "lokal", "lokale",
]);

const WALKS = [
  "01234567890123456789", "98765432109876543210",
  "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn", "zaq12wsxcde34rfvbgt56yhn",
  "1q2w3e4r5t6y7u8i9o0p", "q1w2e3r4t5y6u7i8o9p0",
];

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "password.tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "password.tooLong";
  const lower = password.toLowerCase();
  // Too few different characters: "aaaaaaaaaaaa", "abababababab", "112233112233".
  if (new Set(lower).size < 5) return "password.common";
  if (WALKS.some((walk) => walk.includes(lower) || walk.includes(lower.replace(/[^a-z0-9]/g, "")))) return "password.common";
  // A common word with digits and symbols around it: "Password2024!", "krakow123456".
  const letters = lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/[^a-z]/g, "");
  if (letters === "" || COMMON_WORDS.has(letters)) return "password.common";
  const doubled = letters.length % 2 === 0 && letters.slice(0, letters.length / 2) === letters.slice(letters.length / 2);
  if (doubled && COMMON_WORDS.has(letters.slice(0, letters.length / 2))) return "password.common";
  return null;
}
