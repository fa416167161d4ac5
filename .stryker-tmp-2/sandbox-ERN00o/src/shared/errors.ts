/**
 * A problem with what the user gave bpa (a missing file, unusable input, a bad rule or option): the CLI
 * prints its message as one line per problem and exits with 2, with no stack trace.
 */
// @ts-nocheck

export class UserError extends Error {
  constructor(
    message: string,
    /** Further lines, one per problem, printed after the message. */
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}
