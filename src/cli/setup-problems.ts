import { UserError } from '../shared/errors';

/**
 * Runs the independent set-up steps of a command (options, configuration file, rule folders, waivers,
 * baseline, branding) and reports the mistakes of all of them in one run: a user fixes them at once rather
 * than meeting one per attempt. A step that fails gives undefined; `check` then throws one UserError.
 */
export class SetupProblems {
  private readonly errors: UserError[] = [];

  attempt<T>(step: () => T): T | undefined {
    try {
      return step();
    } catch (e) {
      return this.keep(e);
    }
  }

  async attemptAsync<T>(step: () => Promise<T>): Promise<T | undefined> {
    try {
      return await step();
    } catch (e) {
      return this.keep(e);
    }
  }

  /** Throws the one error there was, or one listing every error with its own lines indented below it. */
  check(): void {
    if (this.errors.length === 0) return;
    if (this.errors.length === 1) throw this.errors[0]!;
    const count = this.errors.reduce((n, e) => n + Math.max(1, e.details.length), 0);
    throw new UserError(
      `${count} problem(s) in the command line and configuration; nothing was run`,
      this.errors.flatMap((e) => [e.message, ...e.details.map((d) => `  ${d}`)]),
    );
  }

  private keep(e: unknown): undefined {
    if (!(e instanceof UserError)) throw e;
    this.errors.push(e);
    return undefined;
  }
}
