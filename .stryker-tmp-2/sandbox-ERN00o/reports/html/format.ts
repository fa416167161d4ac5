// @ts-nocheck
import type { Lang } from '../../src/rules/rule-schema';
import { fill, LABELS } from './labels';

/** How many items of a list value the reports show before "… and n more". */
export const LIST_LIMIT = 8;
/** The longest text a single value cell shows. */
const TEXT_LIMIT = 400;

const LOCALES: Record<Lang, string> = { en: 'en-GB', de: 'de-DE' };

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/**
 * A timestamp as a reader expects it ("20. November 2008 um 02:15 MEZ"), in the time zone of the machine
 * that renders (or `timeZone`); a text that is not a date stays as it is.
 */
export function formatDate(iso: string | undefined, lang: Lang, timeZone?: string): string | undefined {
  if (iso === undefined) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'long',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 3 })));
  return format.format(n);
}

export interface FormattedValue {
  /** What a table cell shows: lists cut after LIST_LIMIT items, long texts cut. */
  short: string;
  /** The whole value, when `short` is cut. */
  full?: string;
}

/** An evidence value (any JSON) as text in the report's language: yes/no, localized numbers, lists. */
export function formatValue(value: unknown, lang: Lang): FormattedValue {
  const labels = LABELS[lang];
  if (value === null || value === undefined) return { short: labels.absent };
  if (Array.isArray(value)) {
    const items = value.map((v) => formatScalar(v, lang));
    if (items.length <= LIST_LIMIT) return cut(items.join(', '));
    const short = `${items.slice(0, LIST_LIMIT).join(', ')} ${fill(labels.more, { n: items.length - LIST_LIMIT })}`;
    return { short, full: items.join(', ') };
  }
  return cut(formatScalar(value, lang));
}

function formatScalar(value: unknown, lang: Lang): string {
  if (typeof value === 'boolean') return value ? LABELS[lang].yes : LABELS[lang].no;
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return LABELS[lang].absent;
  return JSON.stringify(value);
}

function cut(text: string): FormattedValue {
  return text.length <= TEXT_LIMIT ? { short: text } : { short: `${text.slice(0, TEXT_LIMIT)}…`, full: text };
}

/**
 * A reference URL the reports may link to: http and https only. A findings file is input like any other, and
 * `javascript:` is a valid URI.
 */
export function safeLink(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Replaces control characters (but tab and line feed; CR LF becomes LF) that no report medium shows and that confuse PDFs. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '\uFFFD');
}

/** A calendar day (`YYYY-MM-DD`, e.g. a waiver's expiry) as a reader expects it ("31. Dezember 2008"); other text stays. */
export function formatDay(day: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
