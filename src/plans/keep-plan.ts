import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { replaceFile } from '../files/replace-file';
import { parsePlan } from '../plan/parse-plan';
import { PlanFileError } from '../plan/plan-file-error';
import type { PlanEntry } from './plan-entry';
import { type PlanDirs, planText, writePlanText } from './plan-files';
import type { PlanRegistry } from './plan-registry';

// Keeping a plan already read whole (its text extracted): refused when it holds no task, found when the
// same text is known already, else its file is written into DATA_DIR/plans/ under its id (whole, or not at
// all), its text kept beside it, and the registry takes it in. `name` is how errors name the file.

export type Kept = { entry: PlanEntry; again: boolean };

export async function keepPlan(
  sent: { name: string; bytes: Uint8Array; text: string },
  dirs: PlanDirs,
  registry: PlanRegistry,
): Promise<Kept> {
  const plan = parsePlan(sent.text);
  if (plan.tasks.length === 0) throw new PlanFileError('no-tasks', sent.name);
  const same = registry.list().find((e) => planText(dirs, e.file, e.source) === sent.text);
  if (same) return { entry: same, again: true };
  let id = plan.id;
  for (let n = 2; registry.byId(id); n += 1) id = `${plan.id}-${n}`;
  mkdirSync(dirs.added, { recursive: true });
  const file = join(dirs.added, `${id}${extname(sent.name).toLowerCase()}`);
  // The text first: a file in plans/ without it would be read again at the next start, not lost.
  await writePlanText(dirs, file, 'added', sent.text);
  if (!existsSync(file) || !readFileSync(file).equals(sent.bytes)) replaceFile(file, sent.bytes);
  const entry = registry.add(file, sent.text);
  if (!entry) throw new PlanFileError('no-tasks', sent.name);
  return { entry, again: false };
}
