import type { Snapshot, SourceStatus } from '../snapshot/schema';

/** Per server: which sources were parsed, missing or failed, and how many diagnostics each gave. */
export function sourceTable(snapshot: Snapshot): string {
  const lines: string[] = [];
  const block = (name: string, sources: Record<string, SourceStatus>) => {
    const entries = Object.entries(sources).sort(([a], [b]) => a.localeCompare(b));
    const count = (s: string) => entries.filter(([, v]) => v.status === s).length;
    lines.push(`${name}: ${count('parsed')} parsed, ${count('failed')} failed, ${count('missing')} missing`);
    for (const [file, status] of entries) {
      if (status.status === 'parsed' && status.diagnostics.length === 0) continue;
      const first = status.diagnostics[0];
      const note = first ? ` (${first.line ? `line ${first.line}: ` : ''}${first.message})` : '';
      lines.push(`  ${status.status.padEnd(7)} ${file}${note}`);
    }
  };
  for (const server of snapshot.servers) block(`${server.name} [${server.role}]`, server.sources);
  if (Object.keys(snapshot.organization.sources).length > 0) block('_organization', snapshot.organization.sources);
  for (const d of snapshot.diagnostics) lines.push(`${d.file}: ${d.message}`);
  return `${lines.join('\n')}\n`;
}
