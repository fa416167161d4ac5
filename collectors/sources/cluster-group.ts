/**
 * `cluster-group.txt`: the output of `cluster group`.
 *
 * Layout (Windows Server 2003 cluster.exe, cmderror.mc MSG_GROUP_STATUS_HEADER, row `%1!-20s! %2!-15s! %3`):
 *
 *     Listing status for all available resource groups:
 *
 *     Group                Node            Status
 *     -------------------- --------------- ------
 *     Cluster Group        EXNODE1         Online
 *     CCR-CLUSTER001       EXNODE1         Partially Online
 *
 * Status words from the message file: Online, Offline, Failed, Partially Online, Pending, Unknown. The German
 * words are those of the German cluster tools, not confirmed by a real capture of cluster.exe.
 */
import type { Language, Parser } from '../types';
import type { Line } from '../shapes/lines';
import { languageByMarkers, readStatusTable, type StatusTableLabels, wordsInOrder } from './cmd-common';

export type ClusterGroupState = 'online' | 'offline' | 'failed' | 'partiallyOnline' | 'pending' | 'unknown';

export interface ClusterGroup {
  name: string;
  /** The owner node. */
  node?: string;
  /** Undefined when the status word is not one bpa knows (see `stateText`). */
  state?: ClusterGroupState;
  stateText: string;
}

export interface ClusterGroupFacts {
  /** Undefined when no group table could be read. */
  groups?: ClusterGroup[];
  /** True when the capture is cut off inside the table: groups may be missing. */
  truncated?: boolean;
}

const LABELS: Record<Language, StatusTableLabels<ClusterGroupState>> = {
  en: {
    markers: [
      /^Listing status (?:for all available resource groups|for resource group |of resource group )/i,
      /^Group\s+Node\s+Status\b/,
    ],
    states: {
      Online: 'online',
      Offline: 'offline',
      Failed: 'failed',
      'Partially Online': 'partiallyOnline',
      Pending: 'pending',
      Unknown: 'unknown',
    },
  },
  de: {
    markers: [wordsInOrder('Ressourcengruppen?', 'aufgelistet'), /^Gruppe\s+Knoten\s+Status\b/],
    states: {
      Online: 'online',
      Offline: 'offline',
      Fehler: 'failed',
      Fehlgeschlagen: 'failed',
      'Teilweise online': 'partiallyOnline',
      Ausstehend: 'pending',
      Unbekannt: 'unknown',
    },
  },
};

/** English or German, from the intro and header lines. */
export function detectLanguage(lines: Line[]): Language | undefined {
  return languageByMarkers(lines, { en: LABELS.en.markers, de: LABELS.de.markers });
}

export const parseClusterGroup: Parser<ClusterGroupFacts> = (input) => {
  const states = { en: LABELS.en.states, de: LABELS.de.states };
  const table = readStatusTable(input, { detectLanguage, states, columns: 3 });
  const facts: ClusterGroupFacts = {};
  if (table.rows) {
    facts.groups = table.rows.map((row) => {
      const group: ClusterGroup = { name: row.cells[0] ?? '', stateText: row.stateText };
      if (row.cells[1]) group.node = row.cells[1];
      if (row.state) group.state = row.state;
      return group;
    });
  }
  if (table.truncated) facts.truncated = true;
  return table.language
    ? { facts, diagnostics: table.diagnostics, language: table.language }
    : { facts, diagnostics: table.diagnostics };
};
