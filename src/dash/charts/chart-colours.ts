/** The charts' colours, the same as the pages' (dash-styles): red overdue, yellow due soon, green closed. */
export const CHART = {
  red: '#c62828',
  yellow: '#f2b300',
  blue: '#5b8bd0',
  green: '#2e7d32',
  ink: '#1f2937',
  muted: '#5b6675',
  grid: '#e1e6ee',
} as const;
