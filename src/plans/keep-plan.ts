import { extname } from 'node:path';
import { parsePlan } from '../plan/parse-plan';
import { PlanFileError } from '../plan/plan-file-error';
import type { PlanEntry } from './plan-entry';
import type { PlanRegistry } from './plan-registry';

// Keeping a plan already read whole (its text extracted): refused when it holds no task, found when the
// same text is known already (here, or kept by another instance on the database), else its file is kept on the registry's shelf (DATA_DIR/plans/, or the
// database) under its id (whole, or not at all), with its text, and the registry takes it in. `name` is how
// errors name the file.

export type Kept = { entry: PlanEntry; again: boolean };

export async function keepPlan(
  sent: { name: string; bytes: Uint8Array; text: string },
  registry: PlanRegistry,
): Promise<Kept> {
  const plan = parsePlan(sent.text);
  if (plan.tasks.length === 0) throw new PlanFileError('no-tasks', sent.name);
  // A plan another instance kept meanwhile is known first: the same one is found, and its id never reused.
  await registry.catchUp();
  const same = registry.list().find((e) => registry.shelf.textOf(e) === sent.text);
  if (same) return { entry: same, again: true };
  let id = plan.id;
  for (let n = 2; registry.byId(id); n += 1) id = `${plan.id}-${n}`;
  const file = await registry.shelf.keep(`${id}${extname(sent.name).toLowerCase()}`, sent.bytes, sent.text);
  const entry = registry.add(file, sent.text);
  if (!entry) throw new PlanFileError('no-tasks', sent.name);
  return { entry, again: false };
}
