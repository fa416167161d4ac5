/**
 * `cluster-network.txt`: the output of `cluster network /prop`.
 *
 * Layout (Windows Server 2003 cluster.exe, cmderror.mc MSG_PROPERTY_LISTING_NETWORK_ALL and
 * MSG_PROPERTY_HEADER_NETWORK_ALL; rows as in `shapes/cluster-properties.ts`):
 *
 *     Listing properties for all networks:
 *
 *     T  Network              Name                           Value
 *     -- -------------------- ------------------------------ -----------------------
 *     S  Private              Name                           Private
 *     S  Private              Description                    Heartbeat
 *     D  Private              Role                           1 (0x1)
 *     SR Private              Address                        10.0.0.0
 *     SR Private              AddressMask                    255.255.255.0
 *
 * Role: 0 not used by the cluster, 1 internal cluster communication only, 2 client access only, 3 all
 * communications. Property names are not localized; only the intro and header lines are.
 */
import type { Language, Parser } from '../types';
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import { propertyOf, type ClusterPropertyObject } from '../shapes/cluster-properties';
import type { Line } from '../shapes/lines';
import { languageByMarkers, readPropertyListing, wordsInOrder } from './cmd-common';

/** 0 none, 1 internal cluster communication only, 2 client access only, 3 all communications. */
export type ClusterNetworkRole = 0 | 1 | 2 | 3;

export interface ClusterNetwork {
  name: string;
  role?: ClusterNetworkRole;
  /** The network's address (`10.0.0.0`). */
  address?: string;
  addressMask?: string;
  description?: string;
}

export interface ClusterNetworkFacts {
  /** Undefined when no property listing could be read. */
  networks?: ClusterNetwork[];
  /** True when the capture is cut off inside a row: a property may be missing. */
  truncated?: boolean;
}

const LABELS = {
  en: { markers: [/^Listing (?:private )?properties for (?:all networks|network )/i, /^T\s+Network\s+Name\s+Value\b/] },
  de: { markers: [wordsInOrder('Netzwerke?', 'aufgelistet'), /^T\s+Netzwerk\s+Name\s+Wert\b/] },
} satisfies Record<Language, { markers: RegExp[] }>;

/** English or German, from the intro and header lines. */
export function detectLanguage(lines: Line[]): Language | undefined {
  return languageByMarkers(lines, { en: LABELS.en.markers, de: LABELS.de.markers });
}

export const parseClusterNetwork: Parser<ClusterNetworkFacts> = (input) => {
  const { listing, language, diagnostics } = readPropertyListing(input, detectLanguage);
  const facts: ClusterNetworkFacts = {};
  if (listing) {
    facts.networks = listing.objects.map((object) => networkOf(object, listing.introName, input.file, diagnostics));
    if (listing.truncated) facts.truncated = true;
  }
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};

function networkOf(
  object: ClusterPropertyObject,
  introName: string | undefined,
  file: string,
  diagnostics: Diagnostic[],
): ClusterNetwork {
  const named = propertyOf(object, 'Name')?.value;
  const name = object.name || (typeof named === 'string' ? named : undefined) || introName || '';
  const network: ClusterNetwork = { name };
  const role = propertyOf(object, 'Role');
  if (role && typeof role.value === 'number' && role.value >= 0 && role.value <= 3) {
    network.role = role.value as ClusterNetworkRole;
  } else if (role) {
    diagnostics.push(diagnostic(file, 'warning', `network ${name} has an unknown role "${String(role.value)}"`, role.line));
  }
  for (const [key, property] of [
    ['address', 'Address'],
    ['addressMask', 'AddressMask'],
    ['description', 'Description'],
  ] as const) {
    const value = propertyOf(object, property)?.value;
    if (typeof value === 'string') network[key] = value;
  }
  return network;
}
