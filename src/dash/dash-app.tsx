import { randomBytes } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { planInUse } from '../plans/plan-in-use';
import type { PlanRegistry } from '../plans/plan-registry';
import {
  LARK_LOGIN_FAILED,
  LINK_REFUSED,
  NOT_ON_ROSTER_PAGE,
  OTHER_DIVISION_ITEM,
  SIGN_IN_HOW,
} from '../reply/dashboard-wording';
import { divisionOrder } from '../reports/division-order';
import { ensureSignInSecret } from '../signin/ensure-sign-in-secret';
import { linkPayloadSchema } from '../signin/link-token';
import { readToken, type TokenRefusal } from '../signin/read-token';
import { LINK_MINUTES } from '../signin/sign-in-terms';
import { signToken } from '../signin/sign-token';
import { normaliseItemId, StoreError } from '../store';
import { calendarDay } from '../time/calendar-day';
import { localTime } from '../time/local-time';
import type { DashDeps } from './dash-deps';
import { itemView } from './data/item-view';
import { FILTER_NAMES, ledgerQuerySchema } from './data/ledger-query';
import { ledgerView } from './data/ledger-rows';
import { overviewData } from './data/overview-data';
import { planProgress } from './data/plan-progress';
import { ItemPage } from './pages/item-page';
import { ItemsPage } from './pages/items-page';
import { scopeText } from './pages/layout';
import { NoticePage, SignInPage } from './pages/notice-page';
import { OverviewPage } from './pages/overview-page';
import { PlanPage } from './pages/plan-page';
import { endSession, sessionOf, startSession } from './signin/session-cookie';
import { type Viewer, viewerDivision, viewerOf } from './viewer-of';

// The dashboard's routes. Signing in: a one-time link from `看板` (its page shows whom it signs in; the
// button POSTs it, so a link previewer or a mail scanner that fetches the address does not use it up), or
// Lark's OAuth where the app is a Lark web app. Every other page needs a session and shows what the roster
// lets its holder see. Every answer is `Cache-Control: no-store`; the pages load no script at all.

const OAUTH_COOKIE = 'audit_dash_oauth';
const stateSchema = z.object({ n: z.string().min(1), e: z.number(), next: z.string().optional() });

/** Where to go after signing in: a dashboard path of this server, never an address elsewhere. */
function safeNext(next: string | undefined): string {
  return next && /^\/dash(?:[/?]|$)/.test(next) && !next.startsWith('//') ? next : '/dash';
}

const SECURITY_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'",
};

