import type { Context } from 'hono';

// Reads a request body of at most `max` bytes. With a Content-Length (what Lark sends) the size is
// checked up front and the adapter's fast path reads the bytes; without one the stream is counted as
// it arrives, so a chunked upload can never grow past the limit in memory.

export async function readBody(c: Context, max: number): Promise<Uint8Array | 'too large'> {
  const length = c.req.header('content-length');
  if (length !== undefined && !c.req.header('transfer-encoding')) {
    if (Number(length) > max) return 'too large';
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return bytes.byteLength > max ? 'too large' : bytes;
  }
  const body = c.req.raw.body;
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return 'too large';
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
