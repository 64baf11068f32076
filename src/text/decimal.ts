// An exact decimal number (`units` × 10^-`scale`), for amounts: 0.1亿 is 1000 万元 and 123.45元 is
// 0.012345 万元 exactly, where binary floating point would drift (0.1 × 10000 = 1000.0000000000001).
// Only what the amount reader needs: read, add, multiply by a whole number, move the decimal point.

export class Decimal {
  private constructor(
    readonly units: bigint,
    readonly scale: number,
  ) {}

  static readonly ZERO = new Decimal(0n, 0);

  /** `1200.5`, `30` (digits and at most one point; no sign, no separators). */
  static parse(text: string): Decimal {
    const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
    if (!m) throw new RangeError(`not a decimal: ${text}`);
    return new Decimal(BigInt(`${m[1]}${m[2] ?? ''}`), m[2]?.length ?? 0);
  }

  static of(n: number): Decimal {
    return new Decimal(BigInt(n), 0);
  }

  /**
   * A stored amount back as the decimal it was written as: a JSON number's shortest form (`String(n)`),
   * exponent included (`1e-7`). Not for negative or non-finite numbers.
   */
  static fromNumber(n: number): Decimal {
    const [mantissa, exponent = '0'] = String(n).toLowerCase().split('e');
    const { units, scale } = Decimal.parse(mantissa!);
    return new Decimal(units, scale).shift(Number(exponent));
  }

  plus(other: Decimal): Decimal {
    const scale = Math.max(this.scale, other.scale);
    return new Decimal(this.at(scale) + other.at(scale), scale);
  }

  times(n: number): Decimal {
    return new Decimal(this.units * BigInt(n), this.scale);
  }

  /** × 10^k (k may be negative: 元 → 万元 is shift(-4)). */
  shift(k: number): Decimal {
    return k >= 0
      ? new Decimal(this.units * 10n ** BigInt(k), this.scale)
      : new Decimal(this.units, this.scale - k);
  }

  isZero(): boolean {
    return this.units === 0n;
  }

  /** Digits after the point once trailing zeros are dropped. */
  decimals(): number {
    return this.normal().scale;
  }

  /** Significant digits (trailing zeros of a whole number count: 150000000 has 9). */
  digits(): number {
    const n = this.normal();
    return n.units === 0n ? 1 : n.units.toString().length;
  }

  /** `5000`, `0.012345`: the shortest exact decimal form. */
  toString(): string {
    const { units, scale } = this.normal();
    if (scale === 0) return units.toString();
    const s = units.toString().padStart(scale + 1, '0');
    return `${s.slice(0, -scale)}.${s.slice(-scale)}`;
  }

  private at(scale: number): bigint {
    return this.units * 10n ** BigInt(scale - this.scale);
  }

  private normal(): Decimal {
    let { units, scale } = this;
    if (scale < 0) return new Decimal(units * 10n ** BigInt(-scale), 0);
    while (scale > 0 && units % 10n === 0n) {
      units /= 10n;
      scale -= 1;
    }
    return new Decimal(units, scale);
  }
}
