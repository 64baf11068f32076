/** What a search hit is: a goal, an indicator, a task, a safeguard measure or another passage of the plan. */
export type HitKind = 'goal' | 'indicator' | 'task' | 'measure' | 'passage';
