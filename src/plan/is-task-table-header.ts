import { splitCells } from './parse-indicators';
import { taskTableColumns } from './task-table-columns';

/** Whether a `| … |` row is the header of a task table (a task column and a unit column). */
export function isTaskTableHeader(row: string): boolean {
  return taskTableColumns(splitCells(row)) !== undefined;
}
