// What the store says of the plans: when each was added and enabled, and which one an admin made current.

export interface PlanChoices {
  plans: Readonly<Record<string, { added?: string; activated?: string }>>;
  current?: string;
}
