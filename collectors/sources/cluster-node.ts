/**
 * `cluster-node.txt`: the output of `cluster node`.
 *
 * Layout (Windows Server 2003 cluster.exe, cmderror.mc MSG_NODE_STATUS_HEADER, row `%1!-15s! %2!6s! %3`;
 * captures pasted into admin scripts):
 *
 *     Listing status for all available nodes:
 *
 *     Node           Node ID Status
 *     -------------- ------- ---------------------
 *     EXNODE1              1 Up
 *     EXNODE2              2 Down
 *
 * The status words come from the message file (Up, Down, Paused, Joining, Unknown). The German words are
 * not confirmed by a real capture: they are the terms of the German cluster administration tools, and an
 * unknown word leaves the state unknown with a warning.
 */
import type { Language, Parser } from '../types';
import type { Line } from '../shapes/lines';
import { languageByMarkers, readStatusTable, type StatusTableLabels, wordsInOrder } from './cmd-common';

export type ClusterNodeState = 'up' | 'down' | 'paused' | 'joining' | 'unknown';

export interface ClusterNode {
  name: string;
  nodeId?: number;
  /** Undefined when the status word is not one bpa knows (see `stateText`). */
  state?: ClusterNodeState;
  /** The status as printed (`Up`, `Aktiv`). */
  stateText: string;
}

export interface ClusterNodeFacts {
  /** Undefined when no node table could be read. */
  nodes?: ClusterNode[];
  /** True when the capture is cut off inside the table: nodes may be missing. */
  truncated?: boolean;
}

const LABELS: Record<Language, StatusTableLabels<ClusterNodeState>> = {
  en: {
    markers: [/^Listing status for (?:all available nodes|node )/i, /^Node\s+Node ID\s+Status\b/],
    states: { Up: 'up', Down: 'down', Paused: 'paused', Joining: 'joining', Unknown: 'unknown' },
  },
  de: {
    markers: [wordsInOrder('Knoten', 'aufgelistet'), /^Knoten\s+Knoten-?ID\s+Status\b/],
    states: {
      Aktiv: 'up',
      Betriebsbereit: 'up',
      Verbunden: 'up',
      Inaktiv: 'down',
      Ausgefallen: 'down',
      Getrennt: 'down',
      Angehalten: 'paused',
      'Wird verbunden': 'joining',
      'Wird hinzugefügt': 'joining',
      Unbekannt: 'unknown',
    },
  },
};

/** English or German, from the intro and header lines. */
export function detectLanguage(lines: Line[]): Language | undefined {
  return languageByMarkers(lines, { en: LABELS.en.markers, de: LABELS.de.markers });
}

export const parseClusterNode: Parser<ClusterNodeFacts> = (input) => {
  const states = { en: LABELS.en.states, de: LABELS.de.states };
  const table = readStatusTable(input, { detectLanguage, states, columns: 3 });
  const facts: ClusterNodeFacts = {};
  if (table.rows) {
    facts.nodes = table.rows.map((row) => {
      const node: ClusterNode = { name: row.cells[0] ?? '', stateText: row.stateText };
      const id = row.cells[1] ?? '';
      if (/^\d+$/.test(id)) node.nodeId = Number(id);
      if (row.state) node.state = row.state;
      return node;
    });
  }
  if (table.truncated) facts.truncated = true;
  return table.language
    ? { facts, diagnostics: table.diagnostics, language: table.language }
    : { facts, diagnostics: table.diagnostics };
};
