import { z } from "zod";
import { RateLine } from "./applications.ts";
import { DecimalString } from "./common.ts";

// The JSON text columns of the decision records: each is read through its schema (a row that does
// not match fails loudly, never a cast) and written from a value of its type.

/** Who and what, as at the decision: the beneficiary and the premises (Decision.parties). */
export const DecisionParties = z.object({
  organisation: z.object({ name: z.string(), nip: z.string(), address: z.string() }),
  premises: z.object({ address: z.string(), inventoryCode: z.string(), district: z.string(), area: DecimalString }),
});
export type DecisionParties = z.infer<typeof DecisionParties>;

/** The lines of a rate's derivation, in Polish, as printed (ApprovedTerms.derivation). */
export const Derivation = z.array(z.string());
export type Derivation = z.infer<typeof Derivation>;

/** Every rule of the policy that applied, with its rate (ApprovedTerms.alternatives). */
export const RateAlternatives = z.array(RateLine);
export type RateAlternatives = z.infer<typeof RateAlternatives>;

export interface JsonColumn<T> {
  read(text: string): T;
  write(value: T): string;
}

/** A JSON text column: parsed with its schema when read, checked against it when written. */
export function jsonColumn<S extends z.ZodType>(schema: S): JsonColumn<z.output<S>> {
  return {
    read: (text) => schema.parse(JSON.parse(text)),
    write: (value) => JSON.stringify(schema.parse(value)),
  };
}

export const partiesColumn = jsonColumn(DecisionParties);
export const derivationColumn = jsonColumn(Derivation);
export const alternativesColumn = jsonColumn(RateAlternatives);

/** Paragraphs of text as printed: the justification and the notice (Decision.justification, .notice). */
export const Paragraphs = z.array(z.string());
export const paragraphsColumn = jsonColumn(Paragraphs);
