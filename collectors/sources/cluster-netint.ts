/**
 * `cluster-netint.txt`: the output of `cluster netint` (or of `cluster netint /prop`, which also names the
 * adapter of each interface).
 *
 * Layout (Windows Server 2003 cluster.exe, cmderror.mc MSG_NETINTERFACE_STATUS_HEADER, row
 * `%1!-26s! %2!-26s! %3`, and MSG_PROPERTY_HEADER_NETINT for the property listing):
 *
 *     Listing status for all available network interfaces:
 *
 *     Node                       Network                    Status
 *     -------------------------- -------------------------- -------
 *     EXNODE1                    Public                     Up
 *     EXNODE1                    Private                    Up
 *
 *     T  Node            Network         Name                 Value                    <- /prop
 *     -- --------------- --------------- -------------------- ----------------------
 *     S  EXNODE1         Private         Adapter              Heartbeat
 *
 * The status table does not name adapters: `adapterName` comes only from a `/prop` listing. Status words
 * from the message file: Up, Failed, Unreachable, Unavailable, Unknown; the German words are not confirmed
 * by a real capture of cluster.exe.
 */
import type { Language, Parser, SourceInput, ParseResult } from '../types';
import { diagnostic } from '../../src/shared/diagnostic';
import { parseClusterProperties, propertyOf } from '../shapes/cluster-properties';
import { findTableHeader } from '../shapes/cluster-table';
import { splitLines, type Line } from '../shapes/lines';
import { languageByMarkers, readStatusTable, type StatusTableLabels, wordsInOrder } from './cmd-common';
import { unreadableInput } from '../shapes/preflight';

export type ClusterNetInterfaceState = 'up' | 'failed' | 'unreachable' | 'unavailable' | 'unknown';

export interface ClusterNetInterface {
  node: string;
  network: string;
  /** The adapter's connection name (`Local Area Connection 2`); only a `/prop` listing gives it. */
  adapterName?: string;
  address?: string;
  /** Undefined when the status word is not one bpa knows, or for a `/prop` listing. */
  state?: ClusterNetInterfaceState;
  stateText?: string;
}

export interface ClusterNetintFacts {
  /** Undefined when no interface table could be read. */
  interfaces?: ClusterNetInterface[];
  /** True when the capture is cut off inside the table: interfaces may be missing. */
  truncated?: boolean;
}

const LABELS: Record<Language, StatusTableLabels<ClusterNetInterfaceState>> = {
  en: {
    markers: [
      /^Listing (?:status|properties) for (?:all available network interfaces|all network interfaces|network interface)/i,
      /^Node\s+Network\s+Status\b/,
    ],
    states: { Up: 'up', Failed: 'failed', Unreachable: 'unreachable', Unavailable: 'unavailable', Unknown: 'unknown' },
  },
  de: {
    markers: [wordsInOrder('Netzwerkschnittstellen?', 'aufgelistet'), /^Knoten\s+Netzwerk\s+Status\b/],
    states: {
      Aktiv: 'up',
      Betriebsbereit: 'up',
      Fehler: 'failed',
      Fehlgeschlagen: 'failed',
      'Nicht erreichbar': 'unreachable',
      'Nicht verfügbar': 'unavailable',
      Unbekannt: 'unknown',
    },
  },
};

/** English or German, from the intro and header lines. */
export function detectLanguage(lines: Line[]): Language | undefined {
  return languageByMarkers(lines, { en: LABELS.en.markers, de: LABELS.de.markers });
}

export const parseClusterNetint: Parser<ClusterNetintFacts> = (input) => {
  const lines = splitLines(input.text);
  const header = findTableHeader(lines);
  if (header?.columns[0]?.name === 'T' && !unreadableInput(input)) return fromProperties(input, lines);
  const states = { en: LABELS.en.states, de: LABELS.de.states };
  const table = readStatusTable(input, { detectLanguage, states, columns: 3 }, lines);
  const facts: ClusterNetintFacts = {};
  if (table.rows) {
    facts.interfaces = table.rows.map((row) => {
      const netint: ClusterNetInterface = { node: row.cells[0] ?? '', network: row.cells[1] ?? '', stateText: row.stateText };
      if (row.state) netint.state = row.state;
      return netint;
    });
  }
  if (table.truncated) facts.truncated = true;
  return table.language
    ? { facts, diagnostics: table.diagnostics, language: table.language }
    : { facts, diagnostics: table.diagnostics };
};

function fromProperties(input: SourceInput, lines: Line[]): ParseResult<ClusterNetintFacts> {
  const { listing, diagnostics } = parseClusterProperties(input.text, input.file, lines);
  const language = detectLanguage(lines);
  const facts: ClusterNetintFacts = {};
  if (listing) {
    if (listing.ownerColumns.length !== 2) {
      diagnostics.push(
        diagnostic(
          input.file,
          'error',
          `unexpected property listing: ${listing.ownerColumns.length} owner columns where node and network were expected`,
        ),
      );
    } else {
      facts.interfaces = listing.objects.map((object) => {
        const netint: ClusterNetInterface = { node: object.owner[0] ?? '', network: object.owner[1] ?? '' };
        const adapter = propertyOf(object, 'Adapter')?.value;
        const address = propertyOf(object, 'Address')?.value;
        if (typeof adapter === 'string') netint.adapterName = adapter;
        if (typeof address === 'string') netint.address = address;
        return netint;
      });
    }
  }
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
}
