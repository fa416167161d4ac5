import type { Lang } from '../src/rules/rule-schema';
import { valueWord, VALUE_WORDS, type ValueWords } from './value-words';

/**
 * One localized formatter for every value a report shows: evidence values, expected values, inventory facts.
 * Booleans, roles, states, service packs, sizes, percentages, durations and dates are written in the report's
 * language ("aktiviert", "SP1", "120 %", "12,5 MB", "7 Tage", "20. November 2008 um 02:15 MEZ"); every renderer
 * (HTML, PDF, text) formats through it, so no format shows a raw `true` or `servicePack: 1`.
 */

/** What a value means, which decides how it is written. */
export type ValueKind =
  /** a text (a known word such as "enabled" or "private" is translated), a number, or yes/no */
  | 'text'
  /** a boolean as yes/no */
  | 'yesNo'
  /** a boolean as enabled/disabled */
  | 'onOff'
  /** a boolean as installed/not installed */
  | 'installed'
  /** a service pack number: SP1; 0 is RTM */
  | 'servicePack'
  /** a ratio: 1.2 is 120 % */
  | 'ratio'
  /** a size in bytes */
  | 'bytes'
  /** a size in megabytes */
  | 'megabytes'
  /** a duration in seconds */
  | 'seconds'
  /** a number of things (a count, a priority) */
  | 'count'
  /** an ISO date or date-time */
  | 'date'
  /** a cluster network role: 1 internal, 2 client, 3 all */
  | 'networkRole'
  /** an adapter's or network's kind: private or public */
  | 'adapterRole'
  /** an adapter's type: ethernet, teamed, wireless, tunnel, ppp, unknownAdapter, other */
  | 'adapterType'
  /** Windows' product type: workstation, server, domainController */
  | 'productType'
  /** the snapshot's role of a machine */
  | 'serverRole'
  /** Exchange server roles (Mailbox, HubTransport…) */
  | 'exchangeRoles'
  /** a cluster's quorum type */
  | 'quorumType'
  /** a storage group's continuous replication: none, local (LCR), cluster (CCR) */
  | 'replication';

/** How many items of a list value the reports show before "… and n more". */
export const LIST_LIMIT = 8;
/** The longest text a single value cell shows. */
const TEXT_LIMIT = 400;

const LOCALES: Record<Lang, string> = { en: 'en-GB', de: 'de-DE' };

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

export interface FormattedValue {
  /** What a table cell shows: lists cut after LIST_LIMIT items, long texts cut. */
  short: string;
  /** The whole value, when `short` is cut. */
  full?: string;
}

export interface FormatOptions {
  /** The time zone dates are shown in; the machine's by default. */
  timeZone?: string;
}

/** A value (any JSON) as text in the report's language, as its kind asks; lists are joined and cut. */
export function formatValue(value: unknown, lang: Lang, kind: ValueKind = 'text', options: FormatOptions = {}): FormattedValue {
  const words = VALUE_WORDS[lang];
  if (value === null || value === undefined) return { short: words.absent };
  if (Array.isArray(value)) {
    if (value.length === 0) return { short: words.noneListed };
    const items = value.map((v) => formatScalar(v, lang, kind, options));
    if (items.length <= LIST_LIMIT) return cut(items.join(', '));
    const short = `${items.slice(0, LIST_LIMIT).join(', ')} ${words.more.replace('{n}', String(items.length - LIST_LIMIT))}`;
    return { short, full: items.join(', ') };
  }
  return cut(formatScalar(value, lang, kind, options));
}

/** One value (not a list) as text. */
export function formatScalar(value: unknown, lang: Lang, kind: ValueKind = 'text', options: FormatOptions = {}): string {
  const words = VALUE_WORDS[lang];
  if (value === null || value === undefined) return words.absent;
  if (typeof value === 'boolean') return formatBoolean(value, kind, words);
  if (typeof value === 'number') return formatNumberAs(value, lang, kind);
  if (typeof value === 'string') return formatText(value, lang, kind, options);
  return JSON.stringify(value);
}

/**
 * An expected value as a rule or check states it: already a text in the report's language, but a bare boolean
 * word ("True") or a known value word ("disabled") is written as the kind of the value it stands for.
 */
export function formatExpected(text: string, lang: Lang, kind: ValueKind = 'text'): string {
  const bool = /^(true|false)$/i.exec(text.trim());
  if (bool) return formatBoolean(bool[1]!.toLowerCase() === 'true', kind, VALUE_WORDS[lang]);
  return valueWord(text, lang) ?? text;
}

function formatBoolean(value: boolean, kind: ValueKind, words: ValueWords): string {
  if (kind === 'onOff') return value ? words.enabled : words.disabled;
  if (kind === 'installed') return value ? words.installed : words.notInstalled;
  return value ? words.yes : words.no;
}

