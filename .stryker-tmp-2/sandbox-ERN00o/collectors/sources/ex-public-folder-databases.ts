/**
 * `ex-public-folder-databases.txt`: `Get-PublicFolderDatabase -Server <name> | Format-List`.
 *
 * Layout: PowerShell `Format-List` (see `collectors/shapes/format-list.ts`), one record per database with
 * the properties of Exchange 2007 SP1/SP3 (`Name`, `Identity`, `Server`, `StorageGroup`,
 * `StorageGroupName`, `EdbFilePath`, `HasLocalCopy`, `CopyEdbFilePath`; `Mounted` with `-Status` only),
 * read as for mailbox databases. Fixtures: `test/fixtures/sources/ex-public-folder-databases/`.
 */
// @ts-nocheck

import type { Parser } from '../types';
import { readExchangeObjects } from '../shapes/exchange-objects';
import { readDatabase, type Database } from './ex-mailbox-databases';

export type PublicFolderDatabase = Database;

export interface ExPublicFolderDatabasesFacts {
  /** Undefined when the file is empty or holds no database (binary, an error, not Format-List output). */
  databases?: PublicFolderDatabase[];
}

export const parseExPublicFolderDatabases: Parser<ExPublicFolderDatabasesFacts> = (input) => {
  const { items, diagnostics, language } = readExchangeObjects(input, 'public folder database', readDatabase);
  const facts: ExPublicFolderDatabasesFacts = items === undefined ? {} : { databases: items };
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};
