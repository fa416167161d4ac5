/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

/**
 * A local date-time of the customer's servers (`2008-12-15T10:15:00`, any offset after it left aside) as
 * milliseconds on a clock without time zones, so that two local times can be subtracted; undefined for text
 * that is no date-time or a day the calendar does not have (`2008-02-30`).
 */
export function localMs(text: string): number | undefined {
  const m = LOCAL.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => Number(x ?? 0));
  const ms = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const back = new Date(ms);
  return back.getUTCMonth() === month! - 1 && back.getUTCDate() === day! ? ms : undefined;
}
