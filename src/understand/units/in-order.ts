/** Whether the characters of `short` stand in `long` in their order (`人社局` in 人力资源社会保障局). */
export function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
