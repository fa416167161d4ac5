import type { Report } from '../src/report/report-schema';
import { displayText, escapeInvisible } from '../src/shared/display-text';

/** The longest name (server, target, customer, consultant) the HTML and PDF reports show whole. */
export const NAME_MAX = 80;

/** Properties that hold a name, wherever they are in the report; `servers` is a list of names. */
const NAME_KEYS = new Set(['server', 'target', 'customer', 'consultant', 'servers']);

type Evidence = Report['findings'][number]['evidence'][number];

/**
 * The report as the HTML and PDF reports show it: in every text, invisible characters (bidi controls,
 * zero-width and control characters) escaped as `⟨U+202E⟩` (line ends and tabs kept); every name longer than
 * NAME_MAX shortened around an ellipsis. A finding whose server or target is shortened gets the full value as
 * evidence of its own. The JSON report itself keeps every value as the bundle spelled it.
 */
export function displayReport(report: Report): Report {
  const shown = { ...(displayValue(report, undefined) as Report) };
  shown.findings = shown.findings.map((finding, i) => {
    const original = report.findings[i]!;
    const full: Evidence[] = [];
    for (const key of ['server', 'target'] as const) {
      const value = original[key];
      // Shown as it is (the common case): nothing was escaped or shortened.
      if (value !== undefined && finding[key] !== value && finding[key] !== escapeInvisible(value, KEEP)) {
        full.push({ path: key, actual: escapeInvisible(value, KEEP), expected: '' });
      }
    }
    return full.length > 0 ? { ...finding, evidence: [...finding.evidence, ...full] } : finding;
  });
  DISPLAYED.add(shown);
  return shown;
}

/**
 * The reports displayReport made, by the object it returned (never a copy: a report changed after it was made is
 * a new object): their texts hold no control character but line ends and tabs, which lets the views skip a second
 * full search of every text (`printableShown`).
 */
const DISPLAYED = new WeakSet<Report>();

/** Whether `report` is one displayReport made. */
export function isDisplayed(report: Report): boolean {
  return DISPLAYED.has(report);
}

const KEEP = '\r\n\t';

/**
 * The value as shown. A part in which nothing changes is returned as it is, not copied: most of a report
 * (every text without an invisible character, every short name) stays, and a fleet report is large.
 */
function displayValue(value: unknown, key: string | undefined): unknown {
  if (typeof value === 'string') {
    // Most texts are plain and short: nothing to escape or shorten, and no need for the Unicode-aware search (nor
    // to look up whether the key names a name: a report has hundreds of thousands of texts).
    const plain = !MAYBE_INVISIBLE.test(value);
    if (plain && value.length <= NAME_MAX) return value;
    const isName = key !== undefined && NAME_KEYS.has(key);
    if (plain && !isName) return value;
    return displayText(value, isName ? NAME_OPTIONS : TEXT_OPTIONS);
  }
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const shown = displayValue(item, key);
      if (shown !== item && !out) out = value.slice(0, i);
      if (out) out.push(shown);
    }
    return out ?? value;
  }
  if (value !== null && typeof value === 'object') {
    let out: Record<string, unknown> | undefined;
    const source = value as Record<string, unknown>;
    // for-in rather than Object.keys: no array of keys made for each of the report's hundreds of thousands of
    // objects. A report is plain data (JSON or built by bpa): nothing enumerable is inherited.
    for (const k in source) {
      const v = source[k];
      const shown = displayValue(v, k);
      if (shown !== v) (out ??= { ...source })[k] = shown;
    }
    return out ?? value;
  }
  return value;
}

const TEXT_OPTIONS = { keep: KEEP };
/**
 * Any character that could be invisible (control or format character, line or paragraph separator): anything
 * but printable ASCII, U+00A0–U+05FF without the soft hyphen U+00AD (that block has no other such character) and
 * the dashes, quotes and dots U+2010–U+2027 (German quotes „…“ are in most German texts; the format characters
 * around them, U+200B–U+200F and U+2028–U+202E, are not let through). A text without one is shown as it is; any
 * other goes through displayText. test/reports/display-text.test.ts checks every character of the BMP.
 */
export const MAYBE_INVISIBLE = /[^\x20-\x7e\xa0-\xac\xae-\u05ff\u2010-\u2027]/;
const NAME_OPTIONS = { keep: KEEP, max: NAME_MAX };
