/**
 * Remembers the last `limit` values made, by key: a page whose key holds what it depends on (the store's
 * length, the day, the viewer's scope) is computed once until one of them changes.
 */
export function memoByKey<T>(limit: number): (key: string, make: () => T) => T {
  const kept = new Map<string, T>();
  return (key, make) => {
    const found = kept.get(key);
    if (found !== undefined) return found;
    const value = make();
    kept.set(key, value);
    if (kept.size > limit) kept.delete(kept.keys().next().value!);
    return value;
  };
}
