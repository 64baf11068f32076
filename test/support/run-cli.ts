import { spawnSync } from 'node:child_process';

/** Runs `npm run cli -- <args>` as an operator would, as a child process on `dataDir`; stdin is `input`. */
export function runCli(dataDir: string, args: string[], input = '') {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, TZ: 'UTC', NODE_ENV: 'production' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
