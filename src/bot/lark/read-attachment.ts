import { z } from 'zod';
import type { Attachment } from '../../message/incoming-message';

// A `file` or `image` message's content (`{"file_key","file_name"}`, `{"image_key"}`): what the core needs
// to fetch its bytes later (message-resource API, `type=file|image`).

const fileContent = z.object({ file_key: z.string().min(1), file_name: z.string().optional() });
const imageContent = z.object({ image_key: z.string().min(1) });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The file or image a message carries, or undefined for other types (or unreadable content). */
export function readAttachment(messageType: string, content: string): Attachment | undefined {
  if (messageType === 'file') {
    const parsed = fileContent.safeParse(parseJson(content));
    return parsed.success
      ? { kind: 'file', key: parsed.data.file_key, name: parsed.data.file_name ?? '' }
      : undefined;
  }
  if (messageType === 'image') {
    const parsed = imageContent.safeParse(parseJson(content));
    return parsed.success ? { kind: 'image', key: parsed.data.image_key, name: '' } : undefined;
  }
  return undefined;
}
