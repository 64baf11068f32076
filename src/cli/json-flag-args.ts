import { parseArgs } from 'node:util';

/** The positionals and `--json` of a reading verb (`parse FILE [--json]`); undefined when they cannot be read. */
export function jsonFlagArgs(args: string[]): { positionals: string[]; json: boolean } | undefined {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false } },
    });
    return { positionals, json: values.json === true };
  } catch {
    return undefined;
  }
}
