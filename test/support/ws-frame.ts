// The long connection's frame, proto2 `pbbp2.Frame` (contract §9.5), encoded and decoded by hand:
//   SeqID=1 uint64, LogID=2 uint64, service=3 int32, method=4 int32 (0 control, 1 data) — all required, so
//   every one is written, method=0 too; headers=5 repeated {key=1, value=2}; payload_encoding=6,
//   payload_type=7 strings; payload=8 bytes; LogIDNew=9 string.
// The SDK decodes what this writes with its own protobufjs code, which refuses a frame missing a required
// field: a wrong encoder fails the tests that use it.

export interface Frame {
  SeqID: number;
  LogID: number;
  service: number;
  method: number;
  headers: { key: string; value: string }[];
  payload_encoding?: string;
  payload_type?: string;
  payload?: Uint8Array;
  LogIDNew?: string;
}

function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v > 0x7f) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

const tag = (field: number, wire: 0 | 2) => varint(field * 8 + wire);

function bytesField(field: number, bytes: Uint8Array): number[] {
  return [...tag(field, 2), ...varint(bytes.length), ...bytes];
}

const text = (s: string) => new TextEncoder().encode(s);

export function encodeFrame(frame: Frame): Uint8Array {
  const out: number[] = [];
  for (const [field, value] of [
    [1, frame.SeqID],
    [2, frame.LogID],
    [3, frame.service],
    [4, frame.method],
  ] as const)
    out.push(...tag(field, 0), ...varint(value));
  for (const h of frame.headers) {
    const header = [...bytesField(1, text(h.key)), ...bytesField(2, text(h.value))];
    out.push(...bytesField(5, new Uint8Array(header)));
  }
  if (frame.payload_encoding !== undefined) out.push(...bytesField(6, text(frame.payload_encoding)));
  if (frame.payload_type !== undefined) out.push(...bytesField(7, text(frame.payload_type)));
  if (frame.payload !== undefined) out.push(...bytesField(8, frame.payload));
  if (frame.LogIDNew !== undefined) out.push(...bytesField(9, text(frame.LogIDNew)));
  return new Uint8Array(out);
}

class Reader {
  pos = 0;
  constructor(readonly buf: Uint8Array) {}
  get done() {
    return this.pos >= this.buf.length;
  }
  varint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      if (this.pos >= this.buf.length) throw new Error('truncated varint');
      const b = this.buf[this.pos++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
  }
  bytes(): Uint8Array {
    const length = this.varint();
    if (this.pos + length > this.buf.length) throw new Error('truncated field');
    const out = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }
  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 2) this.bytes();
    else if (wire === 1) this.pos += 8;
    else if (wire === 5) this.pos += 4;
    else throw new Error(`unknown wire type ${wire}`);
  }
}

const str = (b: Uint8Array) => new TextDecoder().decode(b);

function decodeHeader(buf: Uint8Array): { key: string; value: string } {
  const r = new Reader(buf);
  const header = { key: '', value: '' };
  while (!r.done) {
    const t = r.varint();
    if (t >> 3 === 1 && (t & 7) === 2) header.key = str(r.bytes());
    else if (t >> 3 === 2 && (t & 7) === 2) header.value = str(r.bytes());
    else r.skip(t & 7);
  }
  return header;
}

/** Decodes a frame; throws when a required field is missing, as a proto2 decoder does. */
export function decodeFrame(buf: Uint8Array): Frame {
  const r = new Reader(buf);
  const seen = new Set<number>();
  const frame: Frame = { SeqID: 0, LogID: 0, service: 0, method: 0, headers: [] };
  while (!r.done) {
    const t = r.varint();
    const field = t >> 3;
    const wire = t & 7;
    seen.add(field);
    if (wire === 0 && field >= 1 && field <= 4) {
      const v = r.varint();
      if (field === 1) frame.SeqID = v;
      else if (field === 2) frame.LogID = v;
      else if (field === 3) frame.service = v;
      else frame.method = v;
    } else if (wire === 2 && field === 5) frame.headers.push(decodeHeader(r.bytes()));
    else if (wire === 2 && field === 6) frame.payload_encoding = str(r.bytes());
    else if (wire === 2 && field === 7) frame.payload_type = str(r.bytes());
    else if (wire === 2 && field === 8) frame.payload = new Uint8Array(r.bytes());
    else if (wire === 2 && field === 9) frame.LogIDNew = str(r.bytes());
    else r.skip(wire);
  }
  for (const required of [1, 2, 3, 4])
    if (!seen.has(required)) throw new Error(`frame misses required field ${required}`);
  return frame;
}

/** A header's value, if the frame has it. */
export function headerOf(frame: Frame, key: string): string | undefined {
  return frame.headers.find((h) => h.key === key)?.value;
}
