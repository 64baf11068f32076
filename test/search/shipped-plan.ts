import { readFileSync } from 'node:fs';
import type { Plan } from '../../src/plan/model';
import { parsePlan } from '../../src/plan/parse-plan';

/** The plan shipped in seeds/, parsed the way the bot parses it. */
export function shippedPlan(): Plan {
  const url = new URL('../../seeds/shaoxing-audit-common-prosperity-2021-2025.txt', import.meta.url);
  return parsePlan(readFileSync(url, 'utf8'));
}
