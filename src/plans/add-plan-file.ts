import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parsePlan } from '../plan/parse-plan';
import { PlanFileError } from '../plan/plan-file-error';
import { readPlanFile } from '../plan/read-plan-file';
import type { PlanEntry } from './plan-entry';
import { type PlanDirs, planText, writePlanText } from './plan-files';
import type { PlanRegistry } from './plan-registry';

// Adding a plan (plan add FILE, or a file an admin sends in chat): read it whole first — an unreadable
// file, or one with no task, is refused and nothing is kept — then copy it into DATA_DIR/plans/ under its
// id, keep its text, and take it into the registry. The same plan added again is found, not added twice.

export type Added = { entry: PlanEntry; again: boolean };

export async function addPlanFile(source: string, dirs: PlanDirs, registry: PlanRegistry): Promise<Added> {
  const text = await readPlanFile(source);
  const plan = parsePlan(text);
  if (plan.tasks.length === 0) throw new PlanFileError('no-tasks', source);
  const same = registry.list().find((e) => planText(dirs, e.file, e.source) === text);
  if (same) return { entry: same, again: true };
  let id = plan.id;
  for (let n = 2; registry.byId(id); n += 1) id = `${plan.id}-${n}`;
  mkdirSync(dirs.added, { recursive: true });
  const file = join(dirs.added, `${id}${extname(source).toLowerCase()}`);
  if (!existsSync(file) || !readFileSync(file).equals(readFileSync(source))) copyFileSync(source, file);
  await writePlanText(dirs, file, 'added', text);
  const entry = registry.add(file, text);
  if (!entry) throw new PlanFileError('no-tasks', source);
  return { entry, again: false };
}
