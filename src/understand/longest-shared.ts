/** The length of the longest run of characters two texts share. */
export function longestShared(a: string, b: string): number {
  let best = 0;
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      if (a[i - 1] === b[j - 1]) {
        next[j] = (row[j - 1] as number) + 1;
        if ((next[j] as number) > best) best = next[j] as number;
      }
    }
    row = next;
  }
  return best;
}
