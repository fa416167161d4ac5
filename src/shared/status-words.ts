/**
 * Exchange's status values as a German reader reads them: `SummaryCopyStatus` of Get-StorageGroupCopyStatus
 * (collectors/sources/ex-sg-copy-status.ts), `State` of Get-ClusteredMailboxServerStatus
 * (collectors/sources/ex-cms-status.ts), a database's mount state. Keys are the values in lower case; English
 * keeps Exchange's own spelling. One table for both places that show such a value: rule messages (the
 * `statusWord` helper, src/rules/messages.ts) and evidence values in the reports (reports/value-words.ts).
 */
export const STATUS_WORDS_DE: Readonly<Record<string, string>> = {
  healthy: 'fehlerfrei',
  failed: 'fehlgeschlagen',
  suspended: 'angehalten',
  seeding: 'Seeding läuft',
  broken: 'defekt',
  initializing: 'wird initialisiert',
  resynchronizing: 'wird neu synchronisiert',
  servicedown: 'Dienst ausgefallen',
  disabled: 'deaktiviert',
  notsupported: 'nicht unterstützt',
  notconfigured: 'nicht konfiguriert',
  stopped: 'beendet',
  mounted: 'eingebunden',
  dismounted: 'nicht eingebunden',
  online: 'online',
  partiallyonline: 'teilweise online',
  onlinepending: 'wird online geschaltet',
  offline: 'offline',
  offlinepending: 'wird offline geschaltet',
  unknown: 'unbekannt',
};

/** A status value in the reader's language; an English text, or a value the table does not know, as printed. */
export function statusWord(value: unknown, lang: 'en' | 'de'): string {
  if (typeof value !== 'string') return '?';
  if (lang !== 'de') return value;
  return STATUS_WORDS_DE[value.trim().toLowerCase()] ?? value;
}
