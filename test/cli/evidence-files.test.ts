import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

// Evidence files from a terminal: `say --file PATH` carries a local file as a file sent in chat would,
// `export` lists each item's files (name and SHA-256 prefix) and `--with-files DIR` writes them beside the
// spreadsheet, a folder per item, two files of one name told apart. Real processes on a real folder.

const NOW = '--now=2026-11-26T09:00:00+08:00';
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('evidence files in the CLI', () => {
  it('attaches local files with say --file and exports them with export --with-files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-evidence-'));
    const data = join(dir, 'data');
    const files = join(dir, 'sent');
    mkdirSync(join(files, 'a'), { recursive: true });
    mkdirSync(join(files, 'b'), { recursive: true });
    const jpeg = new Uint8Array(3000).map((_, i) => (i * 13) % 256);
    jpeg.set([0xff, 0xd8, 0xff, 0xe0], 0);
    writeFileSync(join(files, 'site.jpg'), jpeg);
    writeFileSync(join(files, 'a', '回单.pdf'), '%PDF-1.7 first slip');
    writeFileSync(join(files, 'b', '回单.pdf'), '%PDF-1.7 second slip, another file');
    // One process, one message a line (as `{"text","file"}`), then each line's reply as JSON.
    const lines = [
      { text: '整改 登记 食堂采购未招标 单位:市一中 期限:2027-03-31 处室:社保处' },
      { text: '整改 附件 ZG-2026-001 现场照片', file: join(files, 'site.jpg') },
      { text: '整改 附件 ZG-2026-001', file: join(files, 'a', '回单.pdf') },
      { text: '整改 销号 ZG-2026-001 已公开招标', file: join(files, 'b', '回单.pdf') },
      { text: '整改 查看 ZG-2026-001' },
    ];
    const said = await runCli(data, ['say', NOW, '--json'], lines.map((l) => JSON.stringify(l)).join('\n'));
    expect(said.status).toBe(0);
    const replies = said.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { reply: string }).reply);
    expect(replies[0]).toContain('ZG-2026-001');
    expect(replies[1]).toContain('已收到 ZG-2026-001 的佐证材料:图片.jpg');
    expect(replies[2]).toContain('回单.pdf');
    expect(replies[3]).toContain('已销号');
    expect(replies[3]).toContain('已收到 ZG-2026-001 的佐证材料:回单.pdf');
    expect(replies[4]).toMatch(/佐证材料\(3 份\)/);

    const out = join(dir, 'export');
    const run = await runCli(data, ['export', NOW, '--out', `${out}/`, '--with-files', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('已导出佐证材料 3 份');
    const items = readFileSync(join(out, 'items.csv'), 'utf8');
    expect(items).toContain('佐证材料');
    expect(items).toContain(`图片.jpg(${sha(jpeg).slice(0, 12)})`);
    expect(readdirSync(join(out, 'ZG-2026-001')).sort()).toEqual(['回单 (2).pdf', '回单.pdf', '图片.jpg']);
    expect(readFileSync(join(out, 'ZG-2026-001', '回单 (2).pdf'), 'utf8')).toBe(
      '%PDF-1.7 second slip, another file',
    );
    expect(Buffer.from(readFileSync(join(out, 'ZG-2026-001', '图片.jpg'))).equals(Buffer.from(jpeg))).toBe(
      true,
    );
    expect(readFileSync(join(out, 'history.csv'), 'utf8')).toContain(sha(jpeg));
  }, 120_000);

  it('refuses a local file over 20 MB and a missing one, recording nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-evidence-big-'));
    const data = join(dir, 'data');
    const big = join(dir, 'scan.pdf');
    writeFileSync(big, Buffer.alloc(20 * 1024 * 1024 + 1, 0x25));
    await runCli(data, ['say', NOW, '整改 登记 账目不清 单位:市二中 期限:2027-03-31 处室:社保处']);
    const refused = await runCli(data, ['say', NOW, '--file', big, '整改 附件 ZG-2026-001']);
    expect(refused.stdout).toContain('超过 20 MB');
    const missing = await runCli(data, [
      'say',
      NOW,
      '--file',
      join(dir, 'none.pdf'),
      '整改 附件 ZG-2026-001',
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('不存在');
    expect(readFileSync(join(data, 'journal.jsonl'), 'utf8')).not.toContain('zg.evidence');
    expect(existsSync(join(data, 'files'))).toBe(false);
  }, 120_000);
});
