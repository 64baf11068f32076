import type { Command } from './context';

// Every chat command, one file each. Order matters only for help text.
export const commands: Command<never>[] = [];
