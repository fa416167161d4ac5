import type { QfeFacts } from '../../../collectors/sources/qfe';
import type { RegNdpFacts } from '../../../collectors/sources/reg-ndp';
import type { RegUpdatesFacts } from '../../../collectors/sources/reg-updates';
import type { SysteminfoFacts } from '../../../collectors/sources/systeminfo';
import type { Server } from '../schema';
import type { FolderFacts } from './folder-facts';
import { hotfixListComplete } from './hotfix-completeness';

/**
 * Hotfixes merged from every source: systeminfo (which on 2003 often says only `File 1`), `wmic qfe`
 * (whose `ServicePackInEffect` column carries the KB of such rows) and the registry's Updates key.
 * Absent when none of the three was read: then whether a hotfix is installed is unknown.
 */
export function hotfixesOf(folder: FolderFacts): Server['hotfixes'] {
  const info = folder.facts<SysteminfoFacts>('systeminfo.txt');
  const qfe = folder.facts<QfeFacts>('qfe.txt');
  const reg = folder.facts<RegUpdatesFacts>('reg-updates.txt');
  const sources: string[] = [];
  const ids = new Set<string>();
  if (info?.hotfixes) {
    sources.push('systeminfo.txt');
    info.hotfixes.forEach((kb) => ids.add(kb.toUpperCase()));
  }
  if (qfe?.hotfixes) {
    sources.push('qfe.txt');
    qfe.hotfixes.forEach((h) => ids.add(h.kb.toUpperCase()));
  }
  if (reg?.hotfixes) {
    sources.push('reg-updates.txt');
    reg.hotfixes.forEach((h) => ids.add(h.kb.toUpperCase()));
  }
  if (sources.length === 0) return undefined;
  const completeness = hotfixListComplete({
    ...(info?.hotfixes
      ? { systeminfo: { named: info.hotfixes, unnamed: info.hotfixesWithoutKb ?? 0, whole: info.hotfixListComplete !== false } }
      : {}),
    ...(qfe?.hotfixes ? { qfe: { unnamed: qfe.rowsWithoutKb ?? 0 } } : {}),
    ...(reg?.hotfixes ? { registry: reg.hotfixes.map((h) => h.kb) } : {}),
  });
  return {
    ids: [...ids].sort(),
    unidentified: info?.hotfixesWithoutKb ?? 0,
    sources,
    ...(completeness?.complete ? { listComplete: true as const } : {}),
    ...(completeness ? { listCompleteBasis: completeness.basis } : {}),
  };
}

/** Installed .NET Frameworks; `v2ServicePack` is that of 2.0 when it is installed. */
export function dotnetOf(folder: FolderFacts): Server['dotnet'] {
  const frameworks = folder.facts<RegNdpFacts>('reg-ndp.txt')?.frameworks;
  if (!frameworks) return undefined;
  const list = frameworks.map((f) => ({
    version: f.version,
    ...(f.fullVersion ? { fullVersion: f.fullVersion } : {}),
    installed: f.installed !== false,
    servicePack: f.servicePack ?? 0,
  }));
  const v2 = list.find((f) => f.version === '2.0' && f.installed);
  return { frameworks: list, v2Installed: v2 !== undefined, ...(v2 ? { v2ServicePack: v2.servicePack } : {}) };
}
