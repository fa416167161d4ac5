import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { TSchema } from '@sinclair/typebox';
import { FACT_SCHEMAS_FILE } from './fact-schema-table';

type SchemaNode = TSchema & {
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  'x-sources'?: string[];
};

export interface ResolvedPath {
  schema: SchemaNode;
  /** Source files of the fact: the nearest `x-sources` annotation on the path, innermost first. */
  sources: string[];
}

let factSchemas: Record<string, SchemaNode> | undefined;

/**
 * The schema of each fact: the build's table (fact-schema-table.ts) when bpa runs from dist/, else the snapshot
 * schema itself, loaded only now: `bpa rules list` and a scan need no TypeBox for their fact paths.
 */
function schemasOfFacts(): Record<string, SchemaNode> {
  if (!factSchemas) {
    const table = join(__dirname, FACT_SCHEMAS_FILE);
    factSchemas = existsSync(table)
      ? (JSON.parse(readFileSync(table, 'utf8')) as Record<string, SchemaNode>)
      : // eslint-disable-next-line @typescript-eslint/no-require-imports
        ((require('../snapshot/schema') as typeof import('../snapshot/schema')).FACT_SCHEMAS as Record<string, SchemaNode>);
  }
  return factSchemas;
}

/** Splits `$.os.servicePack` / `$.adapters[0].name` into segments: names and array indexes. */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const re = /\.([A-Za-z][A-Za-z0-9]*)|\[([0-9]+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path)) !== null) segments.push(m[1] ?? Number(m[2]));
  return segments;
}

/**
 * Walks a fact path through the snapshot schema. Returns the schema at the end of the path and the
 * sources that provide it, or an error naming the first segment the schema does not have.
 */
export function resolveFactPath(fact: string, path: string): ResolvedPath | { error: string } {
  return resolveFactPathIn(schemasOfFacts(), fact, path);
}

/**
 * The sources of a fact path in the snapshot schema, undefined when the schema has no such path. Fixed by the
 * schema, so walked once per fact and path (by fact, then path: no key string per question); the judge asks it for
 * every finding's evidence and every absent fact. Bounded all the same (cleared when full): a rule set could name any
 * number of paths.
 */
export function sourcesOfFactPath(fact: string, path: string): string[] | undefined {
  let byPath = sourcesByFactPath.get(fact);
  if (!byPath) {
    if (sourcesByFactPath.size >= SOURCES_MEMO_LIMIT) sourcesByFactPath.clear();
    sourcesByFactPath.set(fact, (byPath = new Map()));
  }
  if (!byPath.has(path)) {
    if (byPath.size >= SOURCES_MEMO_LIMIT) byPath.clear();
    const resolved = resolveFactPath(fact, path);
    byPath.set(path, 'error' in resolved ? undefined : resolved.sources);
  }
  return byPath.get(path);
}

const SOURCES_MEMO_LIMIT = 5000;
const sourcesByFactPath = new Map<string, Map<string, string[] | undefined>>();

/** resolveFactPath over the given fact schemas (the snapshot schema's, or the build's table of them). */
export function resolveFactPathIn(schemas: Record<string, object>, fact: string, path: string): ResolvedPath | { error: string } {
  const root = Object.hasOwn(schemas, fact) ? (schemas[fact] as SchemaNode) : undefined;
  if (!root) return { error: `unknown fact "${fact}" (known: ${Object.keys(schemas).join(', ')})` };
  let node: SchemaNode = root;
  let sources = node['x-sources'] ?? [];
  let walked = '$';
  for (const seg of pathSegments(path)) {
    if (typeof seg === 'string' && INHERITED_NAMES.has(seg)) {
      return {
        error: `"${seg}" at ${fact} ${walked} is not a fact: a path names data of the snapshot, never a property every JavaScript object has`,
      };
    }
    const next = step(node, seg);
    if (!next) {
      return { error: `the snapshot schema has no "${String(seg)}" at ${fact} ${walked}` };
    }
    node = next;
    walked += typeof seg === 'number' ? `[${seg}]` : `.${seg}`;
    if (node['x-sources']) sources = node['x-sources'];
  }
  return { schema: node, sources };
}

function step(node: SchemaNode, seg: string | number): SchemaNode | undefined {
  if (node.anyOf) {
    for (const branch of node.anyOf) {
      const found = step(branch, seg);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof seg === 'number') return node.type === 'array' ? node.items : undefined;
  if (node.properties && Object.hasOwn(node.properties, seg)) return node.properties[seg];
  if (node.patternProperties) return Object.values(node.patternProperties)[0];
  return undefined;
}

/**
 * Names every object answers without holding them (`constructor`, `toString`, `__proto__`…) and `prototype`:
 * never a fact. A record of the snapshot (keyed by any name) would otherwise take them as keys.
 */
const INHERITED_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/**
 * Reads a simple fact path from a value: only the value's own data properties (and array items), never an
 * inherited property or a getter. Undefined when any step is missing.
 */
export function readPath(value: unknown, path: string): unknown {
  return readSegments(value, pathSegments(path));
}

/** `readPath` over a path already split into segments. */
export function readSegments(value: unknown, segments: readonly (string | number)[]): unknown {
  let cur: unknown = value;
  for (const seg of segments) cur = readStep(cur, seg);
  return cur;
}

/** One step of `readPath`: the own data property (or array item) `seg` of `value`, else undefined. */
export function readStep(value: unknown, seg: string | number): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  if (typeof seg === 'number' && !Array.isArray(value)) return undefined;
  const own = Object.getOwnPropertyDescriptor(value, seg);
  return own && 'value' in own ? own.value : undefined;
}
