import type {
  AccessFile,
  PeopleFile,
  ReportsFile,
  RosterFile,
  SettingsFile,
  TargetsFile,
} from '../../schemas';
import type { ProgressUpdate, RectificationItem } from '../../types';

/**
 * The state model as plain data (JSON): every concern's state at one journal record. The progress indexes are
 * not in it — they are built again from the updates, in journal order.
 */
export interface ModelSnapshot {
  roster: RosterFile;
  targets: TargetsFile;
  settings: SettingsFile;
  legacyPlan: string;
  people: PeopleFile;
  reports: ReportsFile;
  access: AccessFile;
  /** The ledger's items, in the order they were registered. */
  items: RectificationItem[];
  /** Each author's latest ledger event. */
  lastBy: [string, { itemId: string; seq: number }][];
  /** Every progress update in journal order (retracted ones flagged). */
  progress: ProgressUpdate[];
}
