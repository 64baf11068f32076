import { describe, expect, it } from 'vitest';
import type { Store, StoreErrorCode } from '../../src/store';

// The contract every Store backend must pass: reads, the rules a change obeys, and transactions (all or
// nothing, one at a time, keyed by their source so a replay changes nothing). `open` gives a fresh, empty
// store; `reopen` (when the backend keeps anything) the same store as a restarted process sees it.

export interface Backend {
  name: string;
  open(): Store | Promise<Store>;
  reopen?(store: Store): Store | Promise<Store>;
  cleanup?(): void | Promise<void>;
}

const at = (iso: string) => new Date(iso);
const meta = (n: number, by = 'ou_admin') => ({
  by,
  at: at(`2026-03-0${1 + (n % 9)}T02:00:00Z`),
  messageId: `om_${n}`,
});
/** A StoreError of this code (and, when given, with these data), whatever its wording. */
const refused = (code: StoreErrorCode, data?: Record<string, unknown>) =>
  expect.objectContaining({
    name: 'StoreError',
    code,
    ...(data ? { data: expect.objectContaining(data) } : {}),
  });
const reply = (text: string) => ({ blocks: [{ type: 'paragraph', content: text }] });

export function storeContract(backend: Backend): void {
  describe(`the ${backend.name} store (contract)`, () => {
    const withStore = async (fn: (s: Store) => Promise<void> | void) => {
      const store = await backend.open();
      try {
        await fn(store);
      } finally {
        await store.close();
        await backend.cleanup?.();
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

    it('keeps a calendar import waiting until confirmed, then applies its named days; a day set or deleted leaves it', async () => {
      let s = await backend.open();
      try {
        s.setCalendarDay(meta(1), '2027-01-04', 'holiday');
        s.importCalendar(meta(2), {
          year: 2027,
          days: [
            { day: '2027-02-08', kind: 'holiday', name: '春节' },
            { day: '2027-02-09', kind: 'holiday', name: '春节' },
            { day: '2027-02-14', kind: 'workday', name: '春节' },
          ],
          file: '通知.docx',
        });
        expect(s.calendarOverrides()).toEqual({ '2027-01-04': 'holiday' });
        expect(s.calendarSettings().pending).toMatchObject({ year: 2027, file: '通知.docx', by: 'ou_admin' });
        expect(() => s.confirmCalendar(meta(3), 2028)).toThrow(
          refused('calendar-not-pending', { year: 2028, pending: 2027 }),
        );
        s.unsetCalendarDay(meta(4), '2027-02-09');
        s.setCalendarDay(meta(5), '2027-02-14', 'holiday', '春节');
        expect(s.calendarSettings().pending?.days.map((d) => d.day)).toEqual(['2027-02-08']);
        if (backend.reopen) s = await backend.reopen(s);
        s.confirmCalendar(meta(6), 2027);
        expect(s.calendarOverrides()).toEqual({
          '2027-01-04': 'holiday',
          '2027-02-08': 'holiday',
          '2027-02-14': 'holiday',
        });
        expect(s.calendarSettings()).toEqual({
          names: { '2027-02-08': '春节', '2027-02-14': '春节' },
          confirmed: { '2027': { by: 'ou_admin', at: meta(6).at.toISOString() } },
        });
        expect(() => s.confirmCalendar(meta(7), 2027)).toThrow(refused('calendar-not-pending'));
        expect(() => s.unsetCalendarDay(meta(8), '2027-03-01')).toThrow(refused('calendar-not-set'));
        s.unsetCalendarDay(meta(9), '2027-02-08');
        expect(s.calendarSettings().names).toEqual({ '2027-02-14': '春节' });
        expect(s.journalLength).toBe(6);
      } finally {
        await s.close();
        await backend.cleanup?.();
      }
    });

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
        expect(() => s.approveItem(meta(2), item.id)).toThrow(refused('item-not-pending'));
        s.closeItem(meta(3), item.id, '已整改', false);
        expect(() => s.noteItem(meta(4), item.id, 'x')).toThrow(refused('item-closed'));
        expect(() => s.noteItem(meta(5), 'ZG-2026-999', 'x')).toThrow(refused('item-not-found'));
        expect(s.journalLength).toBe(2);
      }));

    it('commits a transaction’s changes together with its outcome, and a replay of its source changes nothing', async () => {
      let s = await backend.open();
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
          s = await backend.reopen(s);
          const afterRestart = await s.transact({ ...source, replay: true }, () => reply('不应出现'));
          expect(afterRestart).toEqual({ kind: 'replayed', outcome: reply('已记录 一') });
          expect(s.progress()).toHaveLength(1);
        }
      } finally {
        await s.close();
        await backend.cleanup?.();
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
          { signal: controller.signal },
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
          ).toThrow(refused('not-writable', { reason: 'other-transaction' }));
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

    describe('the ledger’s state machine (挂号销号)', () => {
      const register = (s: Store, n: number, issue = '资金闲置', by = 'ou_m') =>
        s.registerItem(meta(n, by), {
          issue,
          unit: '市社保中心',
          division: '社保处',
          deadline: '2026-06-30',
        });

      it('lets no one review their own request by any path: not approve, not reject, not decide it again after a refusal', () =>
        withStore((s) => {
          const item = register(s, 1);
          s.closeItem(meta(2, 'ou_m'), item.id, '已整改', true);
          // Promoted since, the requester still cannot approve or refuse their own request…
          expect(() => s.approveItem(meta(3, 'ou_m'), item.id)).toThrow(refused('own-request'));
          expect(() => s.rejectRequest(meta(3, 'ou_m'), item.id, '自己退回')).toThrow(refused('own-request'));
          expect(s.item(item.id)?.status).toBe('待审核');
          // …nor, once someone else refused it, close (or extend) directly over that refusal.
          s.rejectRequest(meta(4, 'ou_head'), item.id, '材料不全');
          expect(() => s.closeItem(meta(5, 'ou_m'), item.id, '直接销号', false)).toThrow(
            refused('own-request'),
          );
          s.requestExtension(meta(5, 'ou_m'), item.id, '2026-09-30', '需要时间');
          s.rejectRequest(meta(6, 'ou_head'), item.id, '不同意');
          expect(() => s.extendItem(meta(7, 'ou_m'), item.id, '2026-09-30', '直接延期')).toThrow(
            refused('own-request'),
          );
          // Asking again goes to another reviewer; anyone else may decide directly.
          s.closeItem(meta(7, 'ou_m'), item.id, '补齐材料', true);
          s.approveItem(meta(8, 'ou_head'), item.id);
          expect(s.item(item.id)?.status).toBe('已销号');
          const other = register(s, 9, '另一问题');
          s.closeItem(meta(10, 'ou_m'), other.id, '已整改', true);
          s.rejectRequest(meta(11, 'ou_head'), other.id, '材料不全');
          s.closeItem(meta(12, 'ou_head'), other.id, '复核后销号', false);
          expect(s.item(other.id)?.status).toBe('已销号');
        }));

      it('sends a rejected close back to 整改中 with the reason and who asked, and approves only another’s request', () =>
        withStore((s) => {
          const item = register(s, 1);
          s.closeItem(meta(2, 'ou_m'), item.id, '已整改', true, 30);
          expect(s.item(item.id)).toMatchObject({ status: '待审核', pending: { kind: 'close', by: 'ou_m' } });
          expect(() => s.approveItem(meta(3, 'ou_m'), item.id)).toThrow(refused('own-request'));
          expect(() => s.closeItem(meta(3, 'ou_head'), item.id, '直接销号', false)).toThrow(
            refused('item-pending'),
          );
          s.rejectRequest(meta(4, 'ou_head'), item.id, '材料不全');
          const rejected = s.item(item.id)!;
          expect(rejected.status).toBe('整改中');
          expect(rejected.pending).toBeUndefined();
          expect(rejected.history.at(-1)).toMatchObject({
            kind: '驳回销号',
            by: 'ou_head',
            text: '材料不全',
            requestedBy: 'ou_m',
            messageId: 'om_4',
          });
          expect(() => s.approveItem(meta(5, 'ou_head'), item.id)).toThrow(refused('item-not-pending'));
          s.closeItem(meta(6, 'ou_m'), item.id, '补齐材料', true, 30);
          s.approveItem(meta(7, 'ou_head'), item.id, '同意');
          expect(s.item(item.id)).toMatchObject({ status: '已销号', rectifiedAmount: 30 });
          expect(s.item(item.id)!.history.at(-1)).toMatchObject({ kind: '审核通过', requestedBy: 'ou_m' });
        }));

      it('lets only the requester withdraw a pending request: a close back to 整改中, an extension dropped', () =>
        withStore((s) => {
          const item = register(s, 1);
          expect(() => s.withdrawRequest(meta(2, 'ou_m'), item.id)).toThrow(
            refused('item-not-pending', { request: 'close' }),
          );
          s.closeItem(meta(2, 'ou_m'), item.id, '已整改', true, 30);
          expect(() => s.withdrawRequest(meta(3, 'ou_head'), item.id)).toThrow(refused('not-own-request'));
          s.withdrawRequest(meta(3, 'ou_m'), item.id, '还有一笔未追回');
          expect(s.item(item.id)).toMatchObject({ status: '整改中' });
          expect(s.item(item.id)!.pending).toBeUndefined();
          expect(s.item(item.id)!.history.at(-1)).toMatchObject({
            kind: '撤回销号',
            by: 'ou_m',
            text: '还有一笔未追回',
          });
          s.requestExtension(meta(4, 'ou_m'), item.id, '2026-09-30', '跨年度');
          s.withdrawRequest(meta(5, 'ou_m'), item.id);
          expect(s.item(item.id)).toMatchObject({ status: '整改中', deadline: '2026-06-30' });
          expect(s.item(item.id)!.history.at(-1)).toMatchObject({
            kind: '撤回延期',
            oldDeadline: '2026-06-30',
            newDeadline: '2026-09-30',
          });
          expect(() => s.approveExtension(meta(6, 'ou_head'), item.id)).toThrow(refused('item-not-pending'));
        }));

      it('reopens only a closed item, keeping its history, and leaves it open again', () =>
        withStore((s) => {
          const item = register(s, 1);
          expect(() => s.reopenItem(meta(2, 'ou_sec'), item.id, '复查')).toThrow(refused('item-not-closed'));
          s.closeItem(meta(3, 'ou_head'), item.id, '已整改', false);
          expect(s.items({ open: true })).toEqual([]);
          s.reopenItem(meta(4, 'ou_sec'), item.id, '复查发现未整改到位');
          const reopened = s.item(item.id)!;
          expect(reopened.status).toBe('整改中');
          expect(reopened.closedAt).toBeUndefined();
          expect(reopened.history.map((h) => h.kind)).toEqual(['登记', '销号', '重开']);
          expect(s.items({ open: true }).map((i) => i.id)).toEqual([item.id]);
        }));

      it('keeps a voided item in the trail but out of lists, and refuses any change to it', () =>
        withStore((s) => {
          const item = register(s, 1);
          s.voidItem(meta(2, 'ou_m'), item.id, '重复录入');
          expect(s.items()).toEqual([]);
          expect(s.items({ open: true })).toEqual([]);
          expect(s.items({ includeVoided: true }).map((i) => i.status)).toEqual(['已作废']);
          expect(s.items({ status: '已作废' })).toHaveLength(1);
          for (const change of [
            () => s.noteItem(meta(3), item.id, 'x'),
            () => s.extendItem(meta(3), item.id, '2027-01-01', 'x'),
            () => s.closeItem(meta(3), item.id, 'x', false),
            () => s.reopenItem(meta(3), item.id, 'x'),
            () => s.voidItem(meta(3), item.id, 'x'),
          ])
            expect(change).toThrow(refused('item-voided'));
          // Its id stays taken.
          expect(register(s, 4, '另一个问题').id).toBe('ZG-2026-002');
        }));

      it('extends only to a later deadline; a request waits for another person’s approval', () =>
        withStore((s) => {
          const item = register(s, 1);
          expect(() => s.extendItem(meta(2, 'ou_head'), item.id, '2026-05-01', '提前')).toThrow(
            refused('deadline-not-later'),
          );
          expect(() => s.extendItem(meta(2, 'ou_head'), item.id, '2026-06-30', '同日')).toThrow(
            refused('deadline-not-later'),
          );
          s.requestExtension(meta(3, 'ou_m'), item.id, '2026-09-30', '跨年度预算');
          expect(s.item(item.id)).toMatchObject({
            deadline: '2026-06-30',
            status: '整改中',
            pending: { kind: 'extension', deadline: '2026-09-30', by: 'ou_m' },
          });
          expect(() => s.requestExtension(meta(4, 'ou_m'), item.id, '2026-10-30', '再延')).toThrow(
            refused('item-pending'),
          );
          expect(() => s.approveExtension(meta(5, 'ou_m'), item.id)).toThrow(refused('own-request'));
          expect(() => s.approveItem(meta(5, 'ou_head'), item.id)).toThrow(refused('item-not-pending'));
          s.approveExtension(meta(6, 'ou_head'), item.id);
          expect(s.item(item.id)).toMatchObject({ deadline: '2026-09-30' });
          expect(s.item(item.id)!.pending).toBeUndefined();
          expect(s.item(item.id)!.history.at(-1)).toMatchObject({
            kind: '批准延期',
            oldDeadline: '2026-06-30',
            newDeadline: '2026-09-30',
            requestedBy: 'ou_m',
          });
          s.requestExtension(meta(7, 'ou_m'), item.id, '2026-12-31', '再延一次');
          s.rejectRequest(meta(8, 'ou_head'), item.id, '理由不充分');
          expect(s.item(item.id)).toMatchObject({ deadline: '2026-09-30' });
          expect(s.item(item.id)!.history.at(-1)).toMatchObject({
            kind: '驳回延期',
            newDeadline: '2026-12-31',
          });
          // A close settles a pending extension.
          s.requestExtension(meta(9, 'ou_m'), item.id, '2026-12-31', '再延');
          s.closeItem(meta(9, 'ou_m'), item.id, '提前完成', true);
          expect(s.item(item.id)!.pending).toMatchObject({ kind: 'close' });
          expect(() => s.requestExtension(meta(9, 'ou_m'), item.id, '2027-01-31', 'x')).toThrow(
            refused('item-pending'),
          );
        }));

      it('does not register an identical open item twice; once that one is closed or voided it may', () =>
        withStore((s) => {
          const first = register(s, 1, '专项资金结存未使用');
          expect(() => register(s, 2, ' 专项资金结存未使用。')).toThrow(new RegExp(first.id));
          expect(s.openDuplicateOf('专项资金结存未使用', '市社保中心')?.id).toBe(first.id);
          s.voidItem(meta(3), first.id, '误录');
          expect(register(s, 4, '专项资金结存未使用').id).toBe('ZG-2026-002');
        }));

      it('moves an item, keeping the old values in its history; a move to where it is changes nothing', () =>
        withStore((s) => {
          const item = register(s, 1);
          s.transferItem(meta(2, 'ou_sec'), item.id, {
            division: '投资处',
            responsible: '张三',
            responsibleId: 'ou_z',
          });
          expect(s.item(item.id)).toMatchObject({
            division: '投资处',
            responsible: '张三',
            responsibleId: 'ou_z',
          });
          expect(s.item(item.id)!.history.at(-1)!.changes).toEqual([
            { field: '处室', from: '社保处', to: '投资处' },
            { field: '责任人', from: '', to: '张三(ou_z)' },
          ]);
          s.transferItem(meta(3, 'ou_sec'), item.id, { responsible: '李四' });
          expect(s.item(item.id)!.responsibleId).toBeUndefined();
          expect(() => s.transferItem(meta(4, 'ou_sec'), item.id, { division: '投资处' })).toThrow(
            refused('no-change'),
          );
        }));

      it('remembers each person’s latest ledger event', () =>
        withStore((s) => {
          const item = register(s, 1);
          s.noteItem(meta(2, 'ou_m'), item.id, '推进中');
          expect(s.lastItemEventBy('ou_m')).toMatchObject({ item: { id: item.id }, event: { kind: '进展' } });
          expect(s.lastItemEventBy('ou_other')).toBeUndefined();
        }));

      it('replays records written before requests existed as they meant then', () =>
        withStore(async (s) => {
          const base = { at: '2026-03-02T02:00:00.000Z', by: 'ou_m' };
          await s.importEvents([
            {
              ...base,
              seq: 1,
              type: 'zg.register',
              data: { id: 'ZG-2026-001', issue: '甲', unit: 'u', division: '社保处', deadline: '2026-12-31' },
            },
            // The old 延期 moved a deadline earlier; it still does, as it did.
            {
              ...base,
              seq: 2,
              type: 'zg.extend',
              data: { id: 'ZG-2026-001', deadline: '2026-11-01', reason: '误' },
            },
            { ...base, seq: 3, type: 'zg.close', data: { id: 'ZG-2026-001', text: '已整改', pending: true } },
            { ...base, seq: 4, by: 'ou_head', type: 'zg.approve', data: { id: 'ZG-2026-001' } },
          ]);
          expect(s.item('ZG-2026-001')).toMatchObject({ deadline: '2026-11-01', status: '已销号' });
          expect(s.item('ZG-2026-001')!.history.map((h) => h.kind)).toEqual([
            '登记',
            '延期',
            '申请销号',
            '审核通过',
          ]);
        }));
    });

    describe('people, retractions and digest windows', () => {
      it('takes back one update by its number, only the author’s own', () =>
        withStore((s) => {
          const target = { kind: 'task' as const, id: '3.2' };
          const a = s.recordProgress(meta(1, 'ou_a'), { target, division: '社保处', text: '一' });
          expect(() => s.retractProgress(meta(2, 'ou_b'), a.seq)).toThrow(refused('update-not-own'));
          expect(s.retractProgress(meta(3, 'ou_a'), a.seq).retracted).toBeDefined();
          expect(() => s.retractProgress(meta(4, 'ou_a'), a.seq)).toThrow(refused('update-retracted'));
          expect(() => s.retractProgress(meta(5, 'ou_a'), 999)).toThrow(refused('update-not-found'));
        }));

      it('learns a name with a transaction’s changes only, and only when new or changed', async () =>
        withStore(async (s) => {
          const m = { ...meta(1, 'ou_a'), messageId: 'om_q' };
          await s.transact({ messageId: 'om_q' }, () => {
            s.learnName(m, 'ou_a', '张三');
            expect(s.personName('ou_a')).toBe('张三');
            return reply('只是问问');
          });
          expect(s.personName('ou_a')).toBeUndefined();
          expect(s.journalLength).toBe(0);
          const w = { ...meta(2, 'ou_a'), messageId: 'om_w' };
          await s.transact({ messageId: 'om_w' }, () => {
            s.learnName(w, 'ou_a', '张三');
            s.addMember(w, { openId: 'ou_b', division: '社保处', role: '成员' });
            return reply('已添加');
          });
          expect(s.personName('ou_a')).toBe('张三');
          const length = s.journalLength;
          s.learnName(meta(3), 'ou_a', '张三');
          expect(s.journalLength).toBe(length);
          s.learnName(meta(4), 'ou_a', '张三丰');
          expect(s.personName('ou_a')).toBe('张三丰');
          s.addMember(meta(5), { openId: 'ou_c', division: '社保处', role: '成员', name: '李四' });
          expect(s.personName('ou_c')).toBe('李四');
        }));

      it('records digest windows that follow one another with no day missing or counted twice', () =>
        withStore((s) => {
          expect(s.lastDigest()).toBeUndefined();
          s.recordDigest(meta(1, 'scheduler'), { from: '2026-09-21', to: '2026-09-27' });
          expect(() =>
            s.recordDigest(meta(2, 'scheduler'), { from: '2026-09-27', to: '2026-10-07' }),
          ).toThrow(refused('digest-window', { expected: '2026-09-28' }));
          expect(() =>
            s.recordDigest(meta(2, 'scheduler'), { from: '2026-09-29', to: '2026-10-07' }),
          ).toThrow(refused('digest-window', { expected: '2026-09-28' }));
          s.recordDigest(meta(3, 'scheduler'), { from: '2026-09-28', to: '2026-10-07' });
          expect(s.lastDigest()).toMatchObject({ from: '2026-09-28', to: '2026-10-07' });
        }));
    });

    it('counts records that name no plan as the legacy plan’s, also when it is named after they were read', async () => {
      let s = await backend.open();
      try {
        s.assignTarget(meta(1), { kind: 'goal', index: 3, division: '社保处' });
        s.recordProgress(meta(2, 'ou_zhang'), {
          target: { kind: 'task', id: '3.2' },
          division: '社保处',
          text: '旧',
        });
        s.assignTarget(meta(3), { kind: 'goal', index: 3, division: '民政处', plan: 'p2021' });
        s.recordProgress(meta(4, 'ou_zhang'), {
          target: { kind: 'task', id: '3.2', plan: 'p2021' },
          division: '社保处',
          text: '新',
        });
        s = (await backend.reopen?.(s)) ?? s;
        s.useLegacyPlan('p2021');
        expect(s.progress({ target: { kind: 'task', id: '3.2', plan: 'p2021' } }).map((p) => p.text)).toEqual(
          ['旧', '新'],
        );
        // The later assignment replaced the earlier one on the same target.
        expect(s.targetOwner('goal', 3, 'p2021')?.division).toBe('民政处');
        expect(s.targetOwners()).toHaveLength(1);
      } finally {
        await s.close();
        await backend.cleanup?.();
      }
    });

    describe('the dashboard’s sign-in', () => {
      const secret = 'k'.repeat(43);

      it('keeps one signing secret: a second one is refused, so nothing signed before stops working', async () => {
        let s = await backend.open();
        try {
          expect(s.signInSecret()).toBeUndefined();
          s.keepSignInSecret(meta(1, 'dash'), secret);
          expect(() => s.keepSignInSecret(meta(2, 'dash'), 'x'.repeat(43))).toThrow(
            expect.objectContaining({ code: 'secret-exists' }),
          );
          expect(s.signInSecret()).toBe(secret);
          s = (await backend.reopen?.(s)) ?? s;
          expect(s.signInSecret()).toBe(secret);
        } finally {
          await s.close();
          await backend.cleanup?.();
        }
      });

      it('refuses a sign-in link used before, also after a restart, and forgets links once expired', async () => {
        let s = await backend.open();
        try {
          const first = meta(1, 'ou_a');
          s.useSignInLink(first, 'n1', new Date(first.at.getTime() + 600_000));
          expect(s.signInLinkUsed('n1')).toBe(true);
          expect(s.signInLinkUsed('n2')).toBe(false);
          expect(() =>
            s.useSignInLink(meta(1, 'ou_a'), 'n1', new Date(first.at.getTime() + 600_000)),
          ).toThrow(expect.objectContaining({ code: 'link-used' }));
          s = (await backend.reopen?.(s)) ?? s;
          expect(s.signInLinkUsed('n1')).toBe(true);
          expect(() =>
            s.useSignInLink(meta(1, 'ou_a'), 'n1', new Date(first.at.getTime() + 600_000)),
          ).toThrow(expect.objectContaining({ code: 'link-used' }));
          // A link used a day later: the first one has long expired and is no longer kept.
          s.useSignInLink(meta(2, 'ou_b'), 'n2', new Date(meta(2).at.getTime() + 600_000));
          expect(s.signInLinkUsed('n1')).toBe(false);
          expect(s.signInLinkUsed('n2')).toBe(true);
        } finally {
          await s.close();
          await backend.cleanup?.();
        }
      });
    });
  });
}
