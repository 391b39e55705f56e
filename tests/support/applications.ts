import { execFileSync } from "node:child_process";
import { toIsoDate } from "@shared/domain/dates.ts";
import { seedRatePolicy } from "@server/features/rate-policy/seed.ts";
import type { TestApp } from "./test-app.ts";

/** A day `days` from today in Kraków, as an ISO date (requested starts may not be in the past). */
export function daysFromToday(days: number): string {
  return toIsoDate(new Date(Date.now() + days * 86_400_000));
}

/** The example policy and discount rates, as a fresh install has them. */
export const seedPolicy = (t: TestApp) => seedRatePolicy(t.db);

/** The text of a PDF as pdftotext reads it, with every run of white space made one space. */
export function pdfText(pdf: Buffer): string {
  return execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf, encoding: "utf8" }).replace(/\s+/g, " ");
}

/** Supertest: collect a binary body as a Buffer. */
export function binary(res: unknown, done: (err: Error | null, body: unknown) => void): void {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  stream.on("end", () => done(null, Buffer.concat(chunks)));
}