function formatNumberAs(n: number, lang: Lang, kind: ValueKind): string {
  const words = VALUE_WORDS[lang];
  switch (kind) {
    case 'servicePack':
      return n === 0 ? 'RTM' : `SP${formatNumber(n, lang)}`;
    case 'ratio':
      return `${formatNumber(Math.round(n * 1000) / 10, lang)} %`;
    case 'bytes':
      return formatSize(n / 1024 / 1024, lang);
    case 'megabytes':
      return formatSize(n, lang);
    case 'seconds':
      return formatSeconds(n, lang);
    case 'networkRole':
      return words.networkRoles[n] !== undefined ? `${n} (${words.networkRoles[n]})` : formatNumber(n, lang);
    case 'yesNo':
    case 'onOff':
    case 'installed':
      return n === 0 ? formatBoolean(false, kind, words) : n === 1 ? formatBoolean(true, kind, words) : formatNumber(n, lang);
    default:
      return formatNumber(n, lang);
  }
}

function formatText(text: string, lang: Lang, kind: ValueKind, options: FormatOptions): string {
  const words = VALUE_WORDS[lang];
  if (text === '') return words.empty;
  const table =
    kind === 'serverRole'
      ? words.serverRoles
      : kind === 'exchangeRoles'
        ? words.exchangeRoles
        : kind === 'quorumType'
          ? words.quorumTypes
          : kind === 'adapterType'
            ? words.adapterTypes
            : kind === 'productType'
              ? words.productTypes
              : kind === 'replication'
                ? words.replication
                : undefined;
  const named = table?.[text] ?? table?.[text.toLowerCase()];
  if (named !== undefined) return named;
  if ((kind === 'date' || kind === 'text') && ISO_DATE.test(text)) return formatDate(text, lang, options.timeZone) ?? text;
  if (/^(true|false)$/i.test(text)) return formatBoolean(text.toLowerCase() === 'true', kind, words);
  return valueWord(text, lang) ?? text;
}

/** The name of a server or cluster in the report's language: a planned cluster's name is translated. */
export { displayName as formatName } from '../src/shared/cluster-name';

/** An ISO date-time as the collectors and the JSON report write it. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A timestamp as a reader expects it, with its time zone ("20. November 2008 um 02:15 MEZ"), in the time zone of
 * the machine that renders (or `timeZone`). A time without an offset is the server's own clock: it is shown as
 * it is and said to be the server's local time. A text that is not a date stays as it is.
 */
export function formatDate(iso: string | undefined, lang: Lang, timeZone?: string): string | undefined {
  if (iso === undefined) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const local = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(iso);
  const fields: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  };
  if (local) {
    // No offset: the wall-clock time of the server that wrote it, shown unconverted.
    const wall = new Date(`${iso}Z`);
    const text = new Intl.DateTimeFormat(localeOf(lang), { ...fields, timeZone: 'UTC' }).format(wall);
    return `${text} (${VALUE_WORDS[lang].serverTime})`;
  }
  return new Intl.DateTimeFormat(localeOf(lang), { ...fields, timeZoneName: 'short', ...(timeZone ? { timeZone } : {}) }).format(
    date,
  );
}

/** A calendar day (`YYYY-MM-DD`, e.g. a waiver's expiry) as a reader expects it ("31. Dezember 2008"); other text stays. */
export function formatDay(day: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** A number in the report's language: "1.234,5" in German, "1,234.5" in English. */
export function formatNumber(n: number, lang: Lang): string {
  // A whole number from 0 to 999 is its digits in both locales (no grouping; -0 is Intl's "-0"): no Intl call.
  if (Number.isInteger(n) && n < 1000 && (n > 0 || Object.is(n, 0))) return String(n);
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 3 })));
  return format.format(n);
}

/** A size in megabytes with its unit: "512 KB", "12,5 MB", "1,5 GB" (units of 1024, as Windows and Exchange count). */
export function formatSize(megabytes: number, lang: Lang): string {
  const one = (n: number) => formatNumber(Math.round(n * 10) / 10, lang);
  if (megabytes >= 1024 * 1024) return `${one(megabytes / 1024 / 1024)} TB`;
  if (megabytes >= 1024) return `${one(megabytes / 1024)} GB`;
  if (megabytes >= 1 || megabytes === 0) return `${one(megabytes)} MB`;
  return `${one(megabytes * 1024)} KB`;
}

/** A duration: whole days or hours in words ("7 Tage", "1 hour"), anything else in seconds ("240 s"). */
export function formatSeconds(seconds: number, lang: Lang): string {
  const words = VALUE_WORDS[lang];
  const unit = (n: number, [one, other]: readonly [string, string]) => `${formatNumber(n, lang)} ${n === 1 ? one : other}`;
  if (seconds > 0 && seconds % 86400 === 0) return unit(seconds / 86400, words.days);
  if (seconds > 0 && seconds % 3600 === 0) return unit(seconds / 3600, words.hours);
  return `${formatNumber(seconds, lang)} s`;
}

function cut(text: string): FormattedValue {
  return text.length <= TEXT_LIMIT ? { short: text } : { short: `${text.slice(0, TEXT_LIMIT)}…`, full: text };
}
