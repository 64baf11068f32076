import { planName } from '../../plans/plan-entry';
import type { PlanInUse } from '../../plans/plan-in-use';
import { divisionOrder } from '../../reports/division-order';
import type { Store } from '../../store';
import { type Viewer, viewerDivision } from '../viewer-of';
import { type LedgerFigures, ledgerFigures, type SeenOn } from './ledger-figures';
import { scopedItems } from './scoped-items';
import { type TaskPulse, taskPulse } from './task-pulse';
import { type WeekPoint, weeklyTrend } from './weekly-trend';

// The 总览 page: the ledger's figures as a whole and per division, its last twelve weeks, and the current
// plan's tasks with their latest progress — everything limited to what the viewer may see.

export interface OverviewData {
  today: string;
  planLabel: string;
  figures: LedgerFigures;
  weeks: WeekPoint[];
  tasks: TaskPulse[];
}

export function overviewData(
  store: Store,
  viewer: Viewer,
  plan: Pick<PlanInUse, 'plan' | 'knowledge'>,
  { day: today, soonUntil }: SeenOn,
  timeZone: string,
): OverviewData {
  const items = scopedItems(store, viewer);
  const division = viewerDivision(viewer);
  return {
    today,
    planLabel: planName(plan.plan),
    figures: ledgerFigures(items, today, soonUntil, divisionOrder(plan.knowledge)),
    weeks: weeklyTrend(items, today, timeZone),
    tasks: taskPulse(store, plan.knowledge, plan.plan.id, today, timeZone, division, plan.plan.lexicon),
  };
}
