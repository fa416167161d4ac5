import fc from 'fast-check';
import { leavesOf } from '../../src/rules/condition-tree';
import { pathSegments } from '../../src/rules/fact-paths';
import type { LoadedRule } from '../../src/rules/load-rules';
import type { Snapshot } from '../../src/snapshot/schema';

/**
 * Generated snapshots for the differential test: a valid snapshot (a sample, a rule fixture) with a few
 * changes, mostly at the places rules read (the facts their conditions name, their parents, the sources'
 * statuses), some anywhere. A change removes a fact, sets it to null, to a value of its own kind (a
 * boundary number around a rule's threshold, an odd or an enum string, a list with an item more or less),
 * to a value of another kind, or gives an object an own key every object answers (`constructor`).
 */
type Path = (string | number)[];

export interface Mutation {
  focused: boolean;
  pick: number;
  action: number;
  choice: number;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  focused: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
  pick: fc.nat(),
  action: fc.nat({ max: 11 }),
  choice: fc.nat(),
});

export interface Pools {
  numbers: number[];
  strings: string[];
}

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'ä ß Ü',
  'constructor',
  '__proto__',
  'toString',
  'NaN',
  '1',
  '0',
  'true',
  'a'.repeat(300),
];
const VERSIONS = ['5.2.3790.3959', '5.2.3790.4331', '6.0.6001.18000', '8.1.240.6', '8.1.0240.006', '08.01.0375.002', '1.2.x'];
const BOUNDARY_NUMBERS = [0, -0, 1, -1, 0.5, 2, 1024, 2 ** 31 - 1, 2 ** 31, Number.MAX_SAFE_INTEGER, 1e308, -1e-9, NaN, Infinity];

/** The values worth trying: boundaries, odd strings, the snapshot schema's enum values and every rule constant (numbers ±1 and ±0.5, strings in other cases). */
export function poolsOf(rules: LoadedRule[], schema: unknown): Pools {
  const numbers = new Set<number>(BOUNDARY_NUMBERS);
  const strings = new Set<string>([...ODD_STRINGS, ...VERSIONS, 'KB921181', '921181', 'kb921181']);
  const take = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(take);
    if (typeof v === 'number') [v, v - 1, v + 1, v - 0.5, v + 0.5].forEach((n) => numbers.add(n));
    if (typeof v === 'string') [v, v.toUpperCase(), v.toLowerCase(), ` ${v}`].forEach((s) => strings.add(s));
  };
  for (const rule of rules) for (const { leaf } of conditionLeaves(rule)) take(leaf.value);
  (function enums(node: unknown): void {
    if (Array.isArray(node)) return node.forEach(enums);
    if (!node || typeof node !== 'object') return;
    const n = node as { enum?: unknown[]; const?: unknown };
    if (n.enum) n.enum.forEach(take);
    if (n.const !== undefined) take(n.const);
    Object.values(node).forEach(enums);
  })(schema);
  return { numbers: [...numbers], strings: [...strings] };
}

function conditionLeaves(rule: LoadedRule) {
  return [rule.appliesTo, rule.conditions, ...(rule.severityOverrides ?? []).map((o) => o.conditions)]
    .filter((c) => c !== undefined)
    .flatMap((c) => leavesOf(c, ''));
}

/** Where each fact of a scope lives in a snapshot. */
function containersOf(snapshot: Snapshot, fact: string): Path[] {
  const servers = snapshot.servers.map((_s, i): Path => ['servers', i]);
  const under = (paths: Path[], key: string) =>
    paths.flatMap((p) => {
      const list = valueAt(snapshot, [...p, key]);
      return Array.isArray(list) ? list.map((_x, i): Path => [...p, key, i]) : [];
    });
  switch (fact) {
    case 'server':
      return servers;
    case 'adapter':
    case 'account':
      return under(servers, `${fact}s`);
    case 'storageGroup':
      return under(servers, 'storageGroups');
    case 'database':
      return under(under(servers, 'storageGroups'), 'databases');
    case 'cluster':
      return snapshot.clusters.map((_c, i): Path => ['clusters', i]);
    case 'organization':
      return [['organization']];
    default:
      return [];
  }
}

