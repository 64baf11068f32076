/**
 * Waits until `work` settles or `ms` have passed, whichever is first (the work may go on; the timer does not
 * hold the process). A failure is handed to `failed` and still ends the wait.
 */
export function settleWithin(
  work: Promise<unknown>,
  ms: number,
  failed: (error: unknown) => void = () => {},
): Promise<void> {
  return new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
    work.then(
      () => resolve(),
      (error: unknown) => {
        failed(error);
        resolve();
      },
    );
  });
}
