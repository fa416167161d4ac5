import { InvalidArgumentError } from 'commander';

/** `--jobs <n>`: a whole number from 1. */
export function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError('expected a whole number from 1.');
  return n;
}
