/**
 * Whether text written to standard output gets ANSI colours: never when NO_COLOR is set to anything but an
 * empty string (no-color.org); else FORCE_COLOR decides when set (`0` and `false` turn colour off, anything
 * else on, as chalk and supports-color read it); else only on a terminal that is not `TERM=dumb`.
 */
export function colorWanted(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  return isTTY === true && env.TERM !== 'dumb';
}

/** Colour for a report written to `output`: only when it goes to standard output and colour is wanted there. */
export function colorFor(output: string | undefined): boolean {
  return (output === undefined || output === '-') && colorWanted(process.stdout.isTTY, process.env);
}
