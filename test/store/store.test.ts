import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/logger';
import { openFileStore, type Store, storePaths, verifyStore } from '../../src/store';

const at = (iso: string) => new Date(iso);
const admin = { by: 'ou_admin', at: at('2026-03-02T02:00:00Z'), messageId: 'om_1' };

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (msg: string) => lines.push(msg);
  return { lines, info: push, warn: push, error: push };
}

describe('the store', () => {
  let dir: string;
  let store: Store | undefined;
  const open = () => {
    store = openFileStore({ dataDir: dir, logger: recordingLogger(), fsync: false });
    return store;
  };
  const reopen = () => {
    store?.close();
    return open();
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'store-'));
  });
  afterEach(() => {
    store?.close();
    store = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps members, owners, progress and ledger items across a reopen from real files', () => {
    const s = open();
    s.addMember(admin, { openId: 'ou_zhang', division: '社保处', role: '处长', name: '张三' });
    s.assignTarget(admin, { kind: 'goal', index: 3, division: '社保处' });
    const p = s.recordProgress(
      { by: 'ou_zhang', at: at('2026-03-02T03:00:00Z') },
      { target: { kind: 'task', id: '3.2' }, division: '社保处', text: '完成进点' },
    );
    const item = s.registerItem(
      { by: 'ou_zhang', at: at('2026-03-02T04:00:00Z') },
      { issue: '资金闲置', unit: '市社保中心', division: '社保处', deadline: '2026-06-30' },
    );
    expect(item.id).toBe('ZG-2026-001');
    s.extendItem({ by: 'ou_zhang', at: at('2026-03-03T04:00:00Z') }, item.id, '2026-09-30', '跨年度项目');

    const t = reopen();
    expect(t.member('ou_zhang')).toMatchObject({ division: '社保处', role: '处长', name: '张三' });
    expect(t.headsOf('社保处').map((m) => m.openId)).toEqual(['ou_zhang']);
    expect(t.targetOwner('goal', 3)?.division).toBe('社保处');
    expect(t.progress({ target: { kind: 'task', id: '3.2' } })).toEqual([p]);
    const again = t.item('ZG-2026-001')!;
    expect(again.deadline).toBe('2026-09-30');
    expect(again.history.map((h) => [h.kind, h.oldDeadline, h.newDeadline])).toEqual([
      ['登记', undefined, '2026-06-30'],
      ['延期', '2026-06-30', '2026-09-30'],
    ]);
    expect(t.nextItemId(at('2026-12-31T15:59:00Z'))).toBe('ZG-2026-002');
    // 2027-01-01 00:30 in Shanghai is still 2026-12-31 in UTC: the year follows the bureau's calendar.
    expect(t.nextItemId(at('2026-12-31T16:30:00Z'))).toBe('ZG-2027-001');
    expect(verifyStore(dir)).toMatchObject({ ok: true, records: 5 });
  });

  it('retracts only the author’s own latest standing update and keeps it in history', () => {
    const s = open();
    const target = { kind: 'task' as const, id: '1.1' };
    const a = s.recordProgress(
      { by: 'ou_a', at: at('2026-01-05T01:00:00Z') },
      { target, division: '教科文处', text: '一' },
    );
    const b = s.recordProgress(
      { by: 'ou_a', at: at('2026-01-05T02:00:00Z') },
      { target, division: '教科文处', text: '二' },
    );
    s.recordProgress(
      { by: 'ou_b', at: at('2026-01-05T03:00:00Z') },
      { target, division: '教科文处', text: '三' },
    );
    expect(s.retractLastProgress({ by: 'ou_a', at: at('2026-01-05T04:00:00Z') })?.seq).toBe(b.seq);
    expect(s.retractLastProgress({ by: 'ou_a', at: at('2026-01-05T05:00:00Z') })?.seq).toBe(a.seq);
    expect(s.retractLastProgress({ by: 'ou_a', at: at('2026-01-05T06:00:00Z') })).toBeUndefined();
    const t = reopen();
    expect(t.progress({ target }).map((u) => u.text)).toEqual(['三']);
    expect(t.progress({ target, includeRetracted: true }).map((u) => [u.text, Boolean(u.retracted)])).toEqual(
      [
        ['一', true],
        ['二', true],
        ['三', false],
      ],
    );
  });

  it('moves a member’s 销号 to 待审核 and only 审核 closes it', () => {
    const s = open();
    const item = s.registerItem(admin, {
      issue: '问题',
      unit: '单位',
      division: '投资处',
      deadline: '2026-04-01',
    });
    s.closeItem({ by: 'ou_m', at: at('2026-03-05T00:00:00Z') }, item.id, '已整改', true);
    expect(s.item(item.id)?.status).toBe('待审核');
    expect(s.items({ open: true }).map((i) => i.id)).toEqual([item.id]);
    s.approveItem({ by: 'ou_h', at: at('2026-03-06T00:00:00Z') }, item.id);
    expect(reopen().item(item.id)).toMatchObject({ status: '已销号', closedAt: '2026-03-06T00:00:00.000Z' });
    expect(() => store!.noteItem(admin, item.id, 'x')).toThrow(
      expect.objectContaining({ code: 'item-closed' }),
    );
  });

  it('reports progress in a time range, oldest first', () => {
    const s = open();
    const target = { kind: 'indicator' as const, index: 5 };
    for (const day of ['01', '08', '15']) {
      s.recordProgress(
        { by: 'ou_a', at: at(`2026-02-${day}T02:00:00Z`) },
        { target, division: '法规处', text: day },
      );
    }
    expect(
      s.progressBetween(at('2026-02-08T00:00:00Z'), at('2026-02-15T00:00:00Z')).map((u) => u.text),
    ).toEqual(['08']);
    expect(s.lastProgress(target)?.text).toBe('15');
  });

  it('refuses a change it could not read back, before writing anything', () => {
    const s = open();
    s.addMember(admin, { openId: 'ou_x', division: '法规处', role: '成员' });
    const journal = readFileSync(storePaths(dir).journal, 'utf8');
    const task = { kind: 'task' as const, id: '4' };
    expect(() =>
      s.recordProgress({ by: '', at: admin.at }, { target: task, division: '法规处', text: '进点' }),
    ).toThrow(/by/);
    expect(() =>
      s.registerItem(admin, { issue: '问题', unit: '单位', division: '法规处', deadline: '999-12-31' }),
    ).toThrow(/deadline/);
    expect(readFileSync(storePaths(dir).journal, 'utf8')).toBe(journal);
    expect(s.journalLength).toBe(1);
    s.recordProgress(admin, { target: task, division: '法规处', text: '进点' });
    expect(
      reopen()
        .progress()
        .map((u) => u.seq),
    ).toEqual([2]);
    expect(verifyStore(dir)).toMatchObject({ ok: true, records: 2 });
  });

  it('rebuilds a missing progress log from the journal, whole, and goes on', () => {
    const s = open();
    const task = { kind: 'task' as const, id: '4' };
    s.recordProgress(admin, { target: task, division: '法规处', text: '进点' });
    s.addMember(admin, { openId: 'ou_x', division: '法规处', role: '成员' });
    s.recordProgress(admin, { target: task, division: '法规处', text: '报告' });
    s.retractLastProgress(admin);
    const { progress } = storePaths(dir);
    const before = readFileSync(progress, 'utf8');
    s.close();
    store = undefined;
    rmSync(progress);
    const logger = recordingLogger();
    store = openFileStore({ dataDir: dir, logger, fsync: false });
    expect(logger.lines).toContain('store.derived-log-rebuilt');
    expect(readFileSync(progress, 'utf8')).toBe(before);
    expect(existsSync(`${progress}.tmp`)).toBe(false);
    expect(store.progress({ includeRetracted: true }).map((u) => [u.text, Boolean(u.retracted)])).toEqual([
      ['进点', false],
      ['报告', true],
    ]);
    expect(verifyStore(dir)).toMatchObject({ ok: true, notes: [] });
  });

  it('sets a torn last journal line aside and goes on', () => {
    const s = open();
    s.addMember(admin, { openId: 'ou_x', division: '法规处', role: '成员' });
    s.close();
    store = undefined;
    const paths = storePaths(dir);
    appendFileSync(paths.journal, '{"seq":2,"at":"2026-');
    const logger = recordingLogger();
    store = openFileStore({ dataDir: dir, logger, fsync: false });
    expect(logger.lines).toContain('store.torn-tail');
    expect(readFileSync(`${paths.journal}.torn`, 'utf8')).toContain('"seq":2');
    expect(store.member('ou_x')).toBeDefined();
    store.addMember(admin, { openId: 'ou_y', division: '法规处', role: '成员' });
    expect(verifyStore(dir)).toMatchObject({ ok: true, records: 2 });
  });

  it('sets an unreadable state file aside and rebuilds it from the journal, saying so', () => {
    open().addMember(admin, { openId: 'ou_x', division: '法规处', role: '成员' });
    store!.close();
    store = undefined;
    const { roster } = storePaths(dir);
    writeFileSync(roster, '{"seq":1,"members":[{"openId":');
    const logger = recordingLogger();
    store = openFileStore({ dataDir: dir, logger, fsync: false });
    expect(logger.lines).toContain('store.file-set-aside');
    expect(readFileSync(`${roster}.corrupt`, 'utf8')).toBe('{"seq":1,"members":[{"openId":');
    expect(store.member('ou_x')?.division).toBe('法规处');
    expect(verifyStore(dir)).toMatchObject({ ok: true, notes: [] });
  });

  it('grants nothing from a roster edited by hand: it does not match the head, and is rebuilt from the journal', () => {
    open().addMember(admin, { openId: 'ou_x', division: '法规处', role: '成员' });
    store!.close();
    store = undefined;
    const { roster } = storePaths(dir);
    const edited = JSON.parse(readFileSync(roster, 'utf8')) as { members: Record<string, unknown>[] };
    edited.members.push({
      openId: 'ou_stranger',
      division: '秘书处',
      role: '处长',
      since: admin.at.toISOString(),
    });
    writeFileSync(roster, JSON.stringify(edited));
    expect(verifyStore(dir).ok).toBe(false);
    const logger = recordingLogger();
    store = openFileStore({ dataDir: dir, logger, fsync: false });
    expect(logger.lines).toContain('store.state-rebuilt');
    expect(store.member('ou_stranger')).toBeUndefined();
    expect(store.member('ou_x')?.role).toBe('成员');
    expect(JSON.parse(readFileSync(roster, 'utf8')).members).toHaveLength(1);
    expect(verifyStore(dir)).toMatchObject({ ok: true, notes: [] });
  });

  it('never serves a deadline or a progress text edited in a derived log, nor a garbage line: they are rebuilt from the journal', () => {
    const s = open();
    s.registerItem(admin, { issue: '问题', unit: '单位', division: '法规处', deadline: '2026-05-01' });
    s.recordProgress(admin, { target: { kind: 'task', id: '4' }, division: '法规处', text: '进点' });
    s.close();
    store = undefined;
    const { ledger, progress } = storePaths(dir);
    writeFileSync(ledger, readFileSync(ledger, 'utf8').replace('2026-05-01', '2029-12-31'));
    writeFileSync(progress, readFileSync(progress, 'utf8').replace('进点', '全部完成'));
    const logger = recordingLogger();
    const t = open();
    store = t;
    expect(t.item('ZG-2026-001')?.deadline).toBe('2026-05-01');
    expect(t.progress().map((u) => u.text)).toEqual(['进点']);
    t.close();
    // A garbage line in the middle of the ledger log: the start goes on, and the log is rebuilt when read.
    const lines = readFileSync(ledger, 'utf8').split('\n');
    writeFileSync(ledger, ['garbage {', ...lines].join('\n'));
    store = openFileStore({ dataDir: dir, logger, fsync: false });
    expect(store.items().map((i) => [i.id, i.deadline])).toEqual([['ZG-2026-001', '2026-05-01']]);
    store.noteItem(admin, 'ZG-2026-001', '已部署');
    expect(logger.lines.filter((l) => l === 'store.derived-log-rebuilt')).toHaveLength(1);
    expect(verifyStore(dir)).toMatchObject({ ok: true, notes: [] });
  });

  it('refuses to start on a corrupt journal line that is not the last', () => {
    const s = open();
    s.addMember(admin, { openId: 'ou_x', division: '法规处', role: '成员' });
    s.addMember(admin, { openId: 'ou_y', division: '法规处', role: '成员' });
    s.close();
    store = undefined;
    const { journal } = storePaths(dir);
    const lines = readFileSync(journal, 'utf8').split('\n');
    lines[0] = lines[0]!.slice(0, 20);
    writeFileSync(journal, lines.join('\n'));
    expect(() => open()).toThrow(/journal\.jsonl/);
    expect(readFileSync(journal, 'utf8')).toBe(lines.join('\n'));
    expect(verifyStore(dir).firstBad).toMatch(/第 1 行/);
  });

  it('catches up a state file left behind by a crash between journal and state write', () => {
    const s = open();
    s.addMember(admin, { openId: 'ou_x', division: '法规处', role: '成员' });
    s.recordProgress(admin, { target: { kind: 'task', id: '4' }, division: '法规处', text: '进点' });
    const { roster, head, progress } = storePaths(dir);
    const before = [roster, head, progress].map((f) => readFileSync(f, 'utf8'));
    s.addMember(admin, { openId: 'ou_y', division: '法规处', role: '处长' });
    s.recordProgress(admin, { target: { kind: 'task', id: '4' }, division: '法规处', text: '报告' });
    s.close();
    store = undefined;
    // As if the process died right after the journal appends: state files and head are from before.
    for (const [i, f] of [roster, head, progress].entries()) writeFileSync(f, before[i]!);
    const v = verifyStore(dir);
    expect(v.ok).toBe(true);
    expect(v.notes.join()).toMatch(/落后/);
    const t = open();
    expect(t.member('ou_y')?.role).toBe('处长');
    expect(t.progress().map((u) => u.text)).toEqual(['进点', '报告']);
    expect(verifyStore(dir).notes).toEqual([]);
  });

  it('sets aside a transaction that a power cut left without its outcome, whole, and goes on', async () => {
    const s = open();
    s.addMember(admin, { openId: 'ou_x', division: '法规处', role: '成员' });
    const m = { by: 'ou_x', at: at('2026-03-03T02:00:00Z'), messageId: 'om_cut' };
    const paths = storePaths(dir);
    const before = [paths.head, paths.progress].map((f) => readFileSync(f));
    await s.transact({ messageId: 'om_cut' }, () => {
      s.recordProgress(m, { target: { kind: 'task', id: '4' }, division: '法规处', text: '进点' });
      return { blocks: [] };
    });
    s.close();
    store = undefined;
    // The journal write was cut short (the outcome line never reached the disk), so nothing after it ran.
    for (const [i, f] of [paths.head, paths.progress].entries()) writeFileSync(f, before[i]!);
    const lines = readFileSync(paths.journal, 'utf8').trimEnd().split('\n');
    writeFileSync(paths.journal, `${lines.slice(0, -1).join('\n')}\n`);
    expect(verifyStore(dir).notes.join()).toMatch(/未完成的事务/);
    const logger = recordingLogger();
    store = openFileStore({ dataDir: dir, logger, fsync: false });
    const t = store;
    expect(logger.lines).toContain('store.unfinished-transaction');
    expect(t.progress()).toEqual([]);
    expect(readFileSync(`${paths.journal}.torn`, 'utf8')).toContain('"text":"进点"');
    expect(verifyStore(dir)).toMatchObject({ ok: true, records: 1, notes: [] });
    // The message can then run again and records once.
    const again = await t.transact({ messageId: 'om_cut', replay: true }, () => {
      t.recordProgress(m, { target: { kind: 'task', id: '4' }, division: '法规处', text: '进点' });
      return { blocks: [] };
    });
    expect(again.kind).toBe('done');
    expect(t.progress().map((u) => u.text)).toEqual(['进点']);
  });

  it('rebuilds state files and the head emptied by a power cut from the whole journal', () => {
    const s = open();
    s.addMember(admin, { openId: 'ou_x', division: '法规处', role: '处长' });
    s.assignTarget(admin, { kind: 'goal', index: 2, division: '法规处' });
    s.registerItem(admin, { issue: '问题', unit: '单位', division: '法规处', deadline: '2026-05-01' });
    s.close();
    store = undefined;
    const paths = storePaths(dir);
    for (const f of [paths.head, paths.roster, paths.targets]) writeFileSync(f, '');
    const t = open();
    expect(t.member('ou_x')?.role).toBe('处长');
    expect(t.targetOwner('goal', 2)?.division).toBe('法规处');
    expect(t.items().map((i) => i.id)).toEqual(['ZG-2026-001']);
    expect(verifyStore(dir)).toMatchObject({ ok: true, notes: [] });
  });

  it('moves a ledger kept in one file per year to the ledger log once, and no command rewrites a growing file', () => {
    const s = open();
    s.registerItem(admin, { issue: '问题', unit: '单位', division: '法规处', deadline: '2026-05-01' });
    s.noteItem(admin, 'ZG-2026-001', '已部署');
    s.close();
    store = undefined;
    const paths = storePaths(dir);
    // The layout before the ledger log: no ledger.jsonl, a ledger-2026.json state file.
    rmSync(paths.ledger);
    const old = join(paths.stateDir, 'ledger-2026.json');
    writeFileSync(old, '{"seq":2,"items":[]}');
    const t = open();
    expect(existsSync(old)).toBe(false);
    expect(t.item('ZG-2026-001')?.history.map((h) => h.kind)).toEqual(['登记', '进展']);
    const size = () => statSync(paths.ledger).size;
    const before = size();
    t.noteItem(admin, 'ZG-2026-001', '已整改');
    expect(size()).toBeGreaterThan(before); // appended, not rewritten
    expect(
      readFileSync(paths.ledger, 'utf8').startsWith(readFileSync(paths.ledger, 'utf8').slice(0, before)),
    ).toBe(true);
    expect(verifyStore(dir)).toMatchObject({ ok: true, notes: [] });
  });

  it('keeps names, digest windows and every item event across a reopen; a folder of an earlier version gains its new state files', () => {
    const s = open();
    const m = (n: number, by = 'ou_m') => ({ by, at: at(`2026-03-0${n}T02:00:00Z`), messageId: `om_${n}` });
    s.learnName(m(1), 'ou_m', '李四');
    s.recordDigest(m(1, 'scheduler'), { from: '2026-02-23', to: '2026-03-01' });
    const item = s.registerItem(m(2), {
      issue: '问题',
      unit: '单位',
      division: '社保处',
      deadline: '2026-04-01',
      kind: '限期整改',
      amount: 120.5,
    });
    s.requestExtension(m(3), item.id, '2026-06-30', '跨年度');
    s.rejectRequest(m(4, 'ou_h'), item.id, '理由不足');
    s.closeItem(m(5), item.id, '已整改', true, 100);
    s.approveItem(m(6, 'ou_h'), item.id);
    s.reopenItem(m(7, 'ou_sec'), item.id, '复查未到位');
    s.transferItem(m(8, 'ou_sec'), item.id, { unit: '新单位' });
    const before = s.item(item.id);
    s.close();
    store = undefined;
    const paths = storePaths(dir);
    // The layout before names and digest windows were kept: neither file exists yet.
    rmSync(paths.people);
    rmSync(paths.reports);
    const t = open();
    expect(t.personName('ou_m')).toBe('李四');
    expect(t.lastDigest()).toMatchObject({ from: '2026-02-23', to: '2026-03-01' });
    expect(t.item(item.id)).toEqual(before);
    expect(t.item(item.id)).toMatchObject({ kind: '限期整改', amount: 120.5, unit: '新单位' });
    // Reopened: no close stands, so no 整改金额; the close it set aside keeps its amount in the history.
    expect(t.item(item.id)?.rectifiedAmount).toBeUndefined();
    expect(t.item(item.id)?.history.find((h) => h.kind === '审核通过')?.amount).toBe(100);
    expect(existsSync(paths.people) && existsSync(paths.reports)).toBe(true);
    expect(verifyStore(dir)).toMatchObject({ ok: true, notes: [] });
    // A directory file that disagrees with the journal is named.
    t.close();
    store = undefined;
    writeFileSync(paths.people, readFileSync(paths.people, 'utf8').replace('李四', '王五'));
    expect(verifyStore(dir)).toMatchObject({ ok: false, firstBad: expect.stringContaining('people.json') });
  });
});
