import type { Context, Hono } from 'hono';
import type { DashDeps } from './dash-deps';

// The dashboard's door on the bot's Hono server: /dash and everything under it. The pages, their renderer
// and the chart library are loaded only when the first page is asked for, so a server nobody looks at
// holds none of them in memory. With PostgreSQL every request first catches up on the other instances.

export function mountDash(app: Hono, deps: DashDeps): void {
  let loading: Promise<Hono> | undefined;
  const dash = () => {
    loading ??= import('./dash-app').then(
      (m) => m.createDashApp(deps),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const handle = async (c: Context) => {
    try {
      const app = await dash();
      await deps.catchUp?.();
      return await app.fetch(c.req.raw);
    } catch (error) {
      deps.logger.error('dash.failed', {
        path: c.req.path,
        error: error instanceof Error ? error.message : String(error),
      });
      return c.text('看板出错了,请稍后再试。', 500, { 'Cache-Control': 'no-store' });
    }
  };
  app.all('/dash', handle);
  app.all('/dash/*', handle);
}
