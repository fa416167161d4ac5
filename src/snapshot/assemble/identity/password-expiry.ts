import { DAY_MS, localMs } from '../local-time';

/**
 * How long the cluster service account's password had left when the bundle was collected: whole days between
 * `collectedAt` of bundle.json and `Password expires` of `net user`, both local times of the customer's servers
 * (net.exe prints local time, and `collectedAt` carries the servers' offset, which is left aside). A password that
 * expires at the very moment of the capture or before it has already expired. bpa never compares with its own
 * clock, which may run years after the capture: without a collection time the days are unknown.
 */
export interface PasswordExpiry {
  /** True when the password had expired at the capture (its expiry at or before `collectedAt`). */
  alreadyExpired: boolean;
  /** Whole days between the capture and the expiry, in whichever direction: 0 for less than a day. */
  days: number;
}

/** Undefined when the password never expires (`never` is no date), or a time is missing or unreadable. */
export function passwordExpiry(passwordExpires: string | undefined, collectedAt: string | undefined): PasswordExpiry | undefined {
  if (passwordExpires === undefined || collectedAt === undefined) return undefined;
  const expires = localMs(passwordExpires);
  const collected = localMs(collectedAt);
  if (expires === undefined || collected === undefined) return undefined;
  const diff = expires - collected;
  return { alreadyExpired: diff <= 0, days: Math.floor(Math.abs(diff) / DAY_MS) };
}
