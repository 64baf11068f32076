import { runCliInProcess } from './run-cli-in-process';

/**
 * Runs `npm run cli -- <args>` as an operator would, on `dataDir`, in this process; stdin is `input`, `env`
 * added to the environment (DATABASE_URL …).
 */
export function runCli(dataDir: string, args: string[], input = '', env: Record<string, string> = {}) {
  return runCliInProcess(args, { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production', ...env }, input);
}
