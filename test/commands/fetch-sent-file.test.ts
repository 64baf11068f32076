import { describe, expect, it } from 'vitest';
import { fetchSentFile, isSentFile } from '../../src/commands/files/fetch-sent-file';
import { renderText } from '../../src/reply/render-text';

// The core's one way to take a file sent in chat: named, typed from its bytes, within the cap — or one
// Chinese line saying why not (and that nothing was kept).

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('fetchSentFile', () => {
  it('names an image by the type its bytes show, and keeps a file’s own name without folders', async () => {
    const image = await fetchSentFile({ kind: 'image', key: 'k', name: '' }, async () => ({
      ok: true,
      bytes: PNG,
    }));
    expect(isSentFile(image) && [image.name, image.mime]).toEqual(['图片.png', 'image/png']);
    const file = await fetchSentFile(
      { kind: 'file', key: 'k', name: '../../etc/整改报告.pdf' },
      async () => ({
        ok: true,
        bytes: new TextEncoder().encode('%PDF-1.7 …'),
      }),
    );
    expect(isSentFile(file) && [file.name, file.mime]).toEqual(['整改报告.pdf', 'application/pdf']);
  });

  it('says why a file could not be had: too large, not fetched, empty, no door', async () => {
    const say = async (fetched: Parameters<typeof fetchSentFile>[1], max?: number) => {
      const out = await fetchSentFile({ kind: 'file', key: 'k', name: '回单.pdf' }, fetched, max);
      return isSentFile(out) ? 'file' : renderText(out);
    };
    expect(await say(async () => ({ ok: false, tooLarge: true, reason: 'x' }))).toMatch(
      /回单\.pdf 超过 20 MB.*没有记录/,
    );
    expect(await say(async () => ({ ok: true, bytes: new Uint8Array(2048) }), 1024)).toMatch(/超过/);
    expect(await say(async () => ({ ok: false, tooLarge: false, reason: 'x' }))).toMatch(
      /没能从飞书下载 回单\.pdf/,
    );
    expect(await say(async () => ({ ok: true, bytes: new Uint8Array(0) }))).toMatch(/空文件/);
    expect(await say(undefined)).toMatch(/收不到/);
  });
});
