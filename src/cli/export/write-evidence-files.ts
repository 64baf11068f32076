import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Store } from '../../store';

// `export --with-files DIR`: every item's evidence files beside the spreadsheet, in a folder per item
// (DIR/ZG-2026-001/回单.jpg); two different files of one item under one name are told apart (`回单 (2).jpg`).

/** A name safe on every file system the bureau uses (no folders, no characters Windows refuses). */
function safeName(name: string): string {
  const cleaned = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '');
  return cleaned || '_';
}

/** Writes the files; returns how many were written and the ones whose bytes are missing or changed (not written). */
export async function writeEvidenceFiles(
  store: Store,
  dir: string,
): Promise<{ written: number; missing: string[] }> {
  let written = 0;
  const missing: string[] = [];
  for (const item of store.items({ includeVoided: true })) {
    const used = new Set<string>();
    for (const h of item.history) {
      if (!h.file) continue;
      const bytes = await store.blobs.get(h.file.sha256);
      // A file whose bytes no longer hash to its record is not exported as if it were the evidence.
      if (!bytes || createHash('sha256').update(bytes).digest('hex') !== h.file.sha256) {
        missing.push(`${item.id} 的“${h.file.name}”`);
        continue;
      }
      const base = safeName(h.file.name);
      const ext = extname(base);
      let name = base;
      for (let k = 2; used.has(name.toLowerCase()); k += 1)
        name = `${base.slice(0, base.length - ext.length)} (${k})${ext}`;
      used.add(name.toLowerCase());
      const folder = join(dir, safeName(item.id));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, name), bytes);
      written += 1;
    }
  }
  return { written, missing };
}
