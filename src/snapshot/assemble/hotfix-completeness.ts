/** What each hotfix source read: the KB numbers it named, and how many of its rows named none. */
export interface HotfixSources {
  systeminfo?: { named: string[]; unnamed: number };
  qfe?: { unnamed: number };
  /** The KB numbers of the registry's Updates key. */
  registry?: string[];
}

/**
 * Whether the merged hotfix list names every installed hotfix, so that a KB missing from it is missing from
 * the server (PRE-002, PRE-004, PRE-007): `wmic qfe` read and every row carries a KB (in `HotFixID` or, for
 * the `File 1` rows of 2003, in `ServicePackInEffect`); or systeminfo without `File 1` rows; or systeminfo's
 * unnamed rows outnumbered by the KBs the registry's Updates key adds. Otherwise a KB may hide behind a
 * `File 1` row: whether it is installed is unknown.
 */
export function hotfixListComplete(s: HotfixSources): { complete: boolean; basis: string } | undefined {
  if (!s.systeminfo && !s.qfe && !s.registry) return undefined;
  if (s.qfe && s.qfe.unnamed === 0) return { complete: true, basis: 'qfe.txt names a KB for every hotfix' };
  if (s.systeminfo && s.systeminfo.unnamed === 0) return { complete: true, basis: 'systeminfo.txt names a KB for every hotfix' };
  const unnamed = Math.max(s.systeminfo?.unnamed ?? 0, s.qfe?.unnamed ?? 0);
  if (s.registry && s.systeminfo) {
    const named = new Set(s.systeminfo.named.map((kb) => kb.toUpperCase()));
    const added = new Set(s.registry.map((kb) => kb.toUpperCase()).filter((kb) => !named.has(kb))).size;
    if (added >= unnamed)
      return {
        complete: true,
        basis: `reg-updates.txt names ${added} KB(s) for the ${unnamed} hotfix(es) systeminfo.txt shows as File 1`,
      };
  }
  return {
    complete: false,
    basis: `${unnamed} hotfix(es) without a KB number (File 1) that neither qfe.txt nor reg-updates.txt identifies`,
  };
}
