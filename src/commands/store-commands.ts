import { memberAddCommand } from './admin/member-add';
import { memberListCommand } from './admin/member-list';
import { memberRemoveCommand } from './admin/member-remove';
import { myDivisionCommand } from './admin/my-division';
import type { Command } from './context';
import { learningNames } from './learning-names';
import { ledgerImportCommand } from './ledger/ledger-import-command';
import { rectificationAttachCommand } from './ledger/rectification-attach';
import { rectificationListCommand, rectificationOverdueCommand } from './ledger/rectification-list';
import { rectificationRegisterCommand } from './ledger/rectification-register';
import { rectificationRejectCommand } from './ledger/rectification-reject';
import { rectificationReopenCommand } from './ledger/rectification-reopen';
import { rectificationSettingsCommand } from './ledger/rectification-settings';
import { rectificationStatsCommand } from './ledger/rectification-stats';
import { rectificationTransferCommand } from './ledger/rectification-transfer';
import {
  rectificationApproveCommand,
  rectificationCloseCommand,
  rectificationExtendCommand,
  rectificationNoteCommand,
} from './ledger/rectification-update';
import { rectificationViewCommand } from './ledger/rectification-view';
import { rectificationVoidCommand } from './ledger/rectification-void';
import { rectificationWithdrawCommand } from './ledger/rectification-withdraw';
import { progressRecordCommand } from './progress/progress-record';
import { progressUndoCommand } from './progress/progress-undo';
import { progressViewCommand } from './progress/progress-view';
import { targetAssignCommand } from './progress/target-assign';

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
  rectificationAttachCommand,
  rectificationApproveCommand,
  rectificationRejectCommand,
  rectificationWithdrawCommand,
  rectificationReopenCommand,
  rectificationVoidCommand,
  rectificationTransferCommand,
  rectificationViewCommand,
  rectificationListCommand,
  rectificationOverdueCommand,
  rectificationStatsCommand,
  rectificationSettingsCommand,
  ledgerImportCommand,
  memberAddCommand,
  memberRemoveCommand,
  memberListCommand,
  myDivisionCommand,
].map(learningNames);
