/**
 * `cluster-prop.txt`: the output of `cluster /prop`.
 *
 * Layout (Windows Server 2003 cluster.exe, cluster.cpp ScDoProperties: MSG_PROPERTY_LISTING with the
 * cluster's name, MSG_PROPERTY_HEADER_CLUSTER_ALL, the read-only properties then the read/write ones):
 *
 *     Listing properties for 'CCR-CLUSTER':
 *
 *     T  Cluster              Name                           Value
 *     -- -------------------- ------------------------------ -----------------------
 *     BR CCR-CLUSTER          Security Descriptor            01 00 14 80 ... (136 bytes)
 *     S  CCR-CLUSTER          Description
 *     D  CCR-CLUSTER          QuorumArbitrationTimeMax       60 (0x3c)
 *     D  CCR-CLUSTER          EnableEventLogReplication      1 (0x1)
 *
 * Property names are not localized; the cluster name is read from the owner column, else from the quotes of
 * the intro line, in any language.
 */
import type { Language, Parser } from '../types';
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import { propertyOf, type ClusterPropertyObject, type ClusterPropertyValue } from '../shapes/cluster-properties';
import type { Line } from '../shapes/lines';
import { languageByMarkers, readPropertyListing, wordsInOrder } from './cmd-common';

export interface ClusterPropFacts {
  clusterName?: string;
  /** Every common property by name: numbers for DWORDs, string lists for multi-strings, text otherwise. */
  properties?: Record<string, ClusterPropertyValue>;
  description?: string;
  /** Role given to networks the cluster finds: 0 none, 1 internal only, 2 client only, 3 all. */
  defaultNetworkRole?: number;
  /** Whether cluster nodes replicate their event logs to each other. */
  enableEventLogReplication?: boolean;
  /** QuorumArbitrationTimeMax in seconds. */
  quorumArbitrationTimeMax?: number;
  /** QuorumArbitrationTimeMin in seconds. */
  quorumArbitrationTimeMin?: number;
  /** ShutdownTimeoutInMinutes, in seconds. */
  shutdownTimeout?: number;
  /** HangRecoveryAction: 0 disabled, 1 log, 2 terminate the service, 3 bug check. */
  hangRecoveryAction?: number;
  /** True when the capture is cut off inside a row: a property may be missing. */
  truncated?: boolean;
}

const LABELS = {
  en: { markers: [/^Listing properties for '/i, /^T\s+Cluster\s+Name\s+Value\b/] },
  de: { markers: [wordsInOrder('Eigenschaften', 'aufgelistet'), /^T\s+Cluster\s+Name\s+Wert\b/] },
} satisfies Record<Language, { markers: RegExp[] }>;

/** The DWORD properties read into typed facts, and the factor to seconds for durations. */
const NUMBERS = [
  ['defaultNetworkRole', 'DefaultNetworkRole', 1],
  ['quorumArbitrationTimeMax', 'QuorumArbitrationTimeMax', 1],
  ['quorumArbitrationTimeMin', 'QuorumArbitrationTimeMin', 1],
  ['shutdownTimeout', 'ShutdownTimeoutInMinutes', 60],
  ['hangRecoveryAction', 'HangRecoveryAction', 1],
] as const;

/** English or German, from the intro and header lines. */
export function detectLanguage(lines: Line[]): Language | undefined {
  return languageByMarkers(lines, { en: LABELS.en.markers, de: LABELS.de.markers });
}

export const parseClusterProp: Parser<ClusterPropFacts> = (input) => {
  const { listing, language, diagnostics } = readPropertyListing(input, detectLanguage);
  const facts: ClusterPropFacts = {};
  if (listing) {
    if (listing.objects.length > 1) {
      diagnostics.push(diagnostic(input.file, 'warning', `${listing.objects.length} clusters listed, the first one is read`));
    }
    const object = listing.objects[0];
    const clusterName = object?.name || listing.introName;
    if (clusterName) facts.clusterName = clusterName;
    if (object) readProperties(object, facts, input.file, diagnostics);
    if (listing.truncated) facts.truncated = true;
  }
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};

function readProperties(object: ClusterPropertyObject, facts: ClusterPropFacts, file: string, diagnostics: Diagnostic[]): void {
  facts.properties = Object.fromEntries(object.properties.map((p) => [p.name, p.value]));
  const description = propertyOf(object, 'Description')?.value;
  if (typeof description === 'string') facts.description = description;
  for (const [key, name, factor] of NUMBERS) {
    const value = propertyOf(object, name)?.value;
    if (typeof value === 'number') facts[key] = value * factor;
  }
  const replication = propertyOf(object, 'EnableEventLogReplication');
  if (replication?.value === 0 || replication?.value === 1) facts.enableEventLogReplication = replication.value === 1;
  else if (replication)
    diagnostics.push(
      diagnostic(file, 'warning', `EnableEventLogReplication is "${String(replication.value)}", not 0 or 1`, replication.line),
    );
}
