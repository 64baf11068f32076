import { type Config, ConfigError, loadConfigFromEnvironment } from '../config';
import { parseInstant } from '../jobs/zoned-time';

// Every verb reads the environment as `npm start` does (`.env` included), and reads `--now` the same way:
// with an offset it is exact; without one it is wall-clock time in TZ_NAME, not the machine's zone.

/** The config, or undefined after printing the one-line reason on stderr. */
export function cliConfig(): Config | undefined {
  try {
    return loadConfigFromEnvironment();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return undefined;
  }
}

/** `--now`: undefined when absent; null (after printing why) when unreadable. */
export function nowOption(value: string | undefined, config: Config): Date | undefined | null {
  if (!value) return undefined;
  const at = parseInstant(value, config.timeZone);
  if (at) return at;
  process.stderr.write(`--now 需要 ISO-8601 时间,例如 2026-11-26T09:30:00+08:00(收到:${value})\n`);
  return null;
}
