import { displayName } from '../shared/cluster-name';
import { exchangeRoleWord } from '../shared/exchange-role-words';
import { statusWord } from '../shared/status-words';
import { nodeValueList } from './node-values-text';
import { NODE_SHAPES, type NodeShape } from './operators';

/**
 * bpa's helpers of the rule templates, by name, without handlebars: messages.ts registers them with handlebars,
 * render-template.ts gives the same functions to the template closures, so that a scan loads no handlebars.
 */
export const MESSAGE_HELPERS: Record<string, (...args: never[]) => unknown> = {
  mb: (bytes: unknown) => (typeof bytes === 'number' ? `${Math.round((bytes / 1048576) * 10) / 10} MB` : '?'),
  percent: (ratio: unknown) => (typeof ratio === 'number' ? `${Math.round(ratio * 100)} %` : '?'),
  join: (list: unknown) => (Array.isArray(list) ? list.join(', ') : ''),
  days: (seconds: unknown) => (typeof seconds === 'number' ? String(Math.round((seconds / 86400) * 10) / 10) : '?'),
  eq: (a: unknown, b: unknown) => a === b,
  /** The items of `list` whose key (the item itself, or the item at the same place in `keys`) is not in `exclude`. */
  without: (list: unknown, exclude: unknown) => (Array.isArray(list) ? list.filter((item) => !listed(exclude, item)) : []),
  withoutByKey: (list: unknown, keys: unknown, exclude: unknown) =>
    Array.isArray(list) && Array.isArray(keys) ? list.filter((_item, i) => !listed(exclude, keys[i])) : [],
  /** True for any value that is there, 0 and false included (`#if` takes 0 for absent). */
  defined: (x: unknown) => x !== undefined && x !== null,
  /** A count of whole days in a sentence: "less than a day", "1 day", "25 days" / "weniger als einen Tag", "1 Tag", "25 Tage". */
  dayCount: (n: unknown, lang: unknown) => {
    if (typeof n !== 'number') return '?';
    if (lang === 'de') return n === 0 ? 'weniger als einen Tag' : n === 1 ? '1 Tag' : `${n} Tage`;
    return n === 0 ? 'less than a day' : n === 1 ? '1 day' : `${n} days`;
  },
  /**
   * Every node's value of a consistency setting: `{{nodeValues cluster.nodeValues.hotfixes "set" "de"}}` →
   * "N1: KB921181; N2: keine" (a set shows only what not every node has; see node-values-text.ts).
   */
  nodeValues: (values: unknown, shape: unknown, lang: unknown) =>
    NODE_SHAPES.includes(shape as NodeShape) ? nodeValueList(values, shape as NodeShape, lang === 'de' ? 'de' : 'en') : '?',
  /** A cluster's name in the text's language: a planned cluster is "(geplant: …)" in German. */
  clusterName: (name: unknown, lang: unknown) =>
    typeof name === 'string' ? displayName(name, lang === 'de' ? 'de' : 'en') : '?',
  /** A list of Exchange server roles in the text's language: `{{roleWords roles "de"}}` → "Clientzugriff, Hub-Transport". */
  roleWords: (roles: unknown, lang: unknown) =>
    Array.isArray(roles) ? roles.map((r) => exchangeRoleWord(String(r), lang === 'de' ? 'de' : 'en')).join(', ') : '',
  /** An Exchange status value (`Healthy`, `PartiallyOnline`) in the text's language: `{{statusWord x "de"}}` → "fehlerfrei". */
  statusWord: (value: unknown, lang: unknown) => statusWord(value, lang === 'de' ? 'de' : 'en'),
  dateTime: dateTimeText,
};

function listed(exclude: unknown, key: unknown): boolean {
  return Array.isArray(exclude) && exclude.some((x) => String(x).toLowerCase() === String(key).toLowerCase());
}

/**
 * A date or date-time the bundle gave as ISO text (`2008-12-15T10:15:00`, the server's local time), written as
 * the reader's language writes it: "2008-12-15 10:15" / "15.12.2008 10:15". Anything else is returned unchanged.
 */
export function dateTimeText(value: unknown, lang: unknown): string {
  if (typeof value !== 'string') return '?';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d, h, mi] = m;
  const time = h !== undefined ? ` ${h}:${mi}` : '';
  return lang === 'de' ? `${d}.${mo}.${y}${time}` : `${y}-${mo}-${d}${time}`;
}
