import { z } from 'zod';

// A `file` message's content (`{"file_key","file_name"}`): what the core needs to fetch the file later.

const fileContent = z.object({ file_key: z.string().min(1), file_name: z.string().optional() });

/** The file a `file` message carries, or undefined when its content is unreadable. */
export function readFile(content: string): { kind: 'file'; key: string; name: string } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return undefined;
  }
  const parsed = fileContent.safeParse(json);
  return parsed.success
    ? { kind: 'file', key: parsed.data.file_key, name: parsed.data.file_name ?? '' }
    : undefined;
}
