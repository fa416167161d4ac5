import type { Lang } from '../../src/rules/rule-schema';

/** Every fixed text of the text report, in English and German. `{n}` and `{name}` are filled in. */
const EN = {
  title: { health: 'Exchange Server 2007 cluster health check', readiness: 'Exchange Server 2007 cluster readiness check' },
  customer: 'Customer',
  consultant: 'Consultant',
  bundle: 'Bundle',
  collected: 'Collected',
  profile: 'Profile',
  language: 'Language',
  profileName: { health: 'health check of running servers', readiness: 'readiness check before installation' },
  languageName: 'English',
  notGiven: 'not given',
  zoneUnknown: 'time zone unknown',
  verdict: 'Verdict',
  incomplete: 'incomplete',
  missing: 'missing',
  fixFirst: 'Fix first',
  findings: 'Findings',
  noFindings: 'No findings.',
  notEvaluated: 'Not evaluated',
  notChecked: 'not checked',
  organization: 'organization',
  severity: { critical: 'critical', warning: 'warning', info: 'info' },
  severityHeading: { critical: 'Critical', warning: 'Warning', info: 'Info' },
  passed: (n: number) => `${n} ${n === 1 ? 'check' : 'checks'} passed`,
  diagnostics: (n: number) => `${n} collection ${n === 1 ? 'note' : 'notes'} (see --format html or json)`,
  waived: (n: number) => `${n} waived ${n === 1 ? 'finding' : 'findings'} not counted`,
  accepted: (n: number) => `${n} ${n === 1 ? 'finding' : 'findings'} accepted by the baseline, not counted`,
  changes: (since: string, added: number, resolved: number, settings: number) =>
    `Since the last scan (${since}): ${added} new, ${resolved} resolved, ${settings} ${settings === 1 ? 'setting' : 'settings'} changed`,
};

export type TextLabels = typeof EN;

const DE: TextLabels = {
  title: {
    health: 'Exchange Server 2007 Cluster – Zustandsprüfung',
    readiness: 'Exchange Server 2007 Cluster – Bereitschaftsprüfung',
  },
  customer: 'Kunde',
  consultant: 'Berater',
  bundle: 'Erfassungspaket',
  collected: 'Erfasst',
  profile: 'Profil',
  language: 'Sprache',
  profileName: { health: 'Zustandsprüfung laufender Server', readiness: 'Bereitschaftsprüfung vor der Installation' },
  languageName: 'Deutsch',
  notGiven: 'nicht angegeben',
  zoneUnknown: 'Zeitzone unbekannt',
  verdict: 'Ergebnis',
  incomplete: 'unvollständig',
  missing: 'fehlt',
  fixFirst: 'Zuerst beheben',
  findings: 'Befunde',
  noFindings: 'Keine Befunde.',
  notEvaluated: 'Nicht ausgewertet',
  notChecked: 'nicht geprüft',
  organization: 'Organisation',
  severity: { critical: 'kritisch', warning: 'Warnung', info: 'Hinweis' },
  severityHeading: { critical: 'Kritisch', warning: 'Warnung', info: 'Hinweis' },
  passed: (n) => `${n} ${n === 1 ? 'Prüfung' : 'Prüfungen'} bestanden`,
  diagnostics: (n) => `${n} ${n === 1 ? 'Hinweis' : 'Hinweise'} zur Datenerfassung (siehe --format html oder json)`,
  waived: (n) => `${n} ${n === 1 ? 'Befund' : 'Befunde'} mit Ausnahmegenehmigung, nicht gezählt`,
  accepted: (n) => `${n} ${n === 1 ? 'Befund' : 'Befunde'} in der Baseline akzeptiert, nicht gezählt`,
  changes: (since, added, resolved, settings) =>
    `Seit dem letzten Scan (${since}): ${added} neu, ${resolved} behoben, ${settings} ${settings === 1 ? 'Einstellung' : 'Einstellungen'} geändert`,
};

export function textLabels(lang: Lang): TextLabels {
  return lang === 'de' ? DE : EN;
}
