// Amounts are decimals as people wrote them (万元: `0.1`, `1200.5`, `0.012345`); adding them as binary
// floats drifts (0.1 + 0.2 = 0.30000000000000004), so a total is summed in whole units of the finest
// decimal place any of them has, and comes back as the decimal it is.

/** `123.45` → [12345n, 2]; `1e-7` → [1n, 7]: the number's shortest decimal, as digits and a scale. */
function decimalOf(n: number): [bigint, number] {
  const [mantissa, exponent = '0'] = String(n).toLowerCase().split('e');
  const [whole, fraction = ''] = mantissa!.split('.');
  let scale = fraction.length - Number(exponent);
  let digits = BigInt(`${whole}${fraction}`);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return [digits, scale];
}

/** The exact sum of decimal amounts (non-finite values are not amounts and are left out). */
export function sumAmounts(values: Iterable<number>): number {
  const parts: [bigint, number][] = [];
  for (const v of values) if (Number.isFinite(v)) parts.push(decimalOf(v));
  const scale = Math.max(0, ...parts.map(([, s]) => s));
  let total = 0n;
  for (const [digits, s] of parts) total += digits * 10n ** BigInt(scale - s);
  if (scale === 0) return Number(total);
  const negative = total < 0n;
  const text = (negative ? -total : total).toString().padStart(scale + 1, '0');
  return Number(`${negative ? '-' : ''}${text.slice(0, -scale)}.${text.slice(-scale)}`);
}
