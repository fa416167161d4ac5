/**
 * Dates as Windows tools print them, in the formats of the English (US and UK-style) and German locales.
 * Returns an ISO 8601 local date-time (`2008-03-14T10:22:31`) or date (`2008-03-14`), or undefined when the
 * text is not a date. Windows prints local time without a zone, so none is added.
 */
export function parseLocalizedDateTime(text: string): string | undefined {
  // The same few dates recur in every hotfix list (qfe, the Updates key, systeminfo): each text is parsed once.
  const known = parsed.get(text);
  if (known !== undefined || parsed.has(text)) return known;
  if (parsed.size >= 4096) parsed.clear();
  const result = parseOnce(text);
  parsed.set(text, result);
  return result;
}

const parsed = new Map<string, string | undefined>();

function parseOnce(text: string): string | undefined {
  const t = text.trim().replace(/,/g, ' ').replace(/\s+/g, ' ');
  // German: 14.03.2008 10:22:31 (also 14.03.2008, 14.3.08)
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) return build(year(m[3]!), +m[2]!, +m[1]!, m[4], m[5], m[6]);
  // ISO-like: 2008-03-14 10:22:31
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6]);
  // English (US): 3/14/2008 10:22:31 AM; a first field above 12 means day/month (UK style).
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AP]M))?)?$/i.exec(t);
  if (m) {
    let hour = m[4];
    if (hour !== undefined && m[7]) {
      const h = +hour % 12;
      hour = String(m[7].toUpperCase() === 'PM' ? h + 12 : h);
    }
    const [month, day] = +m[1]! > 12 ? [+m[2]!, +m[1]!] : [+m[1]!, +m[2]!];
    return build(year(m[3]!), month, day, hour, m[5], m[6]);
  }
  return undefined;
}

function year(text: string): number {
  const y = +text;
  return text.length <= 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
}

function build(y: number, mo: number, d: number, h?: string, mi?: string, s?: string): string | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return date;
  if (+h > 23 || +mi > 59 || +(s ?? 0) > 59) return undefined;
  return `${date}T${pad(+h)}:${mi}:${pad(+(s ?? 0))}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
