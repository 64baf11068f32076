import { timingSafeEqual } from 'node:crypto';

/** Constant-time comparison of equal-length strings (lengths are not secret: signatures are 64 hex). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