/** The places the rules read in a snapshot (each fact path and its parents), and the statuses of its sources. */
export function focusOf(snapshot: Snapshot, rules: LoadedRule[]): Path[] {
  const paths = new Map<string, Path>();
  const add = (p: Path) => paths.set(JSON.stringify(p), p);
  for (const rule of rules) {
    for (const { leaf } of conditionLeaves(rule)) {
      const refs = [{ fact: leaf.fact, path: leaf.path }];
      const v = leaf.value as { fact?: string; path?: string };
      if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.fact === 'string')
        refs.push({ fact: v.fact, path: v.path ?? '$' });
      for (const ref of refs) {
        const segments = pathSegments(ref.path);
        for (const container of containersOf(snapshot, ref.fact))
          for (let k = 1; k <= segments.length; k++) add([...container, ...segments.slice(0, k)]);
      }
    }
  }
  snapshot.servers.forEach((s, i) => Object.keys(s.sources).forEach((file) => add(['servers', i, 'sources', file, 'status'])));
  return [...paths.values()];
}

/** Every place in a value: each key of each object and each item of each list. */
export function everyPath(value: unknown, at: Path = []): Path[] {
  if (!value || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...at, k], ...everyPath(v, [...at, k])]);
}

function valueAt(root: unknown, path: Path): unknown {
  let cur = root;
  for (const seg of path) {
    if (!cur || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** Applies one change in place; a change whose place no longer exists (an earlier change removed it) does nothing. */
export function applyMutation(snapshot: Snapshot, places: { focus: Path[]; all: Path[] }, m: Mutation, pools: Pools): void {
  const list = m.focused && places.focus.length > 0 ? places.focus : places.all;
  const path = list[m.pick % list.length]!;
  const parent = valueAt(snapshot, path.slice(0, -1));
  if (!parent || typeof parent !== 'object') return;
  const key = path[path.length - 1]!;
  const record = parent as Record<string | number, unknown>;
  const existing = Object.hasOwn(record, key) ? record[key] : undefined;
  const num = () => pools.numbers[m.choice % pools.numbers.length]!;
  const str = () => pools.strings[m.choice % pools.strings.length]!;
  switch (m.action) {
    case 0:
    case 1:
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete record[key];
      return;
    case 2:
      record[key] = null;
      return;
    case 3:
      record[key] = typeof existing === 'number' ? str() : typeof existing === 'string' ? num() : [num(), str()][m.choice % 2];
      return;
    default:
      record[key] = sameKind(existing, m, num, str, pools);
  }
}

function sameKind(existing: unknown, m: Mutation, num: () => number, str: () => string, pools: Pools): unknown {
  if (typeof existing === 'number') return num();
  if (typeof existing === 'string') return str();
  if (typeof existing === 'boolean') return m.choice % 2 === 0;
  if (Array.isArray(existing)) {
    const copy = [...existing];
    const i = m.choice % Math.max(copy.length, 1);
    switch (m.action % 4) {
      case 0:
        return [];
      case 1:
        copy.splice(i, 1);
        return copy;
      case 2:
        return copy.length > 0 ? [...copy, copy[i]] : [str()];
      default:
        return [...copy, pools.strings[(m.choice >> 3) % pools.strings.length]];
    }
  }
  if (existing && typeof existing === 'object') {
    const copy = { ...existing };
    const odd = ['constructor', 'toString', '__proto__', 'valueOf'][m.choice % 4]!;
    Object.defineProperty(copy, odd, {
      value: m.action % 2 === 0 ? num() : str(),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return copy;
  }
  return m.choice % 2 === 0 ? num() : str();
}
