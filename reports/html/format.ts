/** Values, numbers and dates are written by the formatter all reports share (reports/values.ts). */
export { formatDate, formatDay, formatNumber, formatValue, localeOf, LIST_LIMIT, type FormattedValue } from '../values';

/**
 * A reference URL the reports may link to: http and https only. A findings file is input like any other, and
 * `javascript:` is a valid URI.
 */
export function safeLink(url: string): string | undefined {
  // Remembered by address: a rule's references recur in every finding of a fleet report.
  if (links.has(url)) return links.get(url);
  let safe: string | undefined;
  try {
    const parsed = new URL(url);
    safe = parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    safe = undefined;
  }
  if (links.size < 10_000) links.set(url, safe);
  return safe;
}

const links = new Map<string, string | undefined>();

/** Replaces control characters (but tab and line feed; CR LF becomes LF) that no report medium shows and that confuse PDFs. */
export function printable(text: string): string {
  // Most texts have nothing to replace: one search instead of two replacements.
  if (!UNPRINTABLE.test(text)) return text;
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '\uFFFD');
}

/**
 * `printable` for a text taken as it is from a report made by `displayReport`: that escaped every control character
 * but line ends and tabs, so only a carriage return can be left for printable to replace. Looking for one character
 * is about ten times cheaper than printable's search, and a fleet report's findings hold megabytes of text.
 * Only for texts copied from such a report: a text bpa formats from one (an evidence value written as JSON, say)
 * may hold what displayReport did not see, and goes through printable.
 */
export function printableShown(text: string): string {
  return text.includes('\r') ? printable(text) : text;
}

/** What printable replaces: a carriage return or a control character other than tab and line feed. */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\r\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
