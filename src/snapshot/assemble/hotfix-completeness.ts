/** What each hotfix source read: the KB numbers it named, and how many of its rows named none. */
export interface HotfixSources {
  /** `whole` is false when systeminfo cut its list short of the count it declares. */
  systeminfo?: { named: string[]; unnamed: number; whole: boolean };
  qfe?: { unnamed: number };
  /** The KB numbers of the registry's Updates key. */
  registry?: string[];
}

type Text = { en: string; de: string };

/**
 * Whether the merged hotfix list names every installed hotfix, so that a KB missing from it is missing from
 * the server (PRE-002, PRE-004, PRE-007): `wmic qfe` read and every row carries a KB (in `HotFixID` or, for
 * the `File 1` rows of 2003, in `ServicePackInEffect`); or a whole systeminfo list without `File 1` rows, or
 * whose `File 1` rows are outnumbered by the KBs the registry's Updates key adds. Otherwise a KB may hide
 * behind a `File 1` row, or in the part of a list systeminfo cut: whether it is installed is unknown.
 */
export function hotfixListComplete(s: HotfixSources): { complete: boolean; basis: Text } | undefined {
  if (!s.systeminfo && !s.qfe && !s.registry) return undefined;
  if (s.qfe && s.qfe.unnamed === 0)
    return { complete: true, basis: { en: 'qfe.txt names a KB for every hotfix', de: 'qfe.txt nennt für jeden Hotfix eine KB' } };
  const info = s.systeminfo;
  if (info?.whole && info.unnamed === 0)
    return {
      complete: true,
      basis: { en: 'systeminfo.txt names a KB for every hotfix', de: 'systeminfo.txt nennt für jeden Hotfix eine KB' },
    };
  if (info?.whole && s.registry) {
    const named = new Set(info.named.map((kb) => kb.toUpperCase()));
    const added = new Set(s.registry.map((kb) => kb.toUpperCase()).filter((kb) => !named.has(kb))).size;
    if (added >= info.unnamed)
      return {
        complete: true,
        basis: {
          en: `reg-updates.txt names ${added} KB(s) for the ${info.unnamed} hotfix(es) systeminfo.txt shows as File 1`,
          de: `reg-updates.txt nennt ${added} KB für die ${info.unnamed} Hotfixes, die systeminfo.txt als File 1 zeigt`,
        },
      };
  }
  if (info && !info.whole)
    return {
      complete: false,
      basis: {
        en: 'systeminfo.txt cut its hotfix list short, and qfe.txt does not name every hotfix',
        de: 'systeminfo.txt hat die Hotfixliste gekürzt, und qfe.txt nennt nicht jeden Hotfix',
      },
    };
  if (!info && !s.qfe)
    return {
      complete: false,
      basis: {
        en: 'only reg-updates.txt was read, and the Updates key does not list every hotfix (systeminfo.txt or qfe.txt would)',
        de: 'nur reg-updates.txt wurde gelesen, und der Updates-Schlüssel führt nicht jeden Hotfix (systeminfo.txt oder qfe.txt täten es)',
      },
    };
  const unnamed = Math.max(info?.unnamed ?? 0, s.qfe?.unnamed ?? 0);
  return {
    complete: false,
    basis: {
      en: `${unnamed} hotfix(es) without a KB number (File 1) that neither qfe.txt nor reg-updates.txt identifies`,
      de: `${unnamed} Hotfixes ohne KB-Nummer (File 1), die weder qfe.txt noch reg-updates.txt benennt`,
    },
  };
}
