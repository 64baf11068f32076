// The cost of keeping an evidence file (佐证材料) with an item: `整改 附件` with a 1 MB photo and with a 10 MB
// scan — hashed, written and fsync'ed as a blob, then recorded — against a plain note (`整改 进展`) on the
// same file store, in the same run. The download from Lark is not counted (it is the network's).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixedClock } from '../src/clock';
import { handleMessage } from '../src/commands/handle-message';
import { createCoreDeps } from '../src/core-deps';
import { silentLogger } from '../src/logger';

const at = new Date('2026-11-26T09:00:00+08:00');
const dataDir = mkdtempSync(join(tmpdir(), 'bench-evidence-'));
const deps = createCoreDeps({ admins: ['bench'], clock: fixedClock(at), logger: silentLogger, dataDir });
let n = 0;
const send = (text: string, bytes?: Uint8Array) =>
  handleMessage(
    {
      text,
      userId: 'bench',
      chatId: 'bench',
      messageId: `bench-${++n}`,
      at,
      ...(bytes ? { attachment: { kind: 'file' as const, key: `k${n}`, name: `scan-${n}.pdf` } } : {}),
    },
    deps,
    bytes ? { fetchAttachment: async () => ({ ok: true as const, bytes }) } : {},
  );

/** Bytes that differ from every other file of the run (else the same blob is kept once). */
function file(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 4096) bytes[i] = (seed * 7 + i) % 256;
  bytes.set([0x25, 0x50, 0x44, 0x46], 0);
  bytes[size - 1] = seed % 256;
  bytes[size - 2] = Math.floor(seed / 256) % 256;
  return bytes;
}

async function timed(rounds: number, run: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
  }
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function main() {
  await send('整改 登记 食堂采购未招标 单位:市一中 期限:2027-03-31 处室:社保处');
  const id = 'ZG-2026-001';
  await send(`整改 进展 ${id} 预热`);
  const note = await timed(40, (i) => send(`整改 进展 ${id} 已约谈第${i}次`));
  const photo = await timed(30, (i) => send(`整改 附件 ${id} 现场照片`, file(1024 * 1024, 1000 + i)));
  const scan = await timed(15, (i) => send(`整改 附件 ${id} 扫描件`, file(10 * 1024 * 1024, 2000 + i)));
  console.log(
    `evidence: note ${note.toFixed(1)} ms; 1 MB photo kept ${photo.toFixed(1)} ms (${(photo / note).toFixed(2)}× a note); 10 MB scan kept ${scan.toFixed(1)} ms (${(scan / note).toFixed(2)}×) — medians, file store with fsync`,
  );
  deps.store.close();
}

void main();
