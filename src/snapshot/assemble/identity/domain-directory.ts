/**
 * The domains a bundle knows, each by its NetBIOS name (`MUELLER`), its DNS name (`mueller.local`) or both, with
 * where each pair comes from. `net config workstation` gives a machine's pair (`net-config-workstation.txt`);
 * `systeminfo` and `net user /domain` give a DNS name alone. The pairs of all machines of a bundle are merged:
 * one node that says MUELLER is mueller.local tells it for every node. Two sources that pair one name with
 * different names are a conflict: neither pair is used, and the conflict is named.
 */

export interface DomainNames {
  netbios?: string;
  dns?: string;
}

/** What one source says about a domain: its names, and the source (`EX2007-NODE1/net-config-workstation.txt`). */
export interface DomainEvidence extends DomainNames {
  source: string;
}

export interface KnownDomain extends DomainNames {
  /** The sources that named it (a pair: the sources that paired the two names). */
  sources: string[];
}

export interface DomainDirectory {
  domains: KnownDomain[];
  /** Names that two sources paired differently, with the pairs: `mueller.local: MUELLER (A), MLOG (B)`. */
  conflicts: string[];
}

const same = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/** Merges what the sources say into one directory; a name paired two ways is left unpaired and named. */
export function buildDomainDirectory(evidence: DomainEvidence[]): DomainDirectory {
  const pairs = evidence.filter((e) => e.netbios && e.dns);
  const conflicts: string[] = [];
  const conflicted = new Set<string>();
  for (const key of ['dns', 'netbios'] as const) {
    const other = key === 'dns' ? 'netbios' : 'dns';
    for (const name of unique(pairs.map((p) => p[key]!))) {
      const partners = unique(pairs.filter((p) => same(p[key], name)).map((p) => p[other]!));
      if (partners.length < 2) continue;
      conflicted.add(name.toLowerCase());
      const detail = partners.map((partner) => {
        const from = pairs.filter((p) => same(p[key], name) && same(p[other], partner)).map((p) => p.source);
        return `${partner} (${from.join(', ')})`;
      });
      conflicts.push(`${name}: ${detail.join(', ')}`);
    }
  }
  const domains: KnownDomain[] = [];
  const add = (names: DomainNames, source: string) => {
    const hit = domains.find((d) => same(d.dns, names.dns) || same(d.netbios, names.netbios));
    if (hit) {
      if (!hit.sources.includes(source)) hit.sources.push(source);
      hit.netbios ??= names.netbios;
      hit.dns ??= names.dns;
    } else domains.push({ ...names, sources: [source] });
  };
  const usable = (name: string | undefined) => name !== undefined && !conflicted.has(name.toLowerCase());
  for (const p of pairs) {
    if (usable(p.netbios) && usable(p.dns)) add({ netbios: p.netbios!, dns: p.dns! }, p.source);
  }
  for (const e of evidence) {
    if (e.dns && usable(e.dns) && !domains.some((d) => same(d.dns, e.dns))) add({ dns: e.dns }, e.source);
    if (e.netbios && usable(e.netbios) && !domains.some((d) => same(d.netbios, e.netbios))) add({ netbios: e.netbios }, e.source);
  }
  return { domains, conflicts };
}

/** The domain a name (NetBIOS or DNS) names, with both its names where the directory pairs them. */
export function lookupDomain(directory: DomainDirectory, names: DomainNames): KnownDomain | undefined {
  return directory.domains.find((d) => same(d.netbios, names.netbios) || same(d.dns, names.dns));
}

/** The conflict that concerns a name, if any: why the directory cannot pair it. */
export function conflictOf(directory: DomainDirectory, name: string): string | undefined {
  return directory.conflicts.find((c) => c.toLowerCase().startsWith(`${name.toLowerCase()}:`));
}

function unique(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) if (!out.some((o) => same(o, n))) out.push(n);
  return out;
}
