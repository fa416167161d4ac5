/**
 * `ex-sg-copy-status.txt`: `Get-StorageGroupCopyStatus -Server <name> | Format-List`.
 *
 * Layout: PowerShell `Format-List` (see `collectors/shapes/format-list.ts`), one record per storage group
 * copy with the properties of Exchange 2007 SP1/SP3, in the order the TechNet page "Get-StorageGroupCopyStatus"
 * and "Continuous Replication status" list them: `Identity : SERVER\Storage Group`, `StorageGroupName`,
 * `SummaryCopyStatus` (`Healthy`, `Failed`, `Seeding`, `Suspended`, `Disabled`, `NotSupported`,
 * `Initializing`, `ServiceDown`, `Resynchronizing`…), the flags `Failed`, `Seeding`, `Suspend`,
 * `FailedMessage`, `SuspendComment`, `CopyQueueLength`, `ReplayQueueLength`, and the log times
 * (`LatestAvailableLogTime`, `LastCopiedLogTime`, `LastInspectedLogTime`, `LastReplayedLogTime`) in the
 * culture's date format. Fixtures: `test/fixtures/sources/ex-sg-copy-status/` (one also as UTF-16LE).
 */
// @ts-nocheck

import type { Parser } from '../types';
import { definedOnly, readExchangeObjects, type ExchangeObject, type Open } from '../shapes/exchange-objects';
import { identityServer, lastIdentityPart } from '../shapes/exchange-values';

export const COPY_STATUSES = [
  'Healthy',
  'Failed',
  'Suspended',
  'Seeding',
  'Broken',
  'Initializing',
  'Resynchronizing',
  'ServiceDown',
  'Disabled',
  'NotSupported',
  'NotConfigured',
  'Stopped',
] as const;
export type SummaryCopyStatus = Open<(typeof COPY_STATUSES)[number]>;

export interface StorageGroupCopy {
  /** `SERVER\Storage Group`. */
  identity: string;
  server?: string;
  storageGroupName?: string;
  summaryCopyStatus?: SummaryCopyStatus;
  failed?: boolean;
  seeding?: boolean;
  suspend?: boolean;
  failedMessage?: string;
  suspendComment?: string;
  /** Logs not yet copied to the passive copy. */
  copyQueueLength?: number;
  /** Logs copied but not yet replayed. */
  replayQueueLength?: number;
  /** ISO local date-times. */
  latestAvailableLogTime?: string;
  lastCopiedLogTime?: string;
  lastInspectedLogTime?: string;
  lastReplayedLogTime?: string;
}

export interface ExSgCopyStatusFacts {
  /** Undefined when the file is empty or holds no copy (binary, an error, not Format-List output). */
  copies?: StorageGroupCopy[];
}

function readCopy(object: ExchangeObject): StorageGroupCopy | undefined {
  const name = object.text('StorageGroupName');
  const identity = object.text('Identity') ?? name;
  if (identity === undefined) return undefined;
  return definedOnly({
    identity,
    server: identityServer(identity),
    storageGroupName: name ?? lastIdentityPart(identity),
    summaryCopyStatus: object.enumeration('SummaryCopyStatus', COPY_STATUSES),
    failed: object.boolean('Failed'),
    seeding: object.boolean('Seeding'),
    suspend: object.boolean('Suspend'),
    failedMessage: object.text('FailedMessage'),
    suspendComment: object.text('SuspendComment'),
    copyQueueLength: object.integer('CopyQueueLength'),
    replayQueueLength: object.integer('ReplayQueueLength'),
    latestAvailableLogTime: object.date('LatestAvailableLogTime'),
    lastCopiedLogTime: object.date('LastCopiedLogTime'),
    lastInspectedLogTime: object.date('LastInspectedLogTime'),
    lastReplayedLogTime: object.date('LastReplayedLogTime'),
  });
}

export const parseExSgCopyStatus: Parser<ExSgCopyStatusFacts> = (input) => {
  const { items, diagnostics, language } = readExchangeObjects(input, 'storage group copy', readCopy);
  const facts: ExSgCopyStatusFacts = items === undefined ? {} : { copies: items };
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};
