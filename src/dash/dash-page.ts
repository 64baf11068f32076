import type { Context } from 'hono';

/** A whole page as the answer: the doctype, then the rendered JSX. */
export function page(c: Context, node: unknown, status: 200 | 400 | 401 | 403 | 404 | 410 | 503 = 200) {
  return c.html(`<!doctype html>${String(node)}`, status);
}
