/**
 * The value types of Exchange 2007's `Format-List` output, as the Exchange Management Shell prints them
 * (PowerShell 1.0 calls each value's `ToString()` in the culture of the shell):
 * - ByteQuantifiedSize: `18MB (18,874,368 bytes)`, `10240KB (10,485,760 bytes)`; other cultures group the
 *   byte count their way (`18 MB (18.874.368 bytes)` in German); Unlimited<…>: `unlimited` / `Unlimited`;
 * - TimeSpan and EnhancedTimeSpan: `[-][d.]hh:mm:ss[.fffffff]`, the same in every culture (`7.00:00:00`);
 * - Boolean: `True` / `False` in every culture; a blank value is a property that is not set;
 * - multi-valued properties: `{a, b}`, `{}` when empty, cut after `$FormatEnumerationLimit` (4) items
 *   with `...}`; a single value may stand without braces;
 * - flag enumerations (ServerRole): `Mailbox, ClientAccess, HubTransport`;
 * - ServerVersion (AdminDisplayVersion): `Version 8.1 (Build 240.6)`;
 * - dates: the culture's short date and long time (`3/14/2008 10:22:31 AM`, `14.03.2008 10:22:31`);
 * - ADObjectId: `contoso.com/Configuration/Sites/Default-First-Site-Name`, kept as printed.
 * Each parser returns undefined for a blank value and for a value it cannot read; it never throws.
 */
import { parseLocalizedDateTime } from './dates';
import { startsWithNoneOf } from './lines';

const DIGITS = [...'0123456789'];

export type Unlimited = 'unlimited';

/** An Exchange server version: `Version 8.1 (Build 240.6)` is 8.1.240.6 (Exchange 2007 SP1). */
export interface ExchangeVersion {
  major: number;
  minor: number;
  build: number;
  revision: number;
  /** Dotted: `8.1.240.6`. */
  text: string;
}

/** The items of a multi-valued property; `truncated` when PowerShell printed only the first ones (`...}`). */
export interface MultiValued {
  values: string[];
  truncated: boolean;
}

const UNIT_BYTES: Readonly<Record<string, number>> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };
/** Group separators of the cultures: comma, dot, blank, no-break blanks, apostrophe. */
const GROUPED_INTEGER = /^\d{1,3}(?:[,.\s\u00A0\u202F'’]\d{3})*$|^\d+$/;

function blankToUndefined(text: string | undefined): string | undefined {
  const t = text?.trim();
  return t === undefined || t === '' ? undefined : t;
}

export function isUnlimited(text: string | undefined): boolean {
  return blankToUndefined(text)?.toLowerCase() === 'unlimited';
}

/** `18MB (18,874,368 bytes)` → 18874368; the count in parentheses wins, else the unit value (`18MB`). */
export function parseByteQuantifiedSize(text: string | undefined): number | undefined {
  const t = blankToUndefined(text);
  if (t === undefined) return undefined;
  const withBytes = /^\d+(?:[.,]\d+)?\s?[KMGT]?B\s*\(([^)]*?)\s*bytes\)$/i.exec(t);
  if (withBytes) {
    const count = withBytes[1]!.trim();
    return GROUPED_INTEGER.test(count) ? Number(count.replace(/\D/g, '')) : undefined;
  }
  const unitOnly = /^(\d+(?:[.,]\d+)?)\s?([KMGT]?B)$/i.exec(t);
  if (unitOnly) return Math.round(Number(unitOnly[1]!.replace(',', '.')) * UNIT_BYTES[unitOnly[2]!.toUpperCase()]!);
  return /^\d+$/.test(t) ? Number(t) : undefined;
}

/** A ByteQuantifiedSize or `unlimited`. */
export function parseUnlimitedBytes(text: string | undefined): number | Unlimited | undefined {
  return isUnlimited(text) ? 'unlimited' : parseByteQuantifiedSize(text);
}

/** A whole number as .NET prints one (`5000`, `-1`; no group separators). */
export function parseInteger(text: string | undefined): number | undefined {
  const t = blankToUndefined(text);
  return t !== undefined && /^-?\d+$/.test(t) ? Number(t) : undefined;
}

/** A whole number or `unlimited` (Unlimited<int>, e.g. MaxRecipientEnvelopeLimit). */
export function parseUnlimitedInteger(text: string | undefined): number | Unlimited | undefined {
  return isUnlimited(text) ? 'unlimited' : parseInteger(text);
}

/** A TimeSpan in seconds: `7.00:00:00` → 604800, `00:30:00` → 1800, `00:00:00.5000000` → 0.5. */
export function parseTimeSpan(text: string | undefined): number | undefined {
  const t = blankToUndefined(text);
  const m = t === undefined ? null : /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$/.exec(t);
  if (!m) return undefined;
  const [, minus, days, hours, minutes, seconds, fraction] = m;
  if (+hours! > 23 || +minutes! > 59 || +seconds! > 59) return undefined;
  const total = +(days ?? 0) * 86400 + +hours! * 3600 + +minutes! * 60 + +seconds! + (fraction ? +`0.${fraction}` : 0);
  return minus ? -total : total;
}

/** A TimeSpan in seconds or `unlimited` (Unlimited<EnhancedTimeSpan>). */
export function parseUnlimitedTimeSpan(text: string | undefined): number | Unlimited | undefined {
  return isUnlimited(text) ? 'unlimited' : parseTimeSpan(text);
}

/** `True` / `False` (any case); blank or anything else → undefined. */
export function parseBoolean(text: string | undefined): boolean | undefined {
  const t = blankToUndefined(text)?.toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : undefined;
}

/** Splits at `, ` outside brackets, so that `NODE1 <Active, Quorum Owner>` stays one item. */
function splitItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('<({['.includes(c)) depth++;
    else if ('>)}]'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0 && text[i + 1] === ' ') {
      items.push(text.slice(start, i));
      start = i + 2;
    }
  }
  items.push(text.slice(start));
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** `{a, b}` → a, b; `{}` → none; `{a, b, c, d...}` → a, b, c, d (truncated); `a` → a. Blank → undefined. */
export function parseMultiValued(text: string | undefined): MultiValued | undefined {
  const t = blankToUndefined(text);
  if (t === undefined) return undefined;
  const braced = /^\{(.*)\}$/s.exec(t);
  let inner = braced ? braced[1]! : t;
  const truncated = braced !== null && inner.endsWith('...');
  if (truncated) inner = inner.slice(0, -3);
  return { values: splitItems(inner), truncated };
}

