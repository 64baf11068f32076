import type { Command } from './context';
import { memberAddCommand } from './member-add';
import { memberListCommand } from './member-list';
import { memberRemoveCommand } from './member-remove';
import { myDivisionCommand } from './my-division';
import { progressRecordCommand } from './progress-record';
import { progressUndoCommand } from './progress-undo';
import { progressViewCommand } from './progress-view';
import { rectificationListCommand, rectificationOverdueCommand } from './rectification-list';
import { rectificationRegisterCommand } from './rectification-register';
import {
  rectificationApproveCommand,
  rectificationCloseCommand,
  rectificationExtendCommand,
  rectificationNoteCommand,
} from './rectification-update';
import { rectificationViewCommand } from './rectification-view';
import { targetAssignCommand } from './target-assign';

/** The commands that record things (progress, ledger, roster, target owners), in help order. */
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
  rectificationViewCommand,
  rectificationListCommand,
  rectificationOverdueCommand,
  memberAddCommand,
  memberRemoveCommand,
  memberListCommand,
  myDivisionCommand,
];
