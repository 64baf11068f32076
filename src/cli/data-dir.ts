import { z } from 'zod';

/** DATA_DIR from the environment (an empty value counts as unset), default `./data`. */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v : './data'))
    .parse(env.DATA_DIR);
}
