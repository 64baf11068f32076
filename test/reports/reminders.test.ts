import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runJob } from '../../src/jobs/run-job';
import { renderText } from '../../src/reply/render-text';
import type { Block, Inline, Reply } from '../../src/reply/reply';
import { reminders } from '../../src/reports/reminders';
import { ADMIN, type JobFixture, jobFixture, REMINDER_CHAT, shanghai } from '../jobs/job-fixture';

const mentionsIn = (reply: Reply): string[] =>
  reply.blocks
    .flatMap((b: Block) => (b.type === 'list' ? b.items : []))
    .flatMap((line) => (typeof line === 'string' ? [] : line))
    .flatMap((part: Inline) => (typeof part === 'object' && 'mention' in part ? [part.mention] : []));

describe('daily reminders', () => {
  let f: JobFixture;
  const registered = shanghai('2026-09-01', '10:00');

  beforeEach(() => {
    f = jobFixture();
    f.store.addMember(
      { by: ADMIN, at: registered },
      { openId: 'ou_head_sb', division: '社保处', role: '处长', name: '王处' },
    );
    f.store.addMember(
      { by: ADMIN, at: registered },
      { openId: 'ou_head_tz', division: '投资处', role: '处长', name: '李处' },
    );
    f.store.addMember(
      { by: ADMIN, at: registered },
      { openId: 'ou_zhao', division: '投资处', role: '成员', name: '赵六' },
    );
  });
  afterEach(() => f.cleanup());

  it('sends one consolidated message per division with its overdue and due-soon items, and nothing else', async () => {
    const a = f.register(registered, {
      issue: '社保基金闲置',
      unit: '市社保中心',
      division: '社保处',
      deadline: '2026-11-20',
    });
    const b = f.register(registered, {
      issue: '养老金发放滞后',
      unit: '市人社局',
      division: '社保处',
      deadline: '2026-11-30',
    });
    const c = f.register(registered, {
      issue: '工程超概算',
      unit: '市城投',
      division: '投资处',
      deadline: '2026-11-25',
    });
    const green = f.register(registered, {
      issue: '招标不规范',
      unit: '市交投',
      division: '投资处',
      deadline: '2026-12-31',
    });
    const closed = f.register(registered, {
      issue: '台账缺失',
      unit: '市水务',
      division: '投资处',
      deadline: '2026-11-01',
    });
    f.store.closeItem({ by: ADMIN, at: registered }, closed, '已整改', false);

    const outcome = await runJob('reminders', shanghai('2026-11-26'), f.deps());
    expect(outcome.status).toBe('sent');
    expect(f.sent).toHaveLength(2);
    expect(f.sent.every((r) => r.chatId === REMINDER_CHAT)).toBe(true);
    const byDivision = (d: string) => renderText(f.sent.find((r) => r.reply.title?.includes(d))!.reply);
    const sb = byDivision('社保处');
    const tz = byDivision('投资处');
    expect(sb).toContain('社保处');
    expect(sb).toContain(a);
    expect(sb).toContain(b);
    expect(sb).toContain('已逾期 6 天');
    expect(sb).toContain('还剩 4 天');
    expect(sb).toContain('单位:市社保中心');
    expect(sb).toContain('期限:2026-11-20');
    expect(sb).not.toContain(c);
    expect(tz).toContain(c);
    expect(tz).toContain('已逾期 1 天');
    expect(tz).not.toContain(green);
    expect(tz).not.toContain(closed);
    expect(f.sent.map((r) => r.reply.colour)).toEqual(['red', 'red']);
  });

  it('@-mentions the responsible person when 责任人 holds an open_id, else the division’s 处长', async () => {
    f.register(registered, {
      issue: '甲',
      unit: '单位甲',
      division: '投资处',
      deadline: '2026-11-20',
      responsible: 'ou_zhao',
    });
    f.register(registered, {
      issue: '乙',
      unit: '单位乙',
      division: '投资处',
      deadline: '2026-11-21',
      responsible: '陈七(ou_chen)',
    });
    f.register(registered, {
      issue: '丙',
      unit: '单位丙',
      division: '投资处',
      deadline: '2026-11-22',
      responsible: '孙八',
    });
    f.register(registered, {
      issue: '戊',
      unit: '单位戊',
      division: '投资处',
      deadline: '2026-11-23',
      responsible: '赵六',
    });
    f.register(registered, {
      issue: '己',
      unit: '单位己',
      division: '投资处',
      deadline: '2026-11-24',
      responsible: '周九',
      responsibleId: 'opaque-id-zhou',
    });
    f.register(registered, { issue: '丁', unit: '单位丁', division: '社保处', deadline: '2026-11-22' });
    const replies = reminders(shanghai('2026-11-26'), f.deps());
    const tz = replies.find((r) => r.reply.title?.includes('投资处'))!;
    // Only people on the roster now are mentioned: 孙八 is on no roster, nor are 陈七 (an id in the text)
    // and 周九 (@-mentioned at registration): their 处长 is mentioned instead, and they are still named;
    // 赵六 is a member, by id or by name.
    expect(mentionsIn(tz.reply)).toEqual(['ou_zhao', 'ou_head_tz', 'ou_head_tz', 'ou_zhao', 'ou_head_tz']);
    expect(renderText(tz.reply)).toMatch(/丙[^\n]*责任人:孙八[^\n]*@李处/);
    expect(renderText(tz.reply)).toMatch(/己[^\n]*责任人:周九[^\n]*@李处/);
    expect(renderText(tz.reply)).toContain('@赵六');
    const sb = replies.find((r) => r.reply.title?.includes('社保处'))!;
    expect(mentionsIn(sb.reply)).toEqual(['ou_head_sb']);
  });

  it('sends nothing on a statutory holiday (2026-10-01), even with overdue items', async () => {
    f.register(registered, { issue: '逾期事项', unit: '某单位', division: '社保处', deadline: '2026-09-15' });
    const outcome = await runJob('reminders', shanghai('2026-10-01'), f.deps());
    expect(outcome.status).toBe('quiet');
    expect(f.sent).toEqual([]);
    // Counted in Shanghai: 2026-09-30 17:00 UTC is already 10-01 there.
    expect(reminders(new Date('2026-09-30T17:00:00Z'), f.deps())).toEqual([]);
    // Ordinary weekend, too.
    expect(reminders(shanghai('2026-11-28'), f.deps())).toEqual([]);
  });

  it('sends on a make-up working day (Sunday 2026-09-20)', async () => {
    const id = f.register(registered, {
      issue: '逾期事项',
      unit: '某单位',
      division: '社保处',
      deadline: '2026-09-15',
    });
    await runJob('reminders', shanghai('2026-09-20'), f.deps());
    expect(f.sent).toHaveLength(1);
    expect(renderText(f.sent[0]!.reply)).toContain(`${id}`);
    expect(renderText(f.sent[0]!.reply)).toContain('已逾期 5 天');
  });

  it('never sends the same item twice on the same day across restarts, but sends a new one', async () => {
    const a = f.register(registered, {
      issue: '甲',
      unit: '单位甲',
      division: '社保处',
      deadline: '2026-11-20',
    });
    await runJob('reminders', shanghai('2026-11-26'), f.deps());
    expect(f.sent).toHaveLength(1);

    // A restart: state read again from DATA_DIR.
    const again = await runJob('reminders', shanghai('2026-11-26', '14:00'), f.deps());
    expect(again.status).toBe('nothing-due');
    expect(f.sent).toHaveLength(1);

    const b = f.register(shanghai('2026-11-26', '15:00'), {
      issue: '乙',
      unit: '单位乙',
      division: '社保处',
      deadline: '2026-11-27',
    });
    await runJob('reminders', shanghai('2026-11-26', '16:00'), f.deps());
    expect(f.sent).toHaveLength(2);
    const text = renderText(f.sent[1]!.reply);
    expect(text).toContain(b);
    expect(text).not.toContain(a);
  });

  it('reminds an overdue item every working day until it is closed', async () => {
    const id = f.register(registered, {
      issue: '甲',
      unit: '单位甲',
      division: '社保处',
      deadline: '2026-11-20',
    });
    await runJob('reminders', shanghai('2026-11-26'), f.deps());
    await runJob('reminders', shanghai('2026-11-27'), f.deps());
    await runJob('reminders', shanghai('2026-11-28'), f.deps()); // Saturday: quiet
    await runJob('reminders', shanghai('2026-11-30'), f.deps());
    expect(f.sent.map((r) => renderText(r.reply).includes(id))).toEqual([true, true, true]);
    expect(new Set(f.sent.map((r) => r.key)).size).toBe(3);
    f.store.closeItem({ by: ADMIN, at: shanghai('2026-11-30', '12:00') }, id, '已整改到位', false);
    const after = await runJob('reminders', shanghai('2026-12-01'), f.deps());
    expect(after.status).toBe('nothing-due');
    expect(f.sent).toHaveLength(3);
  });

  it('asks the 处长 to confirm an item awaiting review (待审核)', () => {
    const id = f.register(registered, {
      issue: '甲',
      unit: '单位甲',
      division: '投资处',
      deadline: '2026-11-20',
      responsible: 'ou_zhao',
    });
    f.store.closeItem({ by: 'ou_zhao', at: registered }, id, '已整改', true);
    const [reply] = reminders(shanghai('2026-11-26'), f.deps());
    expect(mentionsIn(reply!.reply)).toEqual(['ou_head_tz']);
    expect(renderText(reply!.reply)).toContain('已申请销号,待审核');
  });

  it('keeps a division with very many items to one message, counting the rest', () => {
    for (let i = 0; i < 55; i += 1)
      f.register(registered, { issue: `问题${i}`, unit: '单位', division: '社保处', deadline: '2026-11-20' });
    const replies = reminders(shanghai('2026-11-26'), f.deps());
    expect(replies).toHaveLength(1);
    expect(renderText(replies[0]!.reply)).toContain('另有 15 条');
  });

  it('@-mentions the registrant on the roster with the 责任人, and a division’s members with 秘书处', () => {
    const meta = { by: ADMIN, at: registered };
    f.store.addMember(meta, { openId: 'ou_sec', division: '秘书处', role: '处长', name: '孙秘' });
    f.store.addMember(meta, { openId: 'ou_wen', division: '教科文处', role: '成员', name: '文员' });
    f.store.addMember(meta, { openId: 'ou_wen2', division: '教科文处', role: '成员', name: '文员二' });
    // Registered by a 教科文处 member, 责任人 named in text only: the registrant, not the secretariat.
    const byMember = f.store.registerItem(
      { by: 'ou_wen', at: registered },
      {
        issue: '甲',
        unit: '市教育局',
        division: '教科文处',
        deadline: '2026-11-20',
        responsible: '外单位张三',
      },
    ).id;
    // Registered by an admin off the roster, no 责任人: 教科文处 has no 处长, so its members with 秘书处.
    f.register(registered, { issue: '乙', unit: '市文旅局', division: '教科文处', deadline: '2026-11-21' });
    // 责任人 and registrant both on the roster: both, once each.
    f.store.registerItem(
      { by: 'ou_zhao', at: registered },
      { issue: '丙', unit: '市城投', division: '投资处', deadline: '2026-11-22', responsible: '赵六' },
    );
    f.store.registerItem(
      { by: 'ou_zhao', at: registered },
      {
        issue: '丁',
        unit: '市交投',
        division: '投资处',
        deadline: '2026-11-23',
        responsibleId: 'ou_head_tz',
        responsible: '李处',
      },
    );
    const replies = reminders(shanghai('2026-11-26'), f.deps());
    const wen = replies.find((r) => r.reply.title?.includes('教科文处'))!.reply;
    expect(mentionsIn(wen)).toEqual(['ou_wen', 'ou_wen', 'ou_wen2', 'ou_sec']);
    expect(renderText(wen)).toMatch(new RegExp(`${byMember}[^\n]*责任人:外单位张三[^\n]*@文员$`, 'm'));
    const tz = replies.find((r) => r.reply.title?.includes('投资处'))!.reply;
    expect(mentionsIn(tz)).toEqual(['ou_zhao', 'ou_head_tz', 'ou_zhao']);
  });

  it('mentions only people on the roster now: a removed 责任人 or 处长 never; a division with no 处长 gets 秘书处', () => {
    const meta = { by: ADMIN, at: registered };
    const a = f.register(registered, {
      issue: '甲',
      unit: '单位甲',
      division: '投资处',
      deadline: '2026-11-20',
      responsible: '赵六',
      responsibleId: 'ou_zhao',
    });
    f.register(registered, { issue: '乙', unit: '单位乙', division: '社保处', deadline: '2026-11-21' });
    f.store.removeMember(meta, 'ou_zhao');
    f.store.removeMember(meta, 'ou_head_sb');
    f.store.addMember(meta, { openId: 'ou_sec', division: '秘书处', role: '处长', name: '孙秘' });
    const replies = reminders(shanghai('2026-11-26'), f.deps());
    const tz = replies.find((r) => r.reply.title?.includes('投资处'))!.reply;
    const sb = replies.find((r) => r.reply.title?.includes('社保处'))!.reply;
    // 赵六 left: his 处长 is mentioned, and he is still named as the 责任人.
    expect(mentionsIn(tz)).toEqual(['ou_head_tz']);
    expect(renderText(tz)).toMatch(new RegExp(`${a}[^\\n]*责任人:赵六[^\\n]*@李处`));
    // 社保处 has no 处长 any more: the secretariat is.
    expect(mentionsIn(sb)).toEqual(['ou_sec']);
    expect(renderText(sb)).toContain('@孙秘');
    // With no one left at all, the message says so instead of mentioning nobody silently.
    f.store.removeMember(meta, 'ou_sec');
    const alone = reminders(shanghai('2026-11-26'), f.deps()).find((r) => r.reply.title?.includes('社保处'))!;
    expect(mentionsIn(alone.reply)).toEqual([]);
    expect(renderText(alone.reply)).toMatch(/社保处和秘书处都没有可提醒的成员/);
  });

  it('reminds the reviewers of a pending close or extension, never the requester, whatever the deadline', () => {
    const meta = { by: ADMIN, at: registered };
    f.store.addMember(meta, { openId: 'ou_head_tz2', division: '投资处', role: '处长', name: '周处' });
    const close = f.register(registered, {
      issue: '甲',
      unit: '单位',
      division: '投资处',
      deadline: '2027-06-30',
    });
    const extend = f.register(registered, {
      issue: '乙',
      unit: '单位',
      division: '投资处',
      deadline: '2027-06-30',
    });
    f.store.closeItem({ by: 'ou_zhao', at: registered }, close, '已整改', true);
    f.store.requestExtension({ by: 'ou_zhao', at: registered }, extend, '2027-12-31', '跨年度');
    // The requester has become a 处长 since: still not asked to review their own requests.
    f.store.addMember(meta, { openId: 'ou_zhao', division: '投资处', role: '处长', name: '赵六' });
    const [reply] = reminders(shanghai('2026-11-26'), f.deps());
    const text = renderText(reply!.reply);
    expect(text).toMatch(/⏳ 待审核\(2 项\)/);
    expect(text).toMatch(new RegExp(`${close}[^\\n]*已申请销号,待审核 @李处 @周处`));
    expect(text).toMatch(new RegExp(`${extend}[^\\n]*申请延期至 2027-12-31,待审核 @李处 @周处`));
    expect(mentionsIn(reply!.reply)).not.toContain('ou_zhao');
  });

  it('never reminds a voided item', () => {
    const id = f.register(registered, {
      issue: '误录',
      unit: '单位',
      division: '社保处',
      deadline: '2026-11-20',
    });
    f.store.voidItem({ by: ADMIN, at: registered }, id, '重复登记');
    expect(reminders(shanghai('2026-11-26'), f.deps())).toEqual([]);
  });
});
