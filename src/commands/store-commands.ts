import type { Command } from './context';
import { learningNames } from './learning-names';
import { memberAddCommand } from './member-add';
import { memberListCommand } from './member-list';
import { memberRemoveCommand } from './member-remove';
import { myDivisionCommand } from './my-division';
import { progressRecordCommand } from './progress-record';
import { progressUndoCommand } from './progress-undo';
import { progressViewCommand } from './progress-view';
import { rectificationListCommand, rectificationOverdueCommand } from './rectification-list';
import { rectificationRegisterCommand } from './rectification-register';
import { rectificationRejectCommand } from './rectification-reject';
import { rectificationReopenCommand } from './rectification-reopen';
import { rectificationStatsCommand } from './rectification-stats';
import { rectificationTransferCommand } from './rectification-transfer';
import {
  rectificationApproveCommand,
  rectificationCloseCommand,
  rectificationExtendCommand,
  rectificationNoteCommand,
} from './rectification-update';
import { rectificationViewCommand } from './rectification-view';
import { rectificationVoidCommand } from './rectification-void';
import { targetAssignCommand } from './target-assign';

/**
 * The commands that record things (progress, ledger, roster, target owners), in help order; each learns
 * the names its message carries.
 */
export const storeCommands: Command<unknown>[] = [
  progressRecordCommand,
  progressViewCommand,
  progressUndoCommand,
  targetAssignCommand,
  rectificationRegisterCommand,
  rectificationNoteCommand,
  rectificationExtendCommand,
  rectificationCloseCommand,
  rectificationApproveCommand,
  rectificationRejectCommand,
  rectificationReopenCommand,
  rectificationVoidCommand,
  rectificationTransferCommand,
  rectificationViewCommand,
  rectificationListCommand,
  rectificationOverdueCommand,
  rectificationStatsCommand,
  memberAddCommand,
  memberRemoveCommand,
  memberListCommand,
  myDivisionCommand,
].map(learningNames);
