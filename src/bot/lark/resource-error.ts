// A file message's download refused or failed — apart from the Lark client, so that the worker can tell a
// file too large from other failures without loading the SDK (local mode never loads it).

/** Files larger than this are not downloaded (the bot reads documents, not archives). */
export const MAX_RESOURCE_BYTES = 20 * 1024 * 1024;

/** A download refused or failed; `tooLarge` when the file is over MAX_RESOURCE_BYTES. */
export class ResourceError extends Error {
  override name = 'ResourceError';
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}
