import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { larkRequest, messageEvent } from '../fixtures/lark/events';
import type { FakeLark } from './fake-lark';

// Lark delivering a message to a server under test, and the CLI run beside it, as an operator would.

const root = join(import.meta.dirname, '..', '..');

export interface Delivery {
  messageId: string;
  chatId: string;
  user: string;
  text: string;
}

/** Lark delivering one message (again): true when the server acknowledged it with 200. */
export async function deliver(url: string, fake: FakeLark, m: Delivery): Promise<boolean> {
  fake.knowMessage(m.messageId, m.chatId);
  const event = messageEvent({
    messageId: m.messageId,
    chatId: m.chatId,
    chatType: 'p2p',
    senderOpenId: m.user,
    text: m.text,
  });
  try {
    const res = await fetch(`${url}/webhook/event`, { method: 'POST', ...larkRequest(event) });
    return res.status === 200;
  } catch {
    return false;
  }
}

/** `npm run cli -- <args>` (the test build, on the sources), with its exit code and output. */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: root,
      env: { ...process.env, AUDIT_CRASH_POINT: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
