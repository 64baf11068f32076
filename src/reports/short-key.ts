import { createHash } from 'node:crypto';

/** A stable idempotency key under Lark's 50-character uuid limit: `prefix-<12 hex of the parts>`. */
export function shortKey(prefix: string, ...parts: string[]): string {
  return `${prefix}-${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12)}`;
}
