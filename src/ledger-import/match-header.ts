import { LEDGER_FIELDS, type LedgerField } from './ledger-fields';
import { type MoneyUnit, normaliseHeader } from './normalise-header';

// The field a header names: a name of the mapping table exactly, else the longest name of four characters or
// more it contains (`审计发现问题及整改要求`). `rank` orders columns that name the same field: exact before
// contained, then the table's order.

export interface HeaderMatch {
  field: LedgerField;
  unit?: MoneyUnit;
  rank: number;
}

const ENTRIES = (Object.entries(LEDGER_FIELDS) as [LedgerField, readonly string[]][]).flatMap(
  ([field, names]) => names.map((name, order) => ({ field, name, order })),
);
const EXACT = new Map(ENTRIES.map((e) => [e.name, e]));
const LONG = ENTRIES.filter((e) => e.name.length >= 4).sort((a, b) => b.name.length - a.name.length);

export function matchHeader(text: string): HeaderMatch | undefined {
  const { name, unit } = normaliseHeader(text);
  if (!name) return undefined;
  const units = unit ? { unit } : {};
  const exact = EXACT.get(name);
  if (exact) return { field: exact.field, rank: exact.order, ...units };
  if (name.length > 16) return undefined;
  const inside = LONG.find((e) => name.includes(e.name));
  return inside ? { field: inside.field, rank: 100 + inside.order, ...units } : undefined;
}
