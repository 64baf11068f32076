/** Polls `check` until it holds, or throws naming what was awaited once `ms` have passed. */
export async function until(
  check: () => boolean | Promise<boolean>,
  ms = 5000,
  what = 'condition',
  everyMs = 20,
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
