/**
 * `ex-storage-groups.txt`: `Get-StorageGroup -Server <name> | Format-List`.
 *
 * Layout: PowerShell `Format-List` (see `collectors/shapes/format-list.ts`), one record per storage group
 * with the properties of Exchange 2007 SP1/SP3: `Name`, `Server`, `Identity : SERVER\First Storage
 * Group`, `LogFolderPath`, `SystemFolderPath`, `HasLocalCopy` (LCR), `CopyLogFolderPath` and
 * `CopySystemFolderPath` (blank without LCR), `StandbyMachines` (SCR targets, SP1), `Recovery`, and
 * `Replicated` (`None`, `Local` for LCR, `Cluster` for CCR), as the Exchange 2007 cmdlet reference and
 * posted output show them. Fixtures: `test/fixtures/sources/ex-storage-groups/`.
 */
// @ts-nocheck

import type { Parser } from '../types';
import { definedOnly, readExchangeObjects, type ExchangeObject, type Open } from '../shapes/exchange-objects';
import { identityServer, lastIdentityPart } from '../shapes/exchange-values';

export const REPLICATION_TYPES = ['None', 'Local', 'Cluster'] as const;
/** `None`; `Local`: LCR; `Cluster`: CCR. */
export type ReplicationType = Open<(typeof REPLICATION_TYPES)[number]>;

export interface StorageGroup {
  name: string;
  /** `SERVER\Name`. */
  identity?: string;
  server?: string;
  logFolderPath?: string;
  systemFolderPath?: string;
  /** True when the storage group has an LCR copy. */
  hasLocalCopy?: boolean;
  copyLogFolderPath?: string;
  copySystemFolderPath?: string;
  replicated?: ReplicationType;
  /** The SCR target machines (`StandbyMachines`); empty when none. */
  standbyMachines?: string[];
  /** True for the recovery storage group. */
  recovery?: boolean;
}

export interface ExStorageGroupsFacts {
  /** Undefined when the file is empty or holds no storage group (binary, an error, not Format-List output). */
  storageGroups?: StorageGroup[];
}

function readStorageGroup(object: ExchangeObject): StorageGroup | undefined {
  const identity = object.text('Identity');
  const name = object.text('Name') ?? (identity === undefined ? undefined : lastIdentityPart(identity));
  if (name === undefined) return undefined;
  return definedOnly({
    name,
    identity,
    server: object.text('Server') ?? (identity === undefined ? undefined : identityServer(identity)),
    logFolderPath: object.text('LogFolderPath'),
    systemFolderPath: object.text('SystemFolderPath'),
    hasLocalCopy: object.boolean('HasLocalCopy'),
    copyLogFolderPath: object.text('CopyLogFolderPath'),
    copySystemFolderPath: object.text('CopySystemFolderPath'),
    replicated: object.enumeration('Replicated', REPLICATION_TYPES),
    standbyMachines: object.list('StandbyMachines'),
    recovery: object.boolean('Recovery'),
  });
}

export const parseExStorageGroups: Parser<ExStorageGroupsFacts> = (input) => {
  const { items, diagnostics, language } = readExchangeObjects(input, 'storage group', readStorageGroup);
  const facts: ExStorageGroupsFacts = items === undefined ? {} : { storageGroups: items };
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};
