import { randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import {
  LARK_LOGIN_FAILED,
  LINK_REFUSED,
  NOT_ON_ROSTER_PAGE,
  SIGN_IN_HOW,
} from '../../reply/dashboard-wording';
import { ensureSignInSecret } from '../../signin/ensure-sign-in-secret';
import { linkPayloadSchema } from '../../signin/link-token';
import { readToken, type TokenRefusal } from '../../signin/read-token';
import { LINK_MINUTES } from '../../signin/sign-in-terms';
import { signToken } from '../../signin/sign-token';
import { StoreError } from '../../store';
import type { DashDeps } from '../dash-deps';
import { page } from '../dash-page';
import { scopeText } from '../pages/layout';
import { NoticePage, SignInPage } from '../pages/notice-page';
import { endSession, startSession } from '../signin/session-cookie';
import { viewerOf } from '../viewer-of';

// Signing in and out. A one-time link from `看板`: its page shows whom it signs in, and its button POSTs it, so a
// link previewer or a mail scanner that fetches the address does not use it up; its use is recorded in the
// store (refused again, also after a restart). Lark's OAuth where the app is a Lark web app, its state bound
// to the browser that started it.

const OAUTH_COOKIE = 'audit_dash_oauth';
const stateSchema = z.object({ n: z.string().min(1), e: z.number(), next: z.string().optional() });

/** Where to go after signing in: a dashboard path of this server, never an address elsewhere. */
function safeNext(next: string | undefined): string {
  return next && /^\/dash(?:[/?]|$)/.test(next) && !next.startsWith('//') ? next : '/dash';
}

export function signInRoutes(app: Hono, deps: DashDeps): void {
  const { store, clock } = deps;
  const secure = deps.publicUrl.startsWith('https:');
  const redirectUri = `${deps.publicUrl}/dash/oauth/callback`;

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
}
