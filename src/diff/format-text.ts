import { printable } from '../shared/display-text';
import type { FindingRef, SettingChange } from '../report/report-schema';
import type { Lang } from '../rules/rule-schema';

/** What `bpa diff` compared and found: findings when both sides had a report, settings when both had a snapshot. */
export interface DiffResult {
  old: string;
  new: string;
  findings?: { new: FindingRef[]; resolved: FindingRef[]; unchanged: FindingRef[] };
  settings?: SettingChange[];
}

const WORDS = {
  en: {
    findings: 'Findings',
    settings: 'Settings',
    new: 'new',
    resolved: 'resolved',
    unchanged: 'unchanged',
    changed: 'changed',
    was: 'was',
    organization: '(organization)',
    unknown: 'unknown',
    empty: '(empty)',
    added: 'added',
    removed: 'removed',
    noFindings: 'Findings: not compared (a side has no findings: give a findings file, a history id or an entry)',
    noSettings: 'Settings: not compared (a side has no snapshot: give a snapshot, a bundle, a history id or an entry)',
  },
  de: {
    findings: 'Befunde',
    settings: 'Einstellungen',
    new: 'neu',
    resolved: 'behoben',
    unchanged: 'unverändert',
    changed: 'geändert',
    was: 'vorher',
    organization: '(Organisation)',
    unknown: 'unbekannt',
    empty: '(leer)',
    added: 'hinzugekommen',
    removed: 'entfernt',
    noFindings: 'Befunde: nicht verglichen (einer Seite fehlen die Befunde: Befunddatei, Verlaufs-ID oder Eintrag angeben)',
    noSettings:
      'Einstellungen: nicht verglichen (einer Seite fehlt der Snapshot: Snapshot, Bundle, Verlaufs-ID oder Eintrag angeben)',
  },
} as const;

/** Text from a bundle goes to a terminal: invisible characters (escape sequences, bidi controls) are shown escaped. */
export { printable };

/** The diff as text for a terminal or a mail from cron: new and resolved findings, changed severities, changed values. */
export function formatDiff(result: DiffResult, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [`bpa diff: ${printable(result.old)} → ${printable(result.new)}`];
  const f = result.findings;
  if (f) {
    const worse = f.unchanged.filter((r) => r.previousSeverity);
    lines.push(
      `${w.findings}: ${f.new.length} ${w.new}, ${f.resolved.length} ${w.resolved}, ${f.unchanged.length} ${w.unchanged}`,
    );
    lines.push(...f.new.map((r) => findingLine('+', r, lang)), ...f.resolved.map((r) => findingLine('-', r, lang)));
    lines.push(...worse.map((r) => `${findingLine('~', r, lang)} (${w.was} ${r.previousSeverity})`));
  } else lines.push(w.noFindings);
  const s = result.settings;
  if (s) {
    lines.push(`${w.settings}: ${s.length} ${w.changed}`);
    lines.push(...s.map((c) => settingLine(c, lang)));
  } else lines.push(w.noSettings);
  return `${lines.join('\n')}\n`;
}

function findingLine(mark: string, r: FindingRef, lang: Lang): string {
  const place = r.server === undefined ? WORDS[lang].organization : [r.server, r.target].filter(Boolean).join(' · ');
  const status = r.status ? ` [${r.status}]` : '';
  return `  ${mark} ${r.severity.padEnd(8)} ${r.ruleId.padEnd(8)} ${printable(place)}: ${printable(r.title)}${status}`;
}

function settingLine(c: SettingChange, lang: Lang): string {
  const w = WORDS[lang];
  const where = c.server === undefined ? w.organization : c.server;
  const value = (v: string | undefined) => (v === undefined ? w.unknown : v === '' ? w.empty : v);
  let what: string;
  if (c.item !== undefined) what = `${c.path}: ${c.item} ${c.change === 'added' ? w.added : w.removed}`;
  else if (c.change === 'changed') what = `${c.path}: ${value(c.before)} → ${value(c.after)}`;
  else if (c.before === undefined && c.after === undefined) what = `${c.path} ${c.change === 'added' ? w.added : w.removed}`;
  else what = `${c.path}: ${value(c.before)} → ${value(c.after)}`;
  const sources = c.sources.length > 0 ? `  (${c.sources.join(', ')})` : '';
  return `  ${printable(where)}  ${printable(what)}${sources}`;
}
