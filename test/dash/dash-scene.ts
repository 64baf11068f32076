import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { Clock } from '../../src/clock';
import type { CoreDeps } from '../../src/commands/context';
import { handleMessage } from '../../src/commands/handle-message';
import { createCoreDeps } from '../../src/core-deps';
import type { DashDeps } from '../../src/dash/dash-deps';
import { mountDash } from '../../src/dash/mount-dash';
import { silentLogger } from '../../src/logger';
import { renderText } from '../../src/reply/render-text';
import { openFileStore, type Store } from '../../src/store';
import { ADMIN, coreDeps, NOW, tempDataDir } from '../support/core';

// A bureau's ledger made through the chat commands, on real files: 社保处, 企金处 and 投资处 items with amounts
// — overdue, due within 7 days, closed, closed and reopened, waiting for review, voided — and progress on two
// tasks; a 秘书处 head, a 社保处 head, an 企金处 member, and someone on no roster. The dashboard is mounted on
// a Hono app over the same store, with a clock the test moves.

export const SEC = 'ou_sec_head';
export const SB_HEAD = 'ou_sb_head';
export const QJ_MEMBER = 'ou_qj_member';
export const STRANGER = 'ou_nobody';

export interface DashScene {
  deps: CoreDeps;
  dataDir: string;
  /** The dashboard's clock: `NOW` until a test moves it. */
  now: Date;
  app: Hono;
  /** Item ids by name: sbIdle, sbPension, sbMedical, qjInvest, qjGuarantee, tzSettle, qjVoided. */
  ids: Record<string, string>;
  /** One chat message through the real core (private unless told), its reply as text. */
  say(text: string, options?: { user?: string; at?: string; group?: boolean }): Promise<string>;
  /** The dashboard over a store reopened from disk (as after a restart). */
  restart(): void;
  close(): void;
}

const at = (day: string) => `${day}T10:00:00+08:00`;

export async function dashScene(
  options: Partial<DashDeps> = {},
  publicUrl = 'http://127.0.0.1:3000',
): Promise<DashScene> {
  const shared = coreDeps();
  shared.store.close();
  const dataDir = tempDataDir();
  let store: Store = openFileStore({ dataDir, logger: silentLogger, fsync: false });
  const time = { now: NOW };
  let closed = false;
  const clock: Clock = { now: () => time.now };
  const deps = createCoreDeps({
    admins: [ADMIN],
    clock,
    logger: silentLogger,
    dataDir,
    store,
    plans: shared.plans,
    publicUrl,
  });
  const say: DashScene['say'] = async (text, o = {}) =>
    renderText(
      await handleMessage(
        {
          text,
          userId: o.user ?? ADMIN,
          chatId: o.group ? 'oc_work' : `p2p-${o.user ?? ADMIN}`,
          ...(o.group ? {} : { private: true }),
          messageId: `om_${randomUUID()}`,
          at: o.at ? new Date(o.at) : time.now,
        },
        deps,
      ),
    );
  const mount = () => {
    const app = new Hono();
    mountDash(app, {
      store,
      plans: async () => shared.plans,
      calendar: async () => deps.calendar,
      admins: new Set([ADMIN]),
      clock,
      timeZone: 'Asia/Shanghai',
      logger: silentLogger,
      publicUrl,
      ...options,
    });
    return app;
  };
  const scene: DashScene = {
    deps,
    dataDir,
    get now() {
      return time.now;
    },
    set now(value: Date) {
      time.now = value;
    },
    app: new Hono(),
    ids: {},
    say,
    restart() {
      store.close();
      store = openFileStore({ dataDir, logger: silentLogger, fsync: false });
      deps.store = store;
      scene.app = mount();
    },
    close() {
      if (closed) return;
      closed = true;
      store.close();
    },
  };
  scene.app = mount();

  const meta = { by: ADMIN, at: new Date(at('2026-08-01')) };
  store.addMember(meta, { openId: SEC, division: '秘书处', role: '处长', name: '秘书处周处' });
  store.addMember(meta, { openId: SB_HEAD, division: '社保处', role: '处长', name: '社保处王处' });
  store.addMember(meta, { openId: QJ_MEMBER, division: '企金处', role: '成员', name: '企金处小李' });

  const register = async (name: string, text: string, user: string, day: string) => {
    const reply = await say(text, { user, at: at(day) });
    const id = /ZG-\d{4}-\d{3}/.exec(reply)?.[0];
    if (!id) throw new Error(`not registered: ${text} → ${reply}`);
    scene.ids[name] = id;
  };
  await register(
    'sbIdle',
    '整改 登记 社保基金闲置 单位:市社保中心 期限:2026-10-31 处室:社保处 金额:120万元',
    SB_HEAD,
    '2026-09-01',
  );
  await register(
    'sbPension',
    '整改 登记 养老金发放滞后 单位:市人社局 期限:2026-11-20 处室:社保处 金额:30万元 任务:3.2',
    SB_HEAD,
    '2026-09-02',
  );
  await register(
    'sbMedical',
    '整改 登记 医保结算不规范 单位:市医保局 期限:2027-03-31 处室:社保处',
    SB_HEAD,
    '2026-09-03',
  );
  await register(
    'qjInvest',
    '整改 登记 国企投资决策不规范 单位:市国资委 期限:2026-10-15 处室:企金处 金额:500万元',
    SEC,
    '2026-09-04',
  );
  await register(
    'qjGuarantee',
    '整改 登记 违规提供担保 单位:市城投集团 期限:2026-12-01 处室:企金处 金额:80万元',
    QJ_MEMBER,
    '2026-09-05',
  );
  await register(
    'tzSettle',
    '整改 登记 工程结算多计 单位:市交通运输局 期限:2026-09-30 处室:投资处 金额:45.5万元',
    SEC,
    '2026-09-06',
  );
  await register(
    'qjVoided',
    '整改 登记 重复登记的问题 单位:市国资委 期限:2026-12-31 处室:企金处',
    SEC,
    '2026-09-07',
  );
  const ok = async (text: string, user: string, day: string, expect: RegExp) => {
    const reply = await say(text, { user, at: at(day) });
    if (!expect.test(reply)) throw new Error(`${text} → ${reply}`);
  };
  const { ids } = scene;
  await ok(`整改 销号 ${ids.sbIdle} 资金已收回 金额:100万元`, SB_HEAD, '2026-10-20', /已销号/);
  await ok(`整改 销号 ${ids.tzSettle} 已核减 金额:45.5万元`, SEC, '2026-10-25', /已销号/);
  await ok(`整改 重开 ${ids.tzSettle} 复查发现仍有多计`, SEC, '2026-11-01', /整改中|重开/);
  await ok(`整改 作废 ${ids.qjVoided} 与 ${ids.qjInvest} 重复`, SEC, '2026-11-02', /作废/);
  await ok(`整改 进展 ${ids.qjInvest} 已约谈国资委`, QJ_MEMBER, '2026-11-10', /ZG-/);
  await ok(`整改 销号 ${ids.qjGuarantee} 担保已解除 金额:80万元`, QJ_MEMBER, '2026-11-20', /审核/);
  await ok('进展 3.2 完成社保基金审计进点', SB_HEAD, '2026-11-20', /3\.2/);
  await ok('进展 1.2 形成国企投资审计报告初稿', QJ_MEMBER, '2026-10-01', /1\.2/);
  return scene;
}

/** The sign-in link in a `看板` reply. */
export function linkIn(reply: string): string {
  const url = /http:\/\/\S+\/dash\/signin\?t=\S+/.exec(reply)?.[0];
  if (!url) throw new Error(`no sign-in link in: ${reply}`);
  return url;
}
