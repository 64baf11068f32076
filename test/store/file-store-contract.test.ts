import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../src/logger';
import { openFileStore, openMemoryStore } from '../../src/store';
import { storeContract } from './contract';

// The file backend on real files in a fresh folder per case; the memory backend as the second implementation.
let dir = '';
storeContract({
  name: 'file',
  open() {
    dir = mkdtempSync(join(tmpdir(), 'contract-'));
    return openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
  },
  reopen(store) {
    store.close();
    return openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
  },
  cleanup() {
    rmSync(dir, { recursive: true, force: true });
  },
});

storeContract({ name: 'memory', open: () => openMemoryStore() });
