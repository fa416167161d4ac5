// @ts-nocheck
import type { Lang } from '../rules/rule-schema';
import type { Snapshot, SourceStatus } from '../snapshot/schema';

const WORDS: Record<Lang, Record<SourceStatus['status'] | 'line', string>> = {
  en: { parsed: 'parsed', failed: 'failed', missing: 'missing', line: 'line' },
  de: { parsed: 'gelesen', failed: 'fehlerhaft', missing: 'fehlt', line: 'Zeile' },
};

/** Per server: which sources were parsed, missing or failed, and how many diagnostics each gave. */
export function sourceTable(snapshot: Snapshot, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  const block = (name: string, sources: Record<string, SourceStatus>) => {
    const entries = Object.entries(sources).sort(([a], [b]) => a.localeCompare(b));
    const count = (s: SourceStatus['status']) => `${entries.filter(([, v]) => v.status === s).length} ${w[s]}`;
    lines.push(`${name}: ${count('parsed')}, ${count('failed')}, ${count('missing')}`);
    const width = Math.max(...Object.values(w).map((x) => x.length));
    for (const [file, status] of entries) {
      if (status.status === 'parsed' && status.diagnostics.length === 0) continue;
      const first = status.diagnostics[0];
      const note = first ? ` (${first.line ? `${w.line} ${first.line}: ` : ''}${first.message})` : '';
      lines.push(`  ${w[status.status].padEnd(width)} ${file}${note}`);
    }
  };
  for (const server of snapshot.servers) block(`${server.name} [${server.role}]`, server.sources);
  if (Object.keys(snapshot.organization.sources).length > 0) block('_organization', snapshot.organization.sources);
  for (const d of snapshot.diagnostics) lines.push(`${d.file}: ${d.message}`);
  return `${lines.join('\n')}\n`;
}
