/**
 * `cluster-quorum.txt`: the output of `cluster /quorum`.
 *
 * Layout (Windows Server 2003 cluster.exe, cmderror.mc MSG_QUORUM_RESOURCE, row `%1!-20s! %2!-40s! %3!d!`;
 * the number is GetClusterQuorumResource's maximum log size, in bytes):
 *
 *     Quorum Resource Name Device                                   Max Log Size
 *     -------------------- ---------------------------------------- ------------
 *     Majority Node Set    C:\WINDOWS\Cluster\MNS.{9E3A...}$\{9E3A...}$\MSCS\ 4194304
 *
 * There is no intro line. The quorum type is read from what does not depend on the language first: a
 * Majority Node Set keeps its quorum under `%SystemRoot%\Cluster\MNS.<GUID>$`, a Local Quorum under
 * `%SystemRoot%\Cluster\MSCS`, a disk quorum at `<drive>:\MSCS`; then from the resource's name.
 */
// @ts-nocheck

import type { Language, Parser } from '../types';
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import { parseClusterTable } from '../shapes/cluster-table';
import { splitLines, type Line } from '../shapes/lines';
import { CLUSTER_FOREIGN, clusterErrors, foreignLanguage, languageByMarkers } from './cmd-common';
import { unreadableInput } from '../shapes/preflight';

export type QuorumType = 'majorityNodeSet' | 'disk' | 'localQuorum';

export interface ClusterQuorumFacts {
  resourceName?: string;
  /** The quorum device path as printed. */
  path?: string;
  /** Maximum quorum log size in bytes. */
  maxLogSize?: number;
  /** Undefined when neither the path nor the resource name tells it. */
  type?: QuorumType;
}

const LABELS = {
  en: {
    markers: [/^Quorum Resource Name\s+Device\s+Max\.? Log Size/i],
    majorityNodeSet: [/^Majority Node Set\b/i],
    localQuorum: [/^Local Quorum\b/i],
    disk: [/^(?:Physical )?Disk\b/i],
  },
  de: {
    markers: [/^Quorum\S*\s.*\bGer(?:ä|a|\S)t\b/i],
    majorityNodeSet: [/^Mehrheitsknotensatz\b/i, /^Hauptknotensatz\b/i],
    localQuorum: [/^Lokales Quorum\b/i],
    disk: [/^(?:Physikalischer )?Datentr\S*ger\b/i],
  },
} satisfies Record<Language, Record<string, RegExp[]>>;

/** English or German, from the header line. */
export function detectLanguage(lines: Line[]): Language | undefined {
  return languageByMarkers(lines, { en: LABELS.en.markers, de: LABELS.de.markers });
}

/** The quorum type from the device path, else from the resource name (in either language). */
export function quorumType(resourceName: string, path: string): QuorumType | undefined {
  if (/\\MNS\.[^\\]*\$/i.test(path)) return 'majorityNodeSet';
  if (/\\Cluster\\MSCS\\?$/i.test(path) && !/^[A-Z]:\\MSCS/i.test(path)) return 'localQuorum';
  if (/^[A-Z]:\\MSCS\\?$/i.test(path)) return 'disk';
  const named = (kind: 'majorityNodeSet' | 'localQuorum' | 'disk') =>
    [...LABELS.en[kind], ...LABELS.de[kind]].some((re) => re.test(resourceName));
  if (named('majorityNodeSet')) return 'majorityNodeSet';
  if (named('localQuorum')) return 'localQuorum';
  if (named('disk')) return 'disk';
  return undefined;
}

export const parseClusterQuorum: Parser<ClusterQuorumFacts> = (input) => {
  const bad = unreadableInput(input);
  if (bad) return { facts: {}, diagnostics: [bad] };
  const lines = splitLines(input.text);
  const language = detectLanguage(lines);
  const diagnostics: Diagnostic[] = [];
  const foreign = language ? undefined : foreignLanguage(lines, CLUSTER_FOREIGN);
  if (foreign) diagnostics.push(diagnostic(input.file, 'warning', `unsupported language (${foreign} labels)`));
  const { table, diagnostics: tableDiagnostics } = parseClusterTable(input.text, input.file);
  const errors = clusterErrors(lines, input.file);
  const facts: ClusterQuorumFacts = {};
  const row = table?.rows[0];
  if (!table || table.columns.length !== 3 || !row) {
    diagnostics.push(...(errors.length > 0 ? errors : tableDiagnostics));
    if (table && table.columns.length !== 3)
      diagnostics.push(
        diagnostic(
          input.file,
          'error',
          `unexpected table: ${table.columns.length} columns where 3 were expected`,
          table.header.no,
        ),
      );
    else if (table) diagnostics.push(diagnostic(input.file, 'error', 'no quorum resource row under the header', table.header.no));
  } else {
    diagnostics.push(...tableDiagnostics);
    readRow(row.cells, row.cut, row.line, input.file, facts, diagnostics);
  }
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};

function readRow(
  cells: string[],
  cut: boolean,
  line: number,
  file: string,
  facts: ClusterQuorumFacts,
  diagnostics: Diagnostic[],
): void {
  const [name = '', path = '', size = ''] = cells;
  const sized = /^\d+$/.test(size);
  if (cut && !sized) {
    diagnostics.push(diagnostic(file, 'warning', `truncated: line ${line} is cut off, the quorum resource is not read`, line));
    return;
  }
  if (name !== '') facts.resourceName = name;
  if (path !== '') facts.path = path;
  if (cut)
    diagnostics.push(diagnostic(file, 'warning', `truncated: line ${line} is cut off, the maximum log size is not read`, line));
  else if (sized) facts.maxLogSize = Number(size);
  else diagnostics.push(diagnostic(file, 'warning', `maximum log size "${size}" is not a number`, line));
  const type = quorumType(name, path);
  if (type) facts.type = type;
}
