import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store';

// The contract every Store backend must pass: reads, the rules a change obeys, and transactions (all or
// nothing, one at a time, keyed by their source so a replay changes nothing). `open` gives a fresh, empty
// store; `reopen` (when the backend keeps anything) the same store as a restarted process sees it.

export interface Backend {
  name: string;
  open(): Store;
  reopen?(store: Store): Store;
  cleanup?(): void;
}

const at = (iso: string) => new Date(iso);
const meta = (n: number, by = 'ou_admin') => ({
  by,
  at: at(`2026-03-0${1 + (n % 9)}T02:00:00Z`),
  messageId: `om_${n}`,
});
const reply = (text: string) => ({ blocks: [{ type: 'paragraph', content: text }] });

export function storeContract(backend: Backend): void {
  describe(`the ${backend.name} store (contract)`, () => {
    const withStore = async (fn: (s: Store) => Promise<void> | void) => {
      const store = backend.open();
      try {
        await fn(store);
      } finally {
        store.close();
        backend.cleanup?.();
      }
    };

    it('answers reads from what was written: members, owners, progress, items, calendar days', () =>
      withStore((s) => {
        s.addMember(meta(1), { openId: 'ou_zhang', division: '社保处', role: '处长', name: '张三' });
        s.assignTarget(meta(2), { kind: 'goal', index: 3, division: '社保处' });
        const p = s.recordProgress(meta(3, 'ou_zhang'), {
          target: { kind: 'task', id: '3.2' },
          division: '社保处',
          text: '完成进点',
        });
        const item = s.registerItem(meta(4, 'ou_zhang'), {
          issue: '资金闲置',
          unit: '市社保中心',
          division: '社保处',
          deadline: '2026-06-30',
        });
        s.setCalendarDay(meta(5), '2099-01-01', 'holiday');
        expect(s.member('ou_zhang')).toMatchObject({ division: '社保处', role: '处长', name: '张三' });
        expect(s.headsOf('社保处').map((m) => m.openId)).toEqual(['ou_zhang']);
        expect(s.targetOwner('goal', 3)?.division).toBe('社保处');
        expect(s.progress({ target: { kind: 'task', id: '3.2' } })).toEqual([p]);
        expect(s.lastProgress({ kind: 'task', id: '3.2' })?.text).toBe('完成进点');
        expect(item.id).toBe('ZG-2026-001');
        expect(s.items({ open: true }).map((i) => i.id)).toEqual([item.id]);
        expect(s.calendarOverrides()).toEqual({ '2099-01-01': 'holiday' });
        expect(s.journalLength).toBe(5);
      }));

    it('numbers items per year in the bureau’s zone', () =>
      withStore((s) => {
        s.registerItem(meta(1), { issue: 'a', unit: 'u', division: '社保处', deadline: '2026-06-30' });
        expect(s.nextItemId(at('2026-12-31T15:59:00Z'))).toBe('ZG-2026-002');
        // 2027-01-01 00:30 in Shanghai is still 2026-12-31 in UTC.
        expect(s.nextItemId(at('2026-12-31T16:30:00Z'))).toBe('ZG-2027-001');
      }));

    it('refuses a change its rules forbid and records nothing', () =>
      withStore((s) => {
        const item = s.registerItem(meta(1), {
          issue: 'a',
          unit: 'u',
          division: '投资处',
          deadline: '2026-04-01',
        });
        expect(() => s.approveItem(meta(2), item.id)).toThrow(/不在待审核/);
        s.closeItem(meta(3), item.id, '已整改', false);
        expect(() => s.noteItem(meta(4), item.id, 'x')).toThrow(/已销号/);
        expect(() => s.noteItem(meta(5), 'ZG-2026-999', 'x')).toThrow(/不存在/);
        expect(s.journalLength).toBe(2);
      }));

    it('commits a transaction’s changes together with its outcome, and a replay of its source changes nothing', async () => {
      let s = backend.open();
      try {
        s.addMember(meta(0), { openId: 'ou_li', division: '社保处', role: '处长' });
        const source = { messageId: 'om_tx' };
        const first = await s.transact(source, () => {
          s.recordProgress(
            { ...meta(1, 'ou_li'), messageId: 'om_tx' },
            { target: { kind: 'task', id: '3.2' }, division: '社保处', text: '一' },
          );
          return reply('已记录 一');
        });
        expect(first).toEqual({ kind: 'done', outcome: reply('已记录 一'), recorded: true });
        const again = await s.transact({ ...source, replay: true }, () => {
          throw new Error('must not run again');
        });
        expect(again).toEqual({ kind: 'replayed', outcome: reply('已记录 一') });
        expect(s.progress()).toHaveLength(1);
        if (backend.reopen) {
          s = backend.reopen(s);
          const afterRestart = await s.transact({ ...source, replay: true }, () => reply('不应出现'));
          expect(afterRestart).toEqual({ kind: 'replayed', outcome: reply('已记录 一') });
          expect(s.progress()).toHaveLength(1);
        }
      } finally {
        s.close();
        backend.cleanup?.();
      }
    });

    it('keeps nothing of a transaction whose work throws, and its own reads saw its changes', async () =>
      withStore(async (s) => {
        let seen = 0;
        await expect(
          s.transact({ messageId: 'om_boom' }, () => {
            s.addMember(
              { ...meta(1), messageId: 'om_boom' },
              { openId: 'ou_x', division: '社保处', role: '成员' },
            );
            seen = s.members().length;
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect(seen).toBe(1);
        expect(s.members()).toEqual([]);
        expect(s.journalLength).toBe(0);
        // The same source may then run (it committed nothing).
        const ok = await s.transact({ messageId: 'om_boom' }, () => {
          s.addMember(
            { ...meta(1), messageId: 'om_boom' },
            { openId: 'ou_x', division: '社保处', role: '成员' },
          );
          return reply('ok');
        });
        expect(ok.kind).toBe('done');
        expect(s.members()).toHaveLength(1);
      }));

    it('records nothing when the signal fires before the work is done, and refuses the work’s later writes', async () =>
      withStore(async (s) => {
        const controller = new AbortController();
        let release: () => void = () => {};
        const blocked = new Promise<void>((r) => {
          release = r;
        });
        const m = { ...meta(1), messageId: 'om_slow' };
        const pending = s.transact(
          { messageId: 'om_slow' },
          async () => {
            s.addMember(m, { openId: 'ou_a', division: '社保处', role: '成员' });
            await blocked;
            s.addMember(m, { openId: 'ou_b', division: '社保处', role: '成员' });
            return reply('late');
          },
          controller.signal,
        );
        controller.abort();
        expect(await pending).toEqual({ kind: 'aborted' });
        expect(s.members()).toEqual([]);
        release();
        // The abandoned work's write after the abort is refused, and nothing was kept.
        await new Promise((r) => setImmediate(r));
        expect(s.members()).toEqual([]);
        expect(s.journalLength).toBe(0);
      }));

    it('runs transactions one at a time', async () =>
      withStore(async (s) => {
        const order: string[] = [];
        const a = s.transact({ messageId: 'om_a' }, async () => {
          order.push('a start');
          await new Promise((r) => setTimeout(r, 20));
          order.push('a end');
          return reply('a');
        });
        const b = s.transact({ messageId: 'om_b' }, () => {
          order.push('b');
          return reply('b');
        });
        await Promise.all([a, b]);
        expect(order).toEqual(['a start', 'a end', 'b']);
      }));

    it('refuses a write for another message while a transaction is open', async () =>
      withStore(async (s) => {
        await s.transact({ messageId: 'om_mine' }, () => {
          expect(() =>
            s.addMember(
              { ...meta(1), messageId: 'om_other' },
              { openId: 'ou_a', division: '社保处', role: '成员' },
            ),
          ).toThrow(/事务/);
          return reply('ok');
        });
        expect(s.members()).toEqual([]);
      }));

    it('records nothing for a transaction that changes nothing, so the same source may run again', async () =>
      withStore(async (s) => {
        expect(await s.transact({ messageId: 'om_q' }, () => reply('一个问题'))).toEqual({
          kind: 'done',
          outcome: reply('一个问题'),
          recorded: false,
        });
        expect(s.journalLength).toBe(0);
        expect((await s.transact({ messageId: 'om_q', replay: true }, () => reply('再答一次'))).kind).toBe(
          'done',
        );
      }));

    it('retracts only the author’s own latest standing update and keeps it in history', () =>
      withStore((s) => {
        const target = { kind: 'task' as const, id: '1.1' };
        const a = s.recordProgress(meta(1, 'ou_a'), { target, division: '教科文处', text: '一' });
        const b = s.recordProgress(meta(2, 'ou_a'), { target, division: '教科文处', text: '二' });
        s.recordProgress(meta(3, 'ou_b'), { target, division: '教科文处', text: '三' });
        expect(s.retractLastProgress(meta(4, 'ou_a'))?.seq).toBe(b.seq);
        expect(s.retractLastProgress(meta(5, 'ou_a'))?.seq).toBe(a.seq);
        expect(s.retractLastProgress(meta(6, 'ou_a'))).toBeUndefined();
        expect(s.progress({ target }).map((u) => u.text)).toEqual(['三']);
        expect(s.progress({ target, includeRetracted: true }).map((u) => Boolean(u.retracted))).toEqual([
          true,
          true,
          false,
        ]);
      }));
  });
}
