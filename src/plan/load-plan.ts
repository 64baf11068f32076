import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { buildKnowledge } from './build-knowledge';
import type { PlanKnowledge } from './knowledge';
import type { Plan } from './model';
import { parsePlan } from './parse-plan';

// One plan is expected in seeds/. When several `*.txt` files are there, the first in sorted order is
// used (name them `000_…`, `001_…` to choose) and the others are reported back as `ignored`, so the
// caller can log them; plans are not merged.

const PlanText = z.string().min(1, '方案文件为空');

export interface LoadedPlan {
  plan: Plan;
  knowledge: PlanKnowledge;
  file: string;
  ignored: string[];
}

export function loadPlan(dir = 'seeds'): LoadedPlan {
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.txt'))
    .sort();
  const [first, ...ignored] = files;
  if (!first) throw new Error(`No plan text (*.txt) in ${dir}`);
  const file = join(dir, first);
  const text = PlanText.parse(readFileSync(file, 'utf8'));
  const plan = parsePlan(text);
  return { plan, knowledge: buildKnowledge(plan), file, ignored: ignored.map((f) => join(dir, f)) };
}
