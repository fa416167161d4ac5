import type { InvalidArgumentError, Option } from 'commander';

/**
 * commander's `Option` and `InvalidArgumentError`, required when an option is made or an argument rejected,
 * not when a module that defines options is loaded: a fleet scan's worker thread imports `resolveLang` and
 * `brandingFrom` from those modules and needs nothing of the command line (commander is 7 modules).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const commander = () => require('commander') as typeof import('commander');

export function newOption(flags: string, description?: string): Option {
  return new (commander().Option)(flags, description);
}

export function invalidArgument(message: string): InvalidArgumentError {
  return new (commander().InvalidArgumentError)(message);
}
