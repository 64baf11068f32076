import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Plan } from '../../src/plan/model';
import { parsePlan } from '../../src/plan/parse-plan';
import { readPlanFile } from '../../src/plan/read-plan-file';

// Every plan fixture with a sibling `*.expected.json` (written from the plan's own words) against what
// the parser reads from the file on disk. A task is right when its lead and its support both equal
// the expectation, as written and in written order; a task the parser invents counts against it too.

export const FIXTURES = 'test/fixtures/plans';

const Expected = z.object({
  title: z.string(),
  period: z.object({ from: z.number(), to: z.number() }).nullable(),
  tasks: z.array(
    z.object({ find: z.string().min(2), lead: z.array(z.string()), support: z.array(z.string()) }),
  ),
});
export type Expected = z.infer<typeof Expected>;

export interface FixtureScore {
  name: string;
  plan: Plan;
  expected: Expected;
  right: number;
  wrong: { find: string; lead?: string[]; support?: string[]; missing?: true }[];
  /** Tasks the parser found that no expectation names. */
  extra: string[];
}

export async function scoreFixture(name: string): Promise<FixtureScore> {
  const expected = Expected.parse(JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')));
  const file = readdirSync(FIXTURES).find((f) => f.startsWith(`${name}.`) && !f.endsWith('.expected.json'));
  if (!file) throw new Error(`no plan file for ${name}`);
  const plan = parsePlan(await readPlanFile(join(FIXTURES, file)));
  const used = new Set<number>();
  let right = 0;
  const wrong: FixtureScore['wrong'] = [];
  for (const want of expected.tasks) {
    const at = plan.tasks.findIndex((t, i) => !used.has(i) && `${t.title}\n${t.text}`.includes(want.find));
    const got = plan.tasks[at];
    if (!got) {
      wrong.push({ find: want.find, missing: true });
      continue;
    }
    used.add(at);
    const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
    if (same(got.lead, want.lead) && same(got.support, want.support)) right++;
    else wrong.push({ find: want.find, lead: got.lead, support: got.support });
  }
  const extra = plan.tasks.filter((_t, i) => !used.has(i)).map((t) => `${t.id} ${t.title}`);
  return { name, plan, expected, right, wrong, extra };
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .sort();
}
