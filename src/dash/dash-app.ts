import { Hono } from 'hono';
import type { DashDeps } from './dash-deps';
import { pageRoutes } from './routes/page-routes';
import { signInRoutes } from './routes/sign-in-routes';

// The dashboard's routes: signing in (a one-time link from `看板`, or Lark's OAuth), then pages that need a
// session and show what the roster lets its holder see. Every answer is `Cache-Control: no-store`, and the
// pages load no script at all (the policy says so to the browser too).

const SECURITY_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'",
};

export function createDashApp(deps: DashDeps): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  });
  signInRoutes(app, deps);
  pageRoutes(app, deps);
  return app;
}
