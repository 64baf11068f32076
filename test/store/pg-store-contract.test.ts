import { afterAll, beforeAll, describe } from 'vitest';
import { silentLogger } from '../../src/logger';
import { openPgStore } from '../../src/store/pg/open-pg-store';
import { freshDatabase, onDatabase, pgAvailable, type TestDatabase } from '../support/pg-database';
import { storeContract } from './contract';

// The PostgreSQL backend on a real server, one fresh database for this file, emptied before each case.
const available = await pgAvailable();
let db: TestDatabase | undefined;

describe.skipIf(!available)('PostgreSQL', () => {
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });
  const open = () => openPgStore({ url: db!.url, logger: silentLogger });
  storeContract({
    name: 'PostgreSQL',
    async open() {
      await onDatabase(db!.url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      return open();
    },
    async reopen(store) {
      await store.flush();
      await store.close();
      return open();
    },
  });
});
