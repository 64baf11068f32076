import { dashboardLinkCommand } from './admin/dashboard-link';
import { divisionsCommand } from './admin/divisions-admin';
import { plansCommand } from './admin/plans-list';
import { weeklyDigestCommand } from './admin/weekly-digest';
import { searchCommand } from './answers/search';
import { indicatorsCommand, targetsCommand } from './answers/targets';
import { tasksCommand } from './answers/tasks';
import { whoCommand } from './answers/who-command';
import { workingCalendarCommand } from './calendar/calendar-command';
import type { Command } from './context';
import { createHelpCommand } from './help';
import { progressCardCommand } from './progress/progress-card';
import { progressIndicatorCommand } from './progress/progress-indicator';
import { storeCommands } from './store-commands';

// Every chat command, one file each. The order is the order 帮助 lists them in.
export const commands: Command<unknown>[] = [
  tasksCommand,
  whoCommand,
  searchCommand,
  targetsCommand,
  indicatorsCommand,
  ...storeCommands,
  progressCardCommand,
  progressIndicatorCommand,
  weeklyDigestCommand,
  dashboardLinkCommand,
  workingCalendarCommand,
  plansCommand,
  divisionsCommand,
];
commands.unshift(createHelpCommand(commands));
