/** Whether two records' plans are the same plan (an absent plan is the legacy plan). */
export function samePlan(a: string | undefined, b: string | undefined, legacyPlan: string): boolean {
  return (a ?? legacyPlan) === (b ?? legacyPlan);
}
