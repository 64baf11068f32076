import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATE_MODEL_VERSION } from '../../src/store/model/snapshot/model-version';

// A snapshot of the state (PostgreSQL's state_snapshot) is loaded only by the model version that took it. This
// test asks for a decision whenever the model's sources change: when the state a journal derives changes (an
// apply, the state's shape, a record's schema), raise STATE_MODEL_VERSION — instances then rebuild from the
// journal rather than start from a state the new code would not have made; either way, record the new hash.

const root = join(import.meta.dirname, '..', '..');
const SOURCES = ['src/store/state-model.ts', 'src/store/schemas.ts'];

function modelSources(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  // A rule's check (check-*.ts) refuses a change before it is made: it never changes what a journal derives.
  const derives = (f: string) => !f.endsWith('model-version.ts') && !/\/check-[^/]*\.ts$/.test(f);
  return [...SOURCES, ...walk('src/store/model').filter(derives)].sort();
}

describe('the state model version', () => {
  it('is decided again whenever the state model changes', () => {
    const hash = createHash('sha256');
    for (const file of modelSources()) hash.update(`${file}\n`).update(readFileSync(join(root, file)));
    expect(
      { version: STATE_MODEL_VERSION, sources: hash.digest('hex') },
      'src/store/model changed: raise STATE_MODEL_VERSION if the state a journal derives changed, then record the hash here',
    ).toEqual({ version: 1, sources: 'b0fe13f78d7c9f9dce7fe312c66024d70ace8955789cf9c7e6894146b460d641' });
  });
});
