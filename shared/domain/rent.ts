import type Decimal from "decimal.js";
import { roundGrosz, toDecimal, type DecimalLike } from "./money.ts";

// DOMAIN.md "Computation conventions": every monthly amount is rounded on its own, and VAT is
// computed on the monthly net, never on a yearly sum.

export interface MonthlyRent {
  net: Decimal;
  vat: Decimal;
  gross: Decimal;
}

/** Monthly net rent = rate × area, rounded half-up to the grosz. */
export function netMonthly(rate: DecimalLike, area: DecimalLike): Decimal {
  return roundGrosz(toDecimal(rate).times(toDecimal(area)));
}

/** Net = rate × area, VAT = net × VAT rate (each rounded half-up to the grosz), gross = net + VAT. */
export function monthlyRent(input: { rate: DecimalLike; area: DecimalLike; vatRate: DecimalLike }): MonthlyRent {
  const net = netMonthly(input.rate, input.area);
  const vat = roundGrosz(net.times(toDecimal(input.vatRate)));
  return { net, vat, gross: net.plus(vat) };
}

/** The market (base) rent of the premises for one month, net: the reference for de minimis aid. */
export function baseMonthly(baseRate: DecimalLike, area: DecimalLike): Decimal {
  return netMonthly(baseRate, area);
}

/** Deposit (kaucja) = multiple × monthly gross rent at signing; commonly 3. */
export function deposit(grossMonthly: DecimalLike, multiple: DecimalLike): Decimal {
  return roundGrosz(toDecimal(grossMonthly).times(toDecimal(multiple)));
}
