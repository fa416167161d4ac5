/**
 * Calendar nights: a scan belongs to the calendar day of its start in the report's time zone (UTC unless
 * given). A nightly scan starts at the same time every night, so each run falls on a day of its own.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** `2008-11-20T00:15:07Z` → `2008-11-20` (in `timeZone`); undefined for a text that is no date. */
export function dayOf(iso: string, timeZone = 'UTC'): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(date);
}

/** The start of a scan from its history id (`20081120-001507` is UTC): for an entry whose meta.json is lost. */
export function startOfId(id: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(id);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}

/** Every day from `from` to `to`, both included (`YYYY-MM-DD`). */
export function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** Whether a text is a calendar day `YYYY-MM-DD` that exists. */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const t = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === text;
}
