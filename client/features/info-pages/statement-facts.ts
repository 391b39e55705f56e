import axeCheck from "./axe-check.json";

/**
 * The dates of the accessibility statement. The axe check's date and pages are written by the browser
 * tests when run with RECORD_AXE_CHECK=1 and every page they open has no serious or critical
 * violation (tests/e2e/dashboard.test.ts); commit the file with the release. The statement's own dates
 * are the publisher's: change them with the statement.
 */
export const STATEMENT = {
  /** The site's first publication. */
  publishedOn: "2026-12-05",
  /** The last significant update of the site. */
  updatedOn: "2026-12-05",
  /** The statement was prepared (self-assessment) on. */
  preparedOn: "2026-12-05",
  axeCheck,
} as const;