export function createDashApp(deps: DashDeps): Hono {
  const { store, clock, timeZone } = deps;
  const secure = deps.publicUrl.startsWith('https:');
  const redirectUri = `${deps.publicUrl}/dash/oauth/callback`;
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  });

  const page = (c: Context, node: unknown, status: 200 | 400 | 401 | 403 | 404 | 410 | 503 = 200) =>
    c.html(`<!doctype html>${String(node)}`, status);
  const drawnAt = () => localTime(clock.now().toISOString(), timeZone).slice(0, 16);
  const today = () => calendarDay(clock.now(), timeZone);

  // ——— signing in ———

  app.get('/dash/login', (c) => {
    const next = safeNext(c.req.query('next'));
    const out = c.req.query('out') === '1';
    return page(
      c,
      <NoticePage title={out ? '已退出看板' : '请先登录看板'} message={SIGN_IN_HOW}>
        {deps.larkLogin ? (
          <p>
            <a class="button" href={`/dash/login/lark?next=${encodeURIComponent(next)}`}>
              用飞书账号登录
            </a>
          </p>
        ) : null}
      </NoticePage>,
      out ? 200 : 401,
    );
  });

  /** A sign-in link's payload, or why it is refused (also a link used before, also before a restart). */
  function checkLink(token: string | undefined) {
    const secret = store.signInSecret();
    if (!token) return { ok: false as const, reason: 'malformed' as TokenRefusal | 'used' };
    if (!secret) return { ok: false as const, reason: 'forged' as TokenRefusal | 'used' };
    const read = readToken(secret, 'link', token, linkPayloadSchema, clock.now().getTime());
    if (!read.ok) return { ok: false as const, reason: read.reason as TokenRefusal | 'used' };
    if (store.signInLinkUsed(read.payload.n)) return { ok: false as const, reason: 'used' as const };
    return { ok: true as const, payload: read.payload, secret };
  }

  const linkRefused = (c: Context, reason: TokenRefusal | 'used') =>
    page(
      c,
      <NoticePage title="登录链接不能使用" message={LINK_REFUSED[reason]} refused />,
      reason === 'expired' || reason === 'used' ? 410 : 400,
    );

  app.get('/dash/signin', (c) => {
    const token = c.req.query('t');
    const link = checkLink(token);
    if (!link.ok) return linkRefused(c, link.reason);
    const viewer = viewerOf(link.payload.u, store, deps.admins);
    if (!viewer)
      return page(c, <NoticePage title="没有可看的内容" message={NOT_ON_ROSTER_PAGE} refused />, 403);
    return page(c, <SignInPage token={token!} name={viewer.name} scope={scopeText(viewer)} />);
  });

  app.post('/dash/signin', async (c) => {
    const form = await c.req.parseBody();
    const token = typeof form.t === 'string' ? form.t : undefined;
    const link = checkLink(token);
    if (!link.ok) return linkRefused(c, link.reason);
    const { u, n, e } = link.payload;
    const now = clock.now();
    try {
      await store.transact({}, () => {
        store.useSignInLink({ by: u, at: now }, n, new Date(e));
        return { signedIn: u };
      });
    } catch (error) {
      if (error instanceof StoreError && error.code === 'link-used') return linkRefused(c, 'used');
      throw error;
    }
    deps.logger.info('dash.signed-in', { user: u, by: 'link' });
    startSession(c, link.secret, { openId: u }, now, secure);
    return c.redirect('/dash', 303);
  });

  app.get('/dash/login/lark', async (c) => {
    if (!deps.larkLogin) return page(c, <NoticePage title="未开通飞书登录" message={SIGN_IN_HOW} />, 404);
    const secret = await ensureSignInSecret(store, { by: 'dash', at: clock.now() });
    const nonce = randomBytes(12).toString('base64url');
    const state = signToken(secret, 'oauth-state', {
      n: nonce,
      e: clock.now().getTime() + LINK_MINUTES * 60_000,
      next: safeNext(c.req.query('next')),
    });
    // The state is bound to this browser: a callback from someone else's sign-in is refused.
    setCookie(c, OAUTH_COOKIE, nonce, {
      path: '/dash/oauth',
      httpOnly: true,
      sameSite: 'Lax',
      secure,
      maxAge: LINK_MINUTES * 60,
    });
    return c.redirect(deps.larkLogin.authorizeUrl(redirectUri, state), 302);
  });

  app.get('/dash/oauth/callback', async (c) => {
    const failed = () =>
      page(c, <NoticePage title="飞书登录未完成" message={LARK_LOGIN_FAILED} refused />, 401);
    const secret = store.signInSecret();
    const code = c.req.query('code');
    const stateToken = c.req.query('state');
    const nonce = getCookie(c, OAUTH_COOKIE);
    deleteCookie(c, OAUTH_COOKIE, { path: '/dash/oauth', secure });
    if (!deps.larkLogin || !secret || !code || !stateToken || !nonce) return failed();
    const state = readToken(secret, 'oauth-state', stateToken, stateSchema, clock.now().getTime());
    if (!state.ok || state.payload.n !== nonce) return failed();
    const who = await deps.larkLogin.userOf(code, redirectUri).catch((error: unknown) => {
      deps.logger.warn('dash.lark-login-failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      return undefined;
    });
    if (!who) return failed();
    deps.logger.info('dash.signed-in', { user: who.openId, by: 'lark' });
    startSession(c, secret, who, clock.now(), secure);
    return c.redirect(safeNext(state.payload.next), 302);
  });

  app.post('/dash/logout', (c) => {
    endSession(c, secure);
    return c.redirect('/dash/login?out=1', 303);
  });

  // ——— the pages: a session, then the roster ———

  type Handler = (c: Context, viewer: Viewer, plans: PlanRegistry) => Response | Promise<Response>;
  const signedIn =
    (handler: Handler) =>
    async (c: Context): Promise<Response> => {
      const session = sessionOf(c, store.signInSecret(), clock.now().getTime());
      if (!session) {
        const url = new URL(c.req.url);
        return c.redirect(`/dash/login?next=${encodeURIComponent(url.pathname + url.search)}`, 302);
      }
      const found = viewerOf(session.u, store, deps.admins);
      if (!found)
        return page(c, <NoticePage title="没有可看的内容" message={NOT_ON_ROSTER_PAGE} refused />, 403);
      // A name Lark gave at sign-in stands in for one the bot has not learnt.
      const viewer = found.name === found.openId && session.n ? { ...found, name: session.n } : found;
      let plans: PlanRegistry;
      try {
        plans = await deps.plans();
      } catch {
        return page(
          c,
          <NoticePage title="方案尚未载入" message="服务器还没有读完方案文件,请稍后刷新。" viewer={viewer} />,
          503,
        );
      }
      return handler(c, viewer, plans);
    };

  app.get(
    '/dash',
    signedIn((c, viewer, plans) => {
      const day = today();
      const used = planInUse(plans, store, day);
      const data = overviewData(store, viewer, used, day, timeZone);
      return page(c, <OverviewPage data={data} viewer={viewer} drawnAt={drawnAt()} />);
    }),
  );

  app.get(
    '/dash/items',
    signedIn((c, viewer, plans) => {
      const parsed = ledgerQuerySchema.safeParse(c.req.query());
      if (!parsed.success) {
        const key = parsed.error.issues[0]?.path[0] as keyof typeof FILTER_NAMES | undefined;
        return page(
          c,
          <NoticePage
            title="筛选条件有误"
            message={`看不懂筛选条件“${key ? FILTER_NAMES[key] : '未知'}”。`}
            viewer={viewer}
            refused
          >
            <p>
              <a href="/dash/items">查看全部台账</a>
            </p>
          </NoticePage>,
          400,
        );
      }
      const day = today();
      const used = planInUse(plans, store, day);
      const query = parsed.data;
      const view = ledgerView(store, viewer, query, day, divisionOrder(used.knowledge));
      return page(c, <ItemsPage query={query} view={view} viewer={viewer} today={day} drawnAt={drawnAt()} />);
    }),
  );

  app.get(
    '/dash/items/:id',
    signedIn(async (c, viewer, plans) => {
      const asked = c.req.param('id') ?? '';
      const id = normaliseItemId(asked);
      const item = id ? store.item(id) : undefined;
      if (!item)
        return page(
          c,
          <NoticePage
            title="没有这个整改事项"
            message={`台账中没有编号为“${asked}”的整改事项。`}
            viewer={viewer}
          />,
          404,
        );
      const own = viewerDivision(viewer);
      if (own && item.division !== own)
        return page(
          c,
          <NoticePage title="不能查看" message={OTHER_DIVISION_ITEM} viewer={viewer} refused />,
          403,
        );
      const day = today();
      const used = planInUse(plans, store, day);
      const view = itemView(item, store, {
        plan: used.plan,
        knowledge: used.knowledge,
        plans,
        today: day,
        timeZone,
      });
      const larkLink =
        view.registrationMessage && deps.messageLink
          ? await deps.messageLink(view.registrationMessage).catch(() => undefined)
          : undefined;
      return page(
        c,
        <ItemPage view={view} viewer={viewer} drawnAt={drawnAt()} {...(larkLink ? { larkLink } : {})} />,
      );
    }),
  );

  app.get(
    '/dash/plan',
    signedIn((c, viewer, plans) => {
      const day = today();
      const current = planInUse(plans, store, day);
      const askedPlan = c.req.query('plan');
      const named = askedPlan ? plans.byId(askedPlan) : current.plan;
      if (!named)
        return page(
          c,
          <NoticePage title="没有这个方案" message={`没有编号为“${askedPlan}”的方案。`} viewer={viewer}>
            <p>
              <a href="/dash/plan">查看当前方案</a>
            </p>
          </NoticePage>,
          404,
        );
      const used = planInUse(plans, store, day, named);
      const taskId = c.req.query('task');
      if (taskId && !used.knowledge.taskById(taskId))
        return page(
          c,
          <NoticePage title="没有这个任务" message={`方案中没有任务“${taskId}”。`} viewer={viewer} />,
          404,
        );
      const division = viewerDivision(viewer);
      const data = planProgress({
        store,
        registry: plans,
        plan: named,
        knowledge: used.knowledge,
        current: current.currentPlan,
        today: day,
        timeZone,
        ...(division ? { division } : {}),
        ...(taskId ? { taskId } : {}),
        page: Number(c.req.query('page') ?? '1') || 1,
      });
      return page(c, <PlanPage data={data} viewer={viewer} today={day} drawnAt={drawnAt()} />);
    }),
  );

  app.all(
    '*',
    signedIn((c, viewer) =>
      page(
        c,
        <NoticePage title="没有这个页面" message="看板只有总览、台账、事项和进展这几页。" viewer={viewer} />,
        404,
      ),
    ),
  );

  return app;
}
