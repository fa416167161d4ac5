/** The exit codes of design.md. */
// @ts-nocheck

export const EXIT = {
  /** Done, and nothing at or above --fail-on. */
  ok: 0,
  /** A finding at or above --fail-on. */
  findings: 1,
  /** A usage or input error (one line on stderr naming the file), or an unexpected error. */
  error: 2,
} as const;
