// The baseline of the memory bench: a bare Node process that imports only hono, @hono/node-server and the
// Lark SDK and serves one route, started through npm like `npm start` (`npm run bench:bare`).
import { serve } from '@hono/node-server';
import * as lark from '@larksuiteoapi/node-sdk';
import { Hono } from 'hono';

const app = new Hono();
app.get('/healthz', (c) => c.json({ ok: true, sdk: typeof lark.Client }));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3999) });
