import { Decimal } from '../text/decimal';

// Amounts are decimals as people wrote them (万元: `0.1`, `1200.5`, `0.012345`); adding them as binary
// floats drifts (0.1 + 0.2 = 0.30000000000000004), so a total is added as exact decimals and comes back as
// the number it is.

/** The exact sum of amounts (non-negative, finite; anything else is not an amount and is left out). */
export function sumAmounts(values: Iterable<number>): number {
  let total = Decimal.ZERO;
  for (const v of values) if (Number.isFinite(v) && v >= 0) total = total.plus(Decimal.fromNumber(v));
  return Number(total.toString());
}
