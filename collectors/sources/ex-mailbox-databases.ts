/**
 * `ex-mailbox-databases.txt`: `Get-MailboxDatabase -Server <name> -Status | Format-List`.
 *
 * Layout: PowerShell `Format-List` (see `collectors/shapes/format-list.ts`), one record per database with
 * the properties of Exchange 2007 SP1/SP3: `Name`, `Identity : SERVER\Storage Group\Database`, `Server`,
 * `StorageGroup` (identity) and `StorageGroupName`, `EdbFilePath`, `HasLocalCopy` and `CopyEdbFilePath`
 * (LCR), `Recovery`, and — with `-Status` only, blank otherwise — `Mounted` and `LastFullBackup` (the culture's
 * date format: `6/14/2010 11:30:05 PM`, `19.11.2008 22:00:12`; blank when no full backup ever ran), as the
 * Exchange 2007 cmdlet reference (Get-MailboxDatabase, bb124924: "-Status … LastFullBackup") and posted output
 * show them. Fixtures: `test/fixtures/sources/ex-mailbox-databases/`.
 */
import type { Parser } from '../types';
import { definedOnly, readExchangeObjects, type ExchangeObject } from '../shapes/exchange-objects';
import { identityServer, lastIdentityPart } from '../shapes/exchange-values';

/** What mailbox and public folder databases have in common. */
export interface Database {
  name: string;
  /** `SERVER\Storage Group\Database`. */
  identity?: string;
  server?: string;
  /** The storage group's name. */
  storageGroup?: string;
  edbFilePath?: string;
  /** Only with `-Status`: undefined when the output leaves it blank. */
  mounted?: boolean;
  hasLocalCopy?: boolean;
  copyEdbFilePath?: string;
}

export interface MailboxDatabase extends Database {
  /** True for a database of the recovery storage group. */
  recovery?: boolean;
  /**
   * The last full backup, an ISO local date-time; `never` when the output was made with `-Status` (`Mounted` is
   * printed) and `LastFullBackup` is blank. Undefined without `-Status`, or when the date is unreadable.
   */
  lastFullBackup?: string;
}

export interface ExMailboxDatabasesFacts {
  /** Undefined when the file is empty or holds no database (binary, an error, not Format-List output). */
  databases?: MailboxDatabase[];
}

/** Reads the properties every Exchange 2007 database has. */
export function readDatabase(object: ExchangeObject): Database | undefined {
  const identity = object.text('Identity');
  const name = object.text('Name') ?? (identity === undefined ? undefined : lastIdentityPart(identity));
  if (name === undefined) return undefined;
  const storageGroupId = object.text('StorageGroup');
  return definedOnly({
    name,
    identity,
    server: object.text('Server') ?? (identity === undefined ? undefined : identityServer(identity)),
    storageGroup: object.text('StorageGroupName') ?? (storageGroupId && lastIdentityPart(storageGroupId)),
    edbFilePath: object.text('EdbFilePath'),
    mounted: object.boolean('Mounted'),
    hasLocalCopy: object.boolean('HasLocalCopy'),
    copyEdbFilePath: object.text('CopyEdbFilePath'),
  });
}

function readMailboxDatabase(object: ExchangeObject): MailboxDatabase | undefined {
  const database = readDatabase(object);
  return (
    database &&
    definedOnly({ ...database, recovery: object.boolean('Recovery'), lastFullBackup: lastFullBackupOf(object, database) })
  );
}

/** Blank LastFullBackup means "never" only beside a printed Mounted, the sign of `-Status`. */
function lastFullBackupOf(object: ExchangeObject, database: Database): string | undefined {
  if (object.text('LastFullBackup') === undefined) return database.mounted === undefined ? undefined : 'never';
  return object.date('LastFullBackup');
}

export const parseExMailboxDatabases: Parser<ExMailboxDatabasesFacts> = (input) => {
  const { items, diagnostics, language } = readExchangeObjects(input, 'mailbox database', readMailboxDatabase);
  const facts: ExMailboxDatabasesFacts = items === undefined ? {} : { databases: items };
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};
