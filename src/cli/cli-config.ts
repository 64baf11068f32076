import { type Clock, fixedClock, systemClock } from '../clock';
import { type Config, ConfigError, loadConfig } from '../config';
import { parseInstant } from '../time/zoned-time';
import type { CliIo } from './cli-io';

// Every verb reads the environment as `npm start` does (`.env` included), and reads `--now` the same way:
// with an offset it is exact; without one it is wall-clock time in TZ_NAME, not the machine's zone.

/** The config, or undefined after printing the one-line reason on stderr. */
export function cliConfig(io: CliIo): Config | undefined {
  try {
    return loadConfig(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return undefined;
  }
}

/**
 * The config and the clock a verb runs on: pinned to `--now` when given, else the system clock.
 * Undefined (after printing the one-line reason on stderr) when the environment or `--now` is wrong.
 */
export function cliSetup(io: CliIo, now: string | undefined): { config: Config; clock: Clock } | undefined {
  const config = cliConfig(io);
  if (!config) return undefined;
  if (!now) return { config, clock: systemClock };
  const at = parseInstant(now, config.timeZone);
  if (at) return { config, clock: fixedClock(at) };
  io.stderr.write(`--now 需要 ISO-8601 时间,例如 2026-11-26T09:30:00+08:00(收到:${now})\n`);
  return undefined;
}
