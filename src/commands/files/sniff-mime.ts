// A file's type from its first bytes (the name may lie or be absent, as for images): the common kinds of
// evidence — photos, PDF, Office documents — and anything else as octet-stream.

const SIGNATURES: { mime: string; ext: string; bytes: number[]; offset?: number }[] = [
  { mime: 'image/jpeg', ext: 'jpg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', ext: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'image/gif', ext: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { mime: 'image/webp', ext: 'webp', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { mime: 'image/bmp', ext: 'bmp', bytes: [0x42, 0x4d] },
  { mime: 'image/tiff', ext: 'tif', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { mime: 'image/tiff', ext: 'tif', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { mime: 'application/pdf', ext: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46] },
  { mime: 'application/zip', ext: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { mime: 'application/x-cfb', ext: 'doc', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

const BY_EXTENSION: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
};

/** The MIME type and usual extension of `bytes` (a zip or OLE container refined by the name's extension). */
export function sniffMime(bytes: Uint8Array, name = ''): { mime: string; ext: string } {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase() ?? '';
  for (const sig of SIGNATURES) {
    const at = sig.offset ?? 0;
    if (bytes.length < at + sig.bytes.length) continue;
    if (!sig.bytes.every((b, i) => bytes[at + i] === b)) continue;
    if ((sig.ext === 'zip' || sig.ext === 'doc') && BY_EXTENSION[ext])
      return { mime: BY_EXTENSION[ext], ext };
    return { mime: sig.mime, ext: sig.ext };
  }
  if (BY_EXTENSION[ext]) return { mime: BY_EXTENSION[ext], ext };
  return { mime: 'application/octet-stream', ext: ext || 'bin' };
}
