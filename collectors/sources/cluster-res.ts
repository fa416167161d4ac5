/**
 * `cluster-res.txt`: the output of `cluster res`.
 *
 * Layout (Windows Server 2003 cluster.exe, cmderror.mc MSG_RESOURCE_STATUS_HEADER, row
 * `%1!-20s! %2!-20s! %3!-15s! %4`; captures pasted into admin scripts):
 *
 *     Listing status for all available resources:
 *
 *     Resource             Group                Node            Status
 *     -------------------- -------------------- --------------- ------
 *     Majority Node Set    Cluster Group        EXNODE1         Online
 *     Exchange Information Store Instance (CCR-CLUSTER001) CCR-CLUSTER001       EXNODE1         Online
 *
 * Resource names longer than 20 characters push the rest of the row right (see `cluster-table.ts`). Status
 * words from the message file: Online, Offline, Failed, Online Pending, Offline Pending, Pending,
 * Initializing, Inherited, Unknown. The German words are not confirmed by a real capture of cluster.exe.
 */
import type { Language, Parser } from '../types';
import type { Line } from '../shapes/lines';
import { languageByMarkers, readStatusTable, type StatusTableLabels, wordsInOrder } from './cmd-common';

export type ClusterResourceState =
  'online' | 'offline' | 'failed' | 'onlinePending' | 'offlinePending' | 'pending' | 'initializing' | 'inherited' | 'unknown';

export interface ClusterResource {
  name: string;
  group?: string;
  /** The owner node. */
  node?: string;
  /** Undefined when the status word is not one bpa knows (see `stateText`). */
  state?: ClusterResourceState;
  stateText: string;
}

export interface ClusterResFacts {
  /** Undefined when no resource table could be read. */
  resources?: ClusterResource[];
  /** True when the capture is cut off inside the table: resources may be missing. */
  truncated?: boolean;
}

const LABELS: Record<Language, StatusTableLabels<ClusterResourceState>> = {
  en: {
    markers: [
      /^Listing status (?:for all available resources|for resource |of resource )/i,
      /^Resource\s+Group\s+Node\s+Status\b/,
    ],
    states: {
      Online: 'online',
      Offline: 'offline',
      Failed: 'failed',
      'Online Pending': 'onlinePending',
      'Offline Pending': 'offlinePending',
      Pending: 'pending',
      Initializing: 'initializing',
      Inherited: 'inherited',
      Unknown: 'unknown',
    },
  },
  de: {
    markers: [wordsInOrder('Ressourcen', 'aufgelistet'), /^Ressource\s+Gruppe\s+Knoten\s+Status\b/],
    states: {
      Online: 'online',
      Offline: 'offline',
      Fehler: 'failed',
      Fehlgeschlagen: 'failed',
      'Online ausstehend': 'onlinePending',
      'Onlineschaltung ausstehend': 'onlinePending',
      'Offline ausstehend': 'offlinePending',
      'Offlineschaltung ausstehend': 'offlinePending',
      Ausstehend: 'pending',
      'Wird initialisiert': 'initializing',
      Geerbt: 'inherited',
      Unbekannt: 'unknown',
    },
  },
};

/** English or German, from the intro and header lines. */
export function detectLanguage(lines: Line[]): Language | undefined {
  return languageByMarkers(lines, { en: LABELS.en.markers, de: LABELS.de.markers });
}

export const parseClusterRes: Parser<ClusterResFacts> = (input) => {
  const states = { en: LABELS.en.states, de: LABELS.de.states };
  const table = readStatusTable(input, { detectLanguage, states, columns: 4 });
  const facts: ClusterResFacts = {};
  if (table.rows) {
    facts.resources = table.rows.map((row) => {
      const resource: ClusterResource = { name: row.cells[0] ?? '', stateText: row.stateText };
      if (row.cells[1]) resource.group = row.cells[1];
      if (row.cells[2]) resource.node = row.cells[2];
      if (row.state) resource.state = row.state;
      return resource;
    });
  }
  if (table.truncated) facts.truncated = true;
  return table.language
    ? { facts, diagnostics: table.diagnostics, language: table.language }
    : { facts, diagnostics: table.diagnostics };
};
