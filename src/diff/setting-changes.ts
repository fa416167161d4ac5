import type { Snapshot } from '../snapshot/schema';
import type { SettingChange } from '../report/report-schema';
import { flattenSnapshot, type FlatLeaf } from './flatten-snapshot';

const SCOPE_ORDER: Record<SettingChange['scope'], number> = { organization: 0, cluster: 1, server: 2 };

/**
 * The configuration values that differ between two snapshots, each with its server and source files:
 * a value changed, added or no longer known; a member added to or removed from a list (a hotfix); a
 * list whose order changed (the binding order); a server, adapter or storage group that appeared or went.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot): SettingChange[] {
  return diffFlattened(flattenSnapshot(before), flattenSnapshot(after));
}

/** The same, over snapshots already flattened (a trend over many scans flattens each snapshot once). */
export function diffFlattened(old: Map<string, FlatLeaf>, now: Map<string, FlatLeaf>): SettingChange[] {
  const changes: SettingChange[] = [];
  const goneEntities: FlatLeaf[] = [];
  const newEntities: FlatLeaf[] = [];
  for (const [key, leaf] of now) {
    const previous = old.get(key);
    if (!previous) {
      if (leaf.kind === 'entity') newEntities.push(leaf);
      changes.push(...appeared(leaf));
    } else changes.push(...compared(previous, leaf));
  }
  for (const [key, leaf] of old) {
    if (now.has(key)) continue;
    if (leaf.kind === 'entity') goneEntities.push(leaf);
    changes.push(...disappeared(leaf));
  }
  const inside = (c: SettingChange, entities: FlatLeaf[]) => entities.some((e) => isInside(c, e));
  return changes
    .filter((c) => !(c.change === 'added' && inside(c, newEntities)) && !(c.change === 'removed' && inside(c, goneEntities)))
    .sort(
      (a, b) =>
        SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] ||
        (a.server ?? '').localeCompare(b.server ?? '') ||
        a.path.localeCompare(b.path) ||
        (a.item ?? '').localeCompare(b.item ?? ''),
    );
}

/** A change within an entity that appeared or went as a whole is said by the entity's own change. */
function isInside(change: SettingChange, entity: FlatLeaf): boolean {
  if (change.scope !== entity.scope || change.server !== entity.server || change.path === entity.path) return false;
  if (entity.path === 'server' || entity.path === 'cluster') return true;
  return change.path.startsWith(`${entity.path}.`) || change.path.startsWith(`${entity.path}[`);
}

/** A change, its keys in the schema's order. */
function changeOf(
  leaf: FlatLeaf,
  change: SettingChange['change'],
  values: { item?: string; before?: string; after?: string } = {},
): SettingChange {
  return {
    scope: leaf.scope,
    ...(leaf.server !== undefined ? { server: leaf.server } : {}),
    path: leaf.path,
    ...(values.item !== undefined ? { item: values.item } : {}),
    change,
    ...(values.before !== undefined ? { before: values.before } : {}),
    ...(values.after !== undefined ? { after: values.after } : {}),
    sources: leaf.sources,
  };
}

function appeared(leaf: FlatLeaf): SettingChange[] {
  return [changeOf(leaf, 'added', leaf.kind === 'entity' ? {} : { after: shown(leaf) })];
}

function disappeared(leaf: FlatLeaf): SettingChange[] {
  return [changeOf(leaf, 'removed', leaf.kind === 'entity' ? {} : { before: shown(leaf) })];
}

function compared(before: FlatLeaf, after: FlatLeaf): SettingChange[] {
  if (before.kind === 'entity' && after.kind === 'entity') return [];
  if (before.kind === 'list' && after.kind === 'list') return comparedLists(before, after);
  if (before.kind === after.kind && shown(before) === shown(after)) return [];
  return [changeOf(after, 'changed', { before: shown(before), after: shown(after) })];
}

/** Members added and removed, each its own change; the same members in another order is one change of the whole list. */
function comparedLists(before: FlatLeaf, after: FlatLeaf): SettingChange[] {
  const was = before.items ?? [];
  const is = after.items ?? [];
  const wasSet = new Set(was.map((x) => x.toUpperCase()));
  const isSet = new Set(is.map((x) => x.toUpperCase()));
  const added = is.filter((x) => !wasSet.has(x.toUpperCase()));
  const removed = was.filter((x) => !isSet.has(x.toUpperCase()));
  if (added.length === 0 && removed.length === 0) {
    if (was.join('\u0000') === is.join('\u0000')) return [];
    return [changeOf(after, 'changed', { before: shown(before), after: shown(after) })];
  }
  return [
    ...added.map((item) => changeOf(after, 'added', { item })),
    ...removed.map((item) => changeOf(after, 'removed', { item })),
  ];
}

function shown(leaf: FlatLeaf): string {
  return leaf.kind === 'list' ? (leaf.items ?? []).join(', ') : (leaf.value ?? '');
}
