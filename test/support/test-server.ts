import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './free-port';
import { until } from './until';

// The real server as a child process — the test build (`tsx src/main.ts`, where crash points are armed) —
// on a free port, ready once /healthz answers; and how it ended.

const root = join(import.meta.dirname, '..', '..');

export interface TestServer {
  child: ChildProcess;
  port: number;
  url: string;
  /** Everything it wrote to standard error so far. */
  stderr(): string;
}

/** `port`: one chosen beforehand (when the environment must name it, as PUBLIC_URL does). */
export async function startTestServer(
  env: NodeJS.ProcessEnv,
  port?: number,
  options: { waitForOk?: boolean } = {},
): Promise<TestServer> {
  port ??= await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, AUDIT_CRASH_POINT: '', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  // Ready once /healthz answers ok (or, `waitForOk: false`, answers at all: a test of what it says when not).
  await until(
    () =>
      fetch(`${url}/healthz`).then(
        (r) => r.ok || options.waitForOk === false,
        () => false,
      ),
    20_000,
    'healthz',
  );
  return { child, port, url, stderr: () => err };
}

/** How the process ended (at once if it already has). */
export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

/** Kills a server still running (test clean-up). */
export async function killTestServer(server: TestServer | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGKILL');
  await exited(server.child);
}

/** A server started expecting it to stop by itself (a refusal): its exit code and standard error. */
export function runServerToExit(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { ...process.env, AUDIT_CRASH_POINT: '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}
