/** A workbook that cannot be read at all (its message is the Chinese line the user reads). */
export class LedgerFileError extends Error {
  override readonly name = 'LedgerFileError';
}
