import type { EvidenceFile } from '../../store/types';

/** A file sent in chat and kept in the store's blobs: what a record of it names, and where it came from. */
export interface KeptFile extends EvidenceFile {
  /** The chat message that carried it. */
  source?: string;
}
