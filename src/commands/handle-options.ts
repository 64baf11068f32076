import type { ChatFiles, Fetched } from '../message/incoming-message';

// How a door hands a message to the core (handleMessage) beyond the message itself.

export interface HandleOptions {
  /** Fires when the door gives up waiting: the command is then not recorded (and the reply says so). */
  signal?: AbortSignal;
  /** The message was acknowledged before a restart: its changes may already be committed. */
  replay?: boolean;
  /** The bytes of `message.attachment` (downloaded from Lark on demand, at most 20 MB); absent without one. */
  fetchAttachment?: () => Promise<Fetched>;
  /** The chat's other messages (the one replied to) and their files; absent where the door has none. */
  files?: ChatFiles;
}
