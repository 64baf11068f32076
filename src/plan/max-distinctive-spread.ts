// A phrase tells one part of a plan from another when few of the plan's topic groups hold it: the plan's
// own statistics, one rule for the relations of targets (derive-relations) and for answers' evidence
// (src/search/create-evidence-finder.ts), so a division related to a target and a division named in an
// answer are found alike.

/** Share of the topic groups a distinctive phrase may stand in… */
const DISTINCTIVE_SHARE = 0.1;
/** …and at least two, however small the plan. */
const MIN_SPREAD = 2;

/** How many of the plan's topic groups a phrase may stand in and still be distinctive. */
export function maxDistinctiveSpread(groupCount: number): number {
  return Math.max(MIN_SPREAD, Math.floor(groupCount * DISTINCTIVE_SHARE));
}
