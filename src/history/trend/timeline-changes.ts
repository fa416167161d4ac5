import type { SettingChange } from '../../report/report-schema';
import type { TimelineChange, TimelineKind } from './model';

/**
 * The configuration changes the timeline names, picked from `bpa diff`'s setting changes: a hotfix installed
 * or removed, the Windows service pack, the Exchange build (of a server, or of a node from its clustered
 * mailbox server), the binding order, a cluster network's role, an adapter's role, the transport dumpster
 * size, and a server that appeared or went. Every other change is only counted.
 */
const PICKS: { kind: TimelineKind | 'hotfix'; scope: SettingChange['scope']; pattern: RegExp }[] = [
  { kind: 'hotfix', scope: 'server', pattern: /^hotfixes\.ids$/ },
  { kind: 'servicePack', scope: 'server', pattern: /^os\.servicePack$/ },
  { kind: 'exchangeBuild', scope: 'server', pattern: /^exchange(?:Build)?\.version\.text$/ },
  { kind: 'bindingOrder', scope: 'server', pattern: /^bindingOrder$/ },
  { kind: 'networkRole', scope: 'cluster', pattern: /^networks\[(.+)\]\.role$/ },
  { kind: 'adapterRole', scope: 'server', pattern: /^adapters\[(.+)\]\.role$/ },
  { kind: 'dumpsterSize', scope: 'organization', pattern: /^transport\.maxDumpsterSizePerStorageGroupBytes$/ },
];

export function timelineChanges(changes: readonly SettingChange[]): { picked: TimelineChange[]; other: number } {
  const picked: TimelineChange[] = [];
  let other = 0;
  for (const c of changes) {
    const change = pick(c);
    if (change) picked.push(change);
    else other++;
  }
  return { picked, other };
}

function pick(c: SettingChange): TimelineChange | undefined {
  const base = { server: c.server, change: c.change, sources: c.sources };
  if (c.scope === 'server' && c.path === 'server' && c.change !== 'changed') {
    return { kind: c.change === 'added' ? 'serverAdded' : 'serverRemoved', ...base };
  }
  for (const p of PICKS) {
    if (p.scope !== c.scope) continue;
    const m = p.pattern.exec(c.path);
    if (!m) continue;
    if (p.kind === 'hotfix') {
      if (c.item === undefined) return undefined;
      return { kind: c.change === 'removed' ? 'hotfixRemoved' : 'hotfixInstalled', ...base, item: c.item };
    }
    return {
      kind: p.kind,
      ...base,
      ...(m[1] !== undefined ? { subject: m[1] } : {}),
      ...(c.item !== undefined ? { item: c.item } : {}),
      ...(c.before !== undefined ? { before: c.before } : {}),
      ...(c.after !== undefined ? { after: c.after } : {}),
    };
  }
  return undefined;
}
