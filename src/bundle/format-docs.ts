/**
 * The source table of docs/bundle-format.md is generated from the registry (file, command, place, writer) and
 * collectors/source-docs.ts (what bpa reads), so the documentation names every source bpa reads:
 * `npm run docs` rewrites it, and a test fails when it is stale or a source has no description.
 */
import { join } from 'path';
import { SOURCES } from '../../collectors/registry';
import { SOURCE_READS } from '../../collectors/source-docs';
import type { SourceDefinition } from '../../collectors/source-definition';

export const BUNDLE_FORMAT_PATH = join('docs', 'bundle-format.md');
const BEGIN = '<!-- source table: generated from collectors/registry.ts and collectors/source-docs.ts by `npm run docs` -->';
const END = '<!-- end of the generated source table -->';

const PLACE: Record<SourceDefinition['place'], string> = {
  'every server': 'every server',
  'cluster node': 'each cluster node (or planned node)',
  'clustered mailbox server': 'the clustered mailbox server (its folder, on its active node) or an Exchange server',
  organization: '`_organization/`',
};

const ENCODING: Record<SourceDefinition['writer'], string> = {
  cmd: 'OEM code page (`chcp.txt`)',
  wmic: 'UTF-16LE with BOM',
  powershell: 'UTF-16LE with BOM',
};

/** A node's own Exchange output (Test-ReplicationHealth) is written by collect-exchange.ps1, on real nodes only. */
const placeOf = (s: SourceDefinition) =>
  s.place === 'cluster node' && s.writer === 'powershell'
    ? 'each node of a clustered mailbox server, active or passive (its own folder)'
    : PLACE[s.place];

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The Markdown table of every source: file, command, where it is collected, its encoding, what bpa reads. */
export function sourceTable(): string {
  const rows = SOURCES.map((s) =>
    [`\`${s.file}\``, `\`${cell(s.command)}\``, placeOf(s), ENCODING[s.writer], cell(SOURCE_READS[s.file] ?? '')].join(' | '),
  );
  return [
    '| file | command on the server | collected on | written in | what bpa reads from it |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

/** The sources of the registry without a description, and descriptions that name no source. */
export function undocumentedSources(): { undescribed: string[]; unknown: string[] } {
  const files = SOURCES.map((s) => s.file);
  return {
    undescribed: files.filter((f) => !SOURCE_READS[f]),
    unknown: Object.keys(SOURCE_READS).filter((f) => !files.includes(f)),
  };
}

/** The document with its generated section replaced by the current table. */
export function withSourceTable(doc: string): string {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${BUNDLE_FORMAT_PATH}: the markers of the generated source table are missing`);
  return `${doc.slice(0, start)}${BEGIN}\n\n${sourceTable()}\n\n${doc.slice(end)}`;
}
