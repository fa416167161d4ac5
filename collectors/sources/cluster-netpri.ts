/**
 * `cluster-netpri.txt`: the output of `cluster /listnetpri`.
 *
 * Layout: cluster.cpp ScListNetPriority (Windows Server 2003) prints a title (MSG_NETWORK_PRIORITY_HEADER),
 * then one line per internal network in priority order, `MSG_NETWORK_PRIORITY_DETAIL` with the 1-based
 * priority and the network name. The message text itself was not found in any published source or capture,
 * so this parser reads any of:
 *
 *     Priority Network Name                 <- a header with a dash rule: a cluster.exe table
 *     -------- ------------------------
 *            1 Private
 *            2 Public
 *
 *     1 Private                             <- numbered lines without a table
 *     2 Public
 *
 * The list holds only the networks the cluster uses for internal communication (roles 1 and 3).
 */
import type { Language, Parser } from '../types';
import { diagnostic, type Diagnostic } from '../../src/shared/diagnostic';
import { parseClusterTable, type ClusterTable } from '../shapes/cluster-table';
import { endsMidLine } from '../shapes/console-wrap';
import { isBlank, splitLines, type Line } from '../shapes/lines';
import { CLUSTER_FOREIGN, clusterErrors, foreignLanguage, languageByMarkers } from './cmd-common';
import { unreadableInput } from '../shapes/preflight';

export interface ClusterNetpriFacts {
  /** Network names, highest priority first; undefined when no list could be read. */
  networks?: string[];
  /** True when the capture is cut off inside the list: networks may be missing. */
  truncated?: boolean;
}

const LABELS = {
  en: { markers: [/\bnetwork priorit/i, /^Priority\s+Network\b/i] },
  de: { markers: [/\bNetzwerkpriorit/i, /^Priorit\S*t\s+Netzwerk\b/i] },
} satisfies Record<Language, { markers: RegExp[] }>;

const NUMBERED = /^\s*(\d+)[.:)]?\s+(\S.*)$/;

/** English or German, from the title and header lines. */
export function detectLanguage(lines: Line[]): Language | undefined {
  return languageByMarkers(lines, { en: LABELS.en.markers, de: LABELS.de.markers });
}

export const parseClusterNetpri: Parser<ClusterNetpriFacts> = (input) => {
  const bad = unreadableInput(input);
  if (bad) return { facts: {}, diagnostics: [bad] };
  const lines = splitLines(input.text);
  const language = detectLanguage(lines);
  const foreign = language ? undefined : foreignLanguage(lines, CLUSTER_FOREIGN);
  const diagnostics: Diagnostic[] = foreign
    ? [diagnostic(input.file, 'warning', `unsupported language (${foreign} labels)`)]
    : [];
  const errors = clusterErrors(lines, input.file);
  const { table, diagnostics: tableDiagnostics } = parseClusterTable(input.text, input.file, lines);
  const cutLine = endsMidLine(input.text) ? lines[lines.length - 1]?.no : undefined;
  const ranked = table ? fromTable(table) : fromNumberedLines(lines);
  const facts: ClusterNetpriFacts = {};
  if (errors.length > 0) diagnostics.push(...errors);
  else if (table || (ranked.length === 0 && endsMidLine(input.text)))
    diagnostics.push(...tableDiagnostics.filter((d) => !d.message.startsWith('truncated: line')));
  else if (ranked.length === 0) diagnostics.push(diagnostic(input.file, 'error', 'no network priority list found'));
  if (errors.length === 0 && (table || ranked.length > 0)) {
    const kept = ranked.filter((r) => r.line !== cutLine);
    if (cutLine !== undefined) {
      facts.truncated = true;
      const lost = kept.length < ranked.length ? 'its network is not read' : 'networks may be missing';
      diagnostics.push(diagnostic(input.file, 'warning', `truncated: line ${cutLine} is cut off, ${lost}`, cutLine));
    }
    facts.networks = kept.sort((a, b) => a.priority - b.priority).map((r) => r.name);
  }
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};

interface Ranked {
  priority: number;
  name: string;
  line: number;
}

function fromTable(table: ClusterTable): Ranked[] {
  const numeric = table.columns.findIndex(
    (_, k) => table.rows.length > 0 && table.rows.every((r) => /^\d+$/.test(r.cells[k] ?? '')),
  );
  return table.rows.map((row, i) => {
    const names = row.cells.filter((c, k) => k !== numeric && c !== '');
    return { priority: numeric >= 0 ? Number(row.cells[numeric]) : i + 1, name: names.join(' '), line: row.line };
  });
}

function fromNumberedLines(lines: Line[]): Ranked[] {
  return lines
    .filter((l) => !isBlank(l))
    .flatMap((line) => {
      const m = NUMBERED.exec(line.text);
      return m ? [{ priority: Number(m[1]), name: m[2]!.trim(), line: line.no }] : [];
    });
}
