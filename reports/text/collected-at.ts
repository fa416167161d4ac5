import type { Lang } from '../../src/rules/rule-schema';

const STAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The collection time as the servers' clock showed it, with its time zone: `2008-11-20 02:15:07 UTC+01:00`
 * (German `20.11.2008 02:15:07 UTC+01:00`). It is not converted: the reader compares it with the servers' own
 * logs. A time without an offset says that its zone is unknown; a text that is not a timestamp stays as it is.
 */
export function collectedAtText(stamp: string, lang: Lang, zoneUnknown: string): string {
  const m = STAMP.exec(stamp.trim());
  if (!m) return stamp;
  const [, year, month, day, hour, minute, second = '00', zone] = m;
  const date = lang === 'de' ? `${day}.${month}.${year}` : `${year}-${month}-${day}`;
  return `${date} ${hour}:${minute}:${second} ${zone ? zoneText(zone) : `(${zoneUnknown})`}`;
}

function zoneText(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'UTC';
  const offset = zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `UTC${offset}`;
}
