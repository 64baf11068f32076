import { spawnSync } from 'node:child_process';

/**
 * Runs `npm run cli -- <args>` as an operator would, as a child process on `dataDir`; stdin is `input`, `env`
 * added to the environment (DATABASE_URL …).
 */
export function runCli(dataDir: string, args: string[], input = '', env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, TZ: 'UTC', NODE_ENV: 'production', ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
