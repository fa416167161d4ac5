// @ts-nocheck
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * The HTML report is polyglot markup (every element closed, every attribute quoted), so an XML parser reads
 * it into a tree the tests can query; script and style contents are taken out first and kept aside.
 */
export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: (Element | string)[];
}

export interface ParsedPage {
  root: Element;
  scripts: string[];
  styles: string[];
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: true,
  htmlEntities: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

export function parseHtml(html: string): ParsedPage {
  const scripts: string[] = [];
  const styles: string[] = [];
  const stripped = html.replace(/<(script|style)>([\s\S]*?)<\/\1>/g, (_, tag: string, body: string) => {
    (tag === 'script' ? scripts : styles).push(body);
    return `<${tag}></${tag}>`;
  });
  const valid = XMLValidator.validate(stripped);
  if (valid !== true) throw new Error(`not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  const nodes = toNodes(parser.parse(stripped) as unknown[]);
  const root = nodes.find((n): n is Element => typeof n !== 'string' && n.tag === 'html');
  if (!root) throw new Error('no <html> element');
  return { root, scripts, styles };
}

function toNodes(raw: unknown[]): (Element | string)[] {
  return raw.map((item) => {
    const record = item as Record<string, unknown>;
    if ('#text' in record) return String(record['#text']);
    const tag = Object.keys(record).find((k) => k !== ':@')!;
    return { tag, attrs: (record[':@'] as Record<string, string>) ?? {}, children: toNodes(record[tag] as unknown[]) };
  });
}

export function all(root: Element, match: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    if (match(e)) out.push(e);
    for (const c of e.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return out;
}

export const byTag = (root: Element, tag: string) => all(root, (e) => e.tag === tag);
export const byClass = (root: Element, cls: string) => all(root, (e) => (e.attrs.class ?? '').split(/\s+/).includes(cls));

export function byId(root: Element, id: string): Element {
  const found = all(root, (e) => e.attrs.id === id)[0];
  if (!found) throw new Error(`no element #${id}`);
  return found;
}

/** The text content, whitespace collapsed. */
export function text(node: Element | string): string {
  const raw = (n: Element | string): string => (typeof n === 'string' ? n : n.children.map(raw).join(''));
  return raw(node).replace(/\s+/g, ' ').trim();
}
