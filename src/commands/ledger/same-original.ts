import { toHalfWidth } from '../../text/normalise';

/** Whether an item's 原编号 is the one asked for (`A-1` and `ａ－１`, `a-1` are the same number). */
export function sameOriginal(original: string | undefined, asked: string): boolean {
  if (!original) return false;
  const key = (s: string) => toHalfWidth(s).replace(/\s/g, '').toUpperCase();
  return key(original) === key(asked);
}
