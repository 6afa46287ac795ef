/** A mistake of the person running the command: printed as one line, never as a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    /** 1 for input that cannot be used, 2 for wrong usage. */
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
