/**
 * The core could not write (a full disk, an I/O error): whether the message was recorded is not known yet.
 * The door does not answer it as failed: it says the outcome is being checked, runs the message again once
 * writes work (a committed outcome is then found and re-sent, else it runs afresh), and sends that answer.
 */
export class OutcomeUnknownError extends Error {
  constructor(readonly reason: string) {
    super(`写入失败,结果待核实: ${reason}`);
    this.name = 'OutcomeUnknownError';
  }
}
