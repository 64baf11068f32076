import type { Command } from './context';
import { divisionsCommand } from './divisions-admin';
import { createHelpCommand } from './help';
import { plansCommand } from './plans-list';
import { progressCardCommand } from './progress-card';
import { progressIndicatorCommand } from './progress-indicator';
import { searchCommand } from './search';
import { storeCommands } from './store-commands';
import { indicatorsCommand, targetsCommand } from './targets';
import { tasksCommand } from './tasks';
import { weeklyDigestCommand } from './weekly-digest';
import { whoCommand } from './who';
import { workingCalendarCommand } from './working-calendar-admin';

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
  workingCalendarCommand,
  plansCommand,
  divisionsCommand,
];
commands.unshift(createHelpCommand(commands));
