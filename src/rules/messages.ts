import Handlebars from 'handlebars';
import { displayName } from '../shared/cluster-name';
import { exchangeRoleWord } from '../shared/exchange-role-words';
import { statusWord } from '../shared/status-words';
import { fold } from './fold-blanks';
import { nodeValueList } from './node-values-text';
import { NODE_SHAPES, type NodeShape } from './operators';
import { compileTemplate, type TemplateClosure } from './template-closures';

/**
 * Message and target templates of rules. Compiled once each, with no HTML escaping: the JSON report
 * carries plain text, and every reporter escapes for its own medium.
 */
export const hb = Handlebars.create();

hb.registerHelper('mb', (bytes: unknown) => (typeof bytes === 'number' ? `${Math.round((bytes / 1048576) * 10) / 10} MB` : '?'));
hb.registerHelper('percent', (ratio: unknown) => (typeof ratio === 'number' ? `${Math.round(ratio * 100)} %` : '?'));
hb.registerHelper('join', (list: unknown) => (Array.isArray(list) ? list.join(', ') : ''));
hb.registerHelper('days', (seconds: unknown) =>
  typeof seconds === 'number' ? String(Math.round((seconds / 86400) * 10) / 10) : '?',
);
hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
/** The items of `list` whose key (the item itself, or the item at the same place in `keys`) is not in `exclude`. */
const listed = (exclude: unknown, key: unknown) =>
  Array.isArray(exclude) && exclude.some((x) => String(x).toLowerCase() === String(key).toLowerCase());
hb.registerHelper('without', (list: unknown, exclude: unknown) =>
  Array.isArray(list) ? list.filter((item) => !listed(exclude, item)) : [],
);
hb.registerHelper('withoutByKey', (list: unknown, keys: unknown, exclude: unknown) =>
  Array.isArray(list) && Array.isArray(keys) ? list.filter((_item, i) => !listed(exclude, keys[i])) : [],
);
/** True for any value that is there, 0 and false included (`#if` takes 0 for absent). */
hb.registerHelper('defined', (x: unknown) => x !== undefined && x !== null);
/** A count of whole days in a sentence: "less than a day", "1 day", "25 days" / "weniger als einen Tag", "1 Tag", "25 Tage". */
hb.registerHelper('dayCount', (n: unknown, lang: unknown) => {
  if (typeof n !== 'number') return '?';
  if (lang === 'de') return n === 0 ? 'weniger als einen Tag' : n === 1 ? '1 Tag' : `${n} Tage`;
  return n === 0 ? 'less than a day' : n === 1 ? '1 day' : `${n} days`;
});

/**
 * Every node's value of a consistency setting: `{{nodeValues cluster.nodeValues.hotfixes "set" "de"}}` →
 * "N1: KB921181; N2: keine" (a set shows only what not every node has; see node-values-text.ts).
 */
hb.registerHelper('nodeValues', (values: unknown, shape: unknown, lang: unknown) =>
  NODE_SHAPES.includes(shape as NodeShape) ? nodeValueList(values, shape as NodeShape, lang === 'de' ? 'de' : 'en') : '?',
);

/** A cluster's name in the text's language: a planned cluster is "(geplant: …)" in German. */
hb.registerHelper('clusterName', (name: unknown, lang: unknown) =>
  typeof name === 'string' ? displayName(name, lang === 'de' ? 'de' : 'en') : '?',
);

/** A list of Exchange server roles in the text's language: `{{roleWords roles "de"}}` → "Clientzugriff, Hub-Transport". */
hb.registerHelper('roleWords', (roles: unknown, lang: unknown) =>
  Array.isArray(roles) ? roles.map((r) => exchangeRoleWord(String(r), lang === 'de' ? 'de' : 'en')).join(', ') : '',
);

/** An Exchange status value (`Healthy`, `PartiallyOnline`) in the text's language: `{{statusWord x "de"}}` → "fehlerfrei". */
hb.registerHelper('statusWord', (value: unknown, lang: unknown) => statusWord(value, lang === 'de' ? 'de' : 'en'));

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
hb.registerHelper('dateTime', dateTimeText);

/** How every rule template is compiled (exported with `hb` for the test that holds the closures to handlebars). */
export const TEMPLATE_OPTIONS = { noEscape: true, strict: false };

/** Each template once: as closures (template-closures.ts) where they cover it, with handlebars' own function beside. */
const cache = new Map<string, { closure: TemplateClosure | undefined; handlebars: Handlebars.TemplateDelegate }>();

/** A template without an expression (no `{{`) renders the same whatever the context: rendered once. Most titles are such. */
const constant = new Map<string, string>();

export function renderTemplate(template: string, context: object): string {
  const fixed = constant.get(template);
  if (fixed !== undefined) return fixed;
  let compiled = cache.get(template);
  if (!compiled) {
    const handlebars = hb.compile(template, TEMPLATE_OPTIONS);
    if (!template.includes('{{')) {
      const text = fold(handlebars({}));
      constant.set(template, text);
      return text;
    }
    compiled = { closure: compileTemplate(template, hb, TEMPLATE_OPTIONS), handlebars };
    cache.set(template, compiled);
  }
  return fold(render(compiled.closure, compiled.handlebars, context));
}

/** The closures' text, or handlebars' where the closures leave a value to it (or fail in any way). */
function render(closure: TemplateClosure | undefined, handlebars: Handlebars.TemplateDelegate, context: object): string {
  if (closure) {
    try {
      return closure(context);
    } catch {
      // ASK_HANDLEBARS, or a helper that threw: handlebars renders it, and throws its own error if it must.
    }
  }
  return handlebars(context);
}
