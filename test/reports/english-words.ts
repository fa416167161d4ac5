import { all, parseHtml, type Element } from './html-dom';

/**
 * English words that must not appear in the visible text of a German report: value words, the reports' fixed
 * texts, verdict and coverage words. Words German shares with English ("Server", "Cluster", "Hotfix",
 * "Filter", "Update", "Online", "Standard", "Transport", "Version", "Blocker", and "private" as in "der private
 * Adapter") are not in the list; a value "private" is caught by ENGLISH_VALUES. Product names and ids are
 * passed as allowed passages ("Majority Node Set").
 */
export const ENGLISH_WORDS = [
  'enabled',
  'disabled',
  'true',
  'false',
  'yes',
  'no',
  'public',
  'planned',
  'expected',
  'actual',
  'evidence',
  'finding',
  'findings',
  'warning',
  'warnings',
  'critical',
  'passed',
  'none',
  'not',
  'evaluated',
  'missing',
  'unknown',
  'healthy',
  'degraded',
  'ready',
  'installed',
  'never',
  'connected',
  'disconnected',
  'failed',
  'page',
  'contents',
  'summary',
  'inventory',
  'appendix',
  'role',
  'priority',
  'remediation',
  'references',
  'why',
  'matters',
  'severity',
  'category',
  'customer',
  'consultant',
  'prepared',
  'scan',
  'date',
  'scope',
  'rules',
  'checks',
  'checked',
  'servers',
  'nodes',
  'node',
  'of',
  'the',
  'and',
  'with',
  'without',
  'more',
  'empty',
  'absent',
  'server-wide',
  'organization-wide',
  'organization',
  'fix',
  'first',
  'continued',
  'collected',
  'source',
  'file',
  'line',
  'reason',
  'diagnostics',
  'days',
  'hours',
  'local',
  'time',
  'up',
  'down',
  'paused',
] as const;

/** Values that must not stand on their own in a German report's table cell or value (the leak of issue 14). */
export const ENGLISH_VALUES = [
  'enabled',
  'disabled',
  'true',
  'false',
  'yes',
  'no',
  'private',
  'public',
  'none',
  'planned',
  'connected',
  'disconnected',
  'installed',
  'not installed',
  'never',
  'unknown',
  'healthy',
  'failed',
  'up',
  'down',
  'paused',
  '(absent)',
  '(unknown)',
  '(empty)',
] as const;

/** The cells (or other separately written values) whose whole text is an English value. */
export function englishValuesIn(cells: readonly string[]): string[] {
  return [...new Set(cells.map((c) => c.trim().toLowerCase()).filter((c) => (ENGLISH_VALUES as readonly string[]).includes(c)))];
}

/**
 * Passages that are legitimately English in a German report, taken out before the check: quotations in German
 * quotation marks (a product's own message, „Crash upload logging disabled“), a product property with its raw
 * value as the product prints it (`ErrorReportingEnabled: False`), PowerShell variables (`$true`).
 */
function withoutCitations(text: string): string {
  return text
    .replace(/„[^“]*“/g, ' ')
    .replace(/\b[A-Z][a-z]+(?:[A-Z][a-z]*)+: ?(?:True|False)\b/g, ' ')
    .replace(/\$\w+/g, ' ');
}

/**
 * The English words of ENGLISH_WORDS in a text, each once, in the order found (case-insensitive, whole words).
 * A word is what stands between spaces and punctuation; letters, digits and hyphens hold together, so a host
 * name (EX2007-NODE1) or a compound (Majority-Node-Set-Cluster) is one word.
 */
export function englishWordsIn(text: string, allowed: readonly string[] = []): string[] {
  const remaining = allowed.reduce((t, a) => t.split(a).join(' '), withoutCitations(text));
  const words = remaining.toLowerCase().split(/[^\p{L}\p{N}_-]+/u);
  const found = new Set<string>();
  for (const w of words) if ((ENGLISH_WORDS as readonly string[]).includes(w)) found.add(w);
  return [...found];
}

/** The text of each table cell and definition of an HTML report: where a value stands on its own. */
export function htmlCells(html: string): string[] {
  const { root } = parseHtml(html);
  const text = (n: Element | string): string => (typeof n === 'string' ? n : n.children.map(text).join(''));
  return all(root, (e) => e.tag === 'td' || e.tag === 'dd' || e.tag === 'th').map((e) => text(e).replace(/\s+/g, ' '));
}

/**
 * The text a reader sees in an HTML report: every text node of the document but those in script and style
 * (parseHtml takes them out) and in `excluded` elements (by class); attributes are not visible text.
 */
export function visibleHtmlText(html: string, excludedClasses: readonly string[] = []): string {
  const { root } = parseHtml(html);
  const skip = new Set(all(root, (e) => excludedClasses.some((c) => (e.attrs.class ?? '').split(/\s+/).includes(c))));
  const walk = (node: Element | string): string =>
    typeof node === 'string' ? node : skip.has(node) ? ' ' : node.children.map(walk).join(' ');
  return walk(root).replace(/\s+/g, ' ');
}
