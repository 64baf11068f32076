import { join } from 'node:path';

// Where the file backend keeps each thing in DATA_DIR (see docs/store.md).

export interface StorePaths {
  journal: string;
  stateDir: string;
  head: string;
  progress: string;
  ledger: string;
  roster: string;
  targets: string;
  settings: string;
  people: string;
  reports: string;
  access: string;
}

export function storePaths(dataDir: string): StorePaths {
  const stateDir = join(dataDir, 'store');
  return {
    journal: join(dataDir, 'journal.jsonl'),
    stateDir,
    head: join(stateDir, 'head.json'),
    progress: join(dataDir, 'progress.jsonl'),
    ledger: join(dataDir, 'ledger.jsonl'),
    roster: join(stateDir, 'roster.json'),
    targets: join(stateDir, 'targets.json'),
    settings: join(stateDir, 'settings.json'),
    people: join(stateDir, 'people.json'),
    reports: join(stateDir, 'reports.json'),
    access: join(stateDir, 'access.json'),
  };
}
