/** Values, numbers and dates are written by the formatter all reports share (reports/values.ts). */
export { formatDate, formatDay, formatNumber, formatValue, localeOf, LIST_LIMIT, type FormattedValue } from '../values';

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
