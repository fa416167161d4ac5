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
 *
 * Windows Server 2008 failover clusters have quorum models instead (Node Majority, Node and Disk Majority,
 * Node and File Share Majority, No Majority: Disk Only). Their ApiGetQuorumResource (MS-CMRP 3.1.4.2.6)
 * returns the quorum resource (none for Node Majority), its path, and in place of the log size a flag of the
 * model: 0 CLUS_NODE_MAJORITY_QUORUM, 1024 CLUS_HYBRID_QUORUM (a majority with a disk or file share witness),
 * 4194304 CLUS_LEGACY_QUORUM (disk only); the flag is read at assembly, where the Windows release is known.
 * Where cluster.exe names the model, in a "Quorum Type" column or anywhere in the output, in English or
 * German, that name is read (`model`), whatever the layout around it:
 *
 *     Quorum Resource Name Quorum Type
 *     -------------------- ------------------------------
 *     File Share Witness (\\EXHUB01\FSW_EXCLUS01) Node and File Share Majority
 *
 * No capture of Windows Server 2008's cluster.exe was at hand: that layout follows the 2003 table with the
 * model the protocol returns, and the model names are those of Failover Cluster Management and of the
 * FailoverClusters cmdlets (`NodeAndFileShareMajority`), in English and German.
 */
import type { Language, Parser } from '../types';
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import { parseClusterTable } from '../shapes/cluster-table';
import { splitLines, type Line } from '../shapes/lines';
import { CLUSTER_FOREIGN, clusterErrors, foreignLanguage, languageByMarkers } from './cmd-common';
import { unreadableInput } from '../shapes/preflight';
import { endsMidLine } from '../shapes/console-wrap';

export type QuorumType = 'majorityNodeSet' | 'disk' | 'localQuorum';

/** The quorum models of Windows Server 2008 failover clusters. */
export type QuorumModel = 'nodeMajority' | 'nodeAndDiskMajority' | 'nodeAndFileShareMajority' | 'diskOnly';

export interface ClusterQuorumFacts {
  resourceName?: string;
  /** The quorum device path as printed. */
  path?: string;
  /** Maximum quorum log size in bytes. */
  maxLogSize?: number;
  /** Undefined when neither the path nor the resource name tells it. */
  type?: QuorumType;
  /** The Windows Server 2008 quorum model, where the output names it. */
  model?: QuorumModel;
}

/**
 * The model names, the longer ones first (`Node and Disk Majority` contains no `Node Majority`, but a loose
 * pattern would find one); blanks are optional, so the cmdlets' `NodeAndFileShareMajority` reads too.
 */
const MODELS: { model: QuorumModel; en: RegExp; de: RegExp }[] = [
  {
    model: 'nodeAndFileShareMajority',
    en: /\bNode\s*and\s*File\s*Share\s*Majority\b/i,
    de: /\bKnoten\S*\s*und\s*Dateifreigabe\S*mehrheit\b/i,
  },
  { model: 'nodeAndDiskMajority', en: /\bNode\s*and\s*Disk\s*Majority\b/i, de: /\bKnoten\S*\s*und\s*Datentr\S*germehrheit\b/i },
  {
    model: 'diskOnly',
    en: /\b(?:No\s*Majority\s*:?\s*)?Disk\s*Only\b/i,
    de: /\b(?:Keine\s*Mehrheit\s*:?\s*)?Nur\s*Datentr\S*ger\b/i,
  },
  { model: 'nodeMajority', en: /\bNode\s*Majority\b/i, de: /\bKnotenmehrheit\b/i },
];

/** The quorum model a line names, its language, and where the name starts. */
export function quorumModelIn(text: string): { model: QuorumModel; language: Language; at: number } | undefined {
  for (const { model, en, de } of MODELS) {
    for (const [language, re] of [
      ['en', en],
      ['de', de],
    ] as const) {
      const m = re.exec(text);
      if (m) return { model, language, at: m.index };
    }
  }
  return undefined;
}

const LABELS = {
  en: {
    markers: [/^Quorum Resource Name\s+Device\s+Max\.? Log Size/i, /^Quorum Resource Name\s+(?:Quorum Path\s+)?Quorum Type\b/i],
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
  const { table, diagnostics: tableDiagnostics } = parseClusterTable(input.text, input.file, lines);
  const row = table?.rows[0];
  const named = namedModel(lines, table);
  const language = detectLanguage(lines) ?? named?.language;
  const diagnostics: Diagnostic[] = [];
  const foreign = language ? undefined : foreignLanguage(lines, CLUSTER_FOREIGN);
  if (foreign) diagnostics.push(diagnostic(input.file, 'warning', `unsupported language (${foreign} labels)`));
  const errors = clusterErrors(lines, input.file);
  const facts: ClusterQuorumFacts = {};
  const cutLine = endsMidLine(input.text) ? lines[lines.length - 1]?.no : undefined;
  if (table && row && table.columns.length === 3 && !quorumModelIn(row.cells[2] ?? '')) {
    // The 2003 layout, and 2008's should it print the model flag where 2003 printed the log size.
    diagnostics.push(...tableDiagnostics);
    readRow(row.cells, row.cut, row.line, input.file, facts, diagnostics);
    if (named) facts.model = named.model;
  } else if (named) {
    facts.model = named.model;
    const [resource, path] = table && row && table.columns.length === 3 ? row.cells : [named.before];
    if (resource) facts.resourceName = resource;
    if (path) facts.path = path;
    if (cutLine !== undefined)
      diagnostics.push(
        diagnostic(input.file, 'warning', `truncated: line ${cutLine} is cut off after the quorum model`, cutLine),
      );
  } else if (table && table.columns.length === 2 && row) {
    diagnostics.push(
      row.cut || cutLine !== undefined
        ? diagnostic(input.file, 'warning', `truncated: line ${row.line} is cut off, the quorum model is not read`, row.line)
        : diagnostic(input.file, 'warning', `quorum type "${row.cells[1] ?? ''}" is no quorum model bpa knows`, row.line),
    );
  } else {
    diagnostics.push(...(errors.length > 0 ? errors : tableDiagnostics));
    if (table && table.columns.length !== 3 && table.columns.length !== 2)
      diagnostics.push(
        diagnostic(
          input.file,
          'error',
          `unexpected table: ${table.columns.length} columns where 3 were expected`,
          table.header.no,
        ),
      );
    else if (table) diagnostics.push(diagnostic(input.file, 'error', 'no quorum resource row under the header', table.header.no));
  }
  return withLanguage({ facts, diagnostics }, language);
};

/**
 * The quorum model the output names: in the first row of a table (its wrapped pieces joined back), else on
 * any line; with what precedes it on that row, the resource (nothing for Node Majority).
 */
function namedModel(
  lines: Line[],
  table: ReturnType<typeof parseClusterTable>['table'],
): { model: QuorumModel; language: Language; before: string } | undefined {
  for (const text of (table?.rows ?? []).map((r) => r.cells.join(' '))) {
    const found = quorumModelIn(text);
    if (found) return { model: found.model, language: found.language, before: text.slice(0, found.at).trim() };
  }
  for (const { text } of lines) {
    const found = quorumModelIn(text);
    if (found) return { model: found.model, language: found.language, before: '' };
  }
  return undefined;
}

function withLanguage(
  result: { facts: ClusterQuorumFacts; diagnostics: Diagnostic[] },
  language: Language | undefined,
): ReturnType<Parser<ClusterQuorumFacts>> {
  return language ? { ...result, language } : result;
}

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