/** A flag enumeration: `Mailbox, ClientAccess` → Mailbox, ClientAccess; `None` → none. */
export function parseEnumFlags(text: string | undefined): string[] | undefined {
  const list = parseMultiValued(text);
  return list?.values.filter((flag) => flag.toLowerCase() !== 'none');
}

/** `Version 8.1 (Build 240.6)` (the words may be localized) or a dotted `8.1.240.6`. */
export function parseExchangeVersion(text: string | undefined): ExchangeVersion | undefined {
  const t = blankToUndefined(text);
  if (t === undefined) return undefined;
  const m = /^\D*?(\d+)\.(\d+)\s*\(\D*?(\d+)\.(\d+)\)$/.exec(t) ?? /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(t);
  if (!m) return undefined;
  const [major, minor, build, revision] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  return { major, minor, build, revision, text: `${major}.${minor}.${build}.${revision}` };
}

/** Day-first (`14/03/2008`) or month-first (`3/14/2008 10:22:31 AM`) slash dates, when some value tells. */
export type DateOrder = 'dayFirst' | 'monthFirst';

/**
 * The order of slash dates in one output: a first field above 12 means day first (en-GB, fr-FR…); a second
 * field above 12, or AM/PM, means month first (en-US). Undefined when no value tells.
 */
export function detectDateOrder(texts: Iterable<string>): DateOrder | undefined {
  for (const text of texts) {
    if (startsWithNoneOf(text, DIGITS)) continue;
    const m = /^(\d{1,2})\/(\d{1,2})\/\d{2,4}\b(.*)$/.exec(text.trim());
    if (!m) continue;
    if (+m[1]! > 12) return 'dayFirst';
    if (+m[2]! > 12 || /[AP]M/i.test(m[3]!)) return 'monthFirst';
  }
  return undefined;
}

/** A date as the shell's culture prints it → ISO local date-time (see `parseLocalizedDateTime`). */
export function parseExchangeDate(text: string | undefined, order?: DateOrder): string | undefined {
  const t = blankToUndefined(text);
  if (t === undefined) return undefined;
  const dayFirst = order === 'dayFirst' ? /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})((?: \d{1,2}:\d{2}(?::\d{2})?)?)$/.exec(t) : null;
  // A day-first slash date reads as the same date written the German way.
  return parseLocalizedDateTime(dayFirst ? `${dayFirst[1]}.${dayFirst[2]}.${dayFirst[3]}${dayFirst[4]}` : t);
}

/** An ADObjectId or any other identity, as printed; blank → undefined. */
export function parseAdObjectId(text: string | undefined): string | undefined {
  return blankToUndefined(text);
}

/** The name at the end of an ADObjectId or identity: `contoso.com/Sites/Berlin` → Berlin, `SRV\SG1` → SG1. */
export function lastIdentityPart(id: string): string {
  const parts = id.split(/[\\/]/);
  return parts[parts.length - 1]!.trim();
}

/** The server part of an identity `SERVER\Name` (storage groups, databases, receive connectors). */
export function identityServer(id: string): string | undefined {
  const i = id.indexOf('\\');
  return i > 0 ? id.slice(0, i).trim() : undefined;
}
