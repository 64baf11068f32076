// Child process for the kill test: writes progress and ledger records as fast as it can and prints the
// seq of each one the store acknowledged (returned), until it is killed.
import { silentLogger } from '../../src/logger';
import { openFileStore } from '../../src/store';

const store = openFileStore({ dataDir: process.argv[2]!, logger: silentLogger, fsync: false });
for (let i = 0; ; i += 1) {
  const meta = { by: `ou_${i % 7}`, at: new Date(Date.UTC(2026, 0, 1) + i * 60_000), messageId: `om_${i}` };
  if (i % 5 === 4) {
    const item = store.registerItem(meta, {
      // A round after a kill starts again at i = 0: the pid keeps its problems apart from the last round's.
      issue: `问题${process.pid}-${i}`,
      unit: '单位',
      division: '社保处',
      deadline: '2026-12-31',
    });
    process.stdout.write(`item ${item.id}\n`);
  } else {
    const update = store.recordProgress(meta, {
      target: { kind: 'task', id: '3.2' },
      division: '社保处',
      text: `第${i}条`,
    });
    process.stdout.write(`progress ${update.seq}\n`);
  }
}
