/**
 * `ex-mailbox-server.txt`: `Get-MailboxServer <name> | Format-List`.
 *
 * Layout: PowerShell `Format-List` (see `collectors/shapes/format-list.ts`) with the properties of
 * Exchange 2007 SP1/SP3 (`ClusteredStorageType : NonShared` for CCR, `Shared` for SCC, `Disabled`
 * otherwise; `RedundantMachines : {NODE1, NODE2}`, the nodes that can host a clustered mailbox server), as
 * the Exchange 2007 cmdlet reference and posted output show them; `AutoDatabaseMountDial : GoodAvailability`
 * (`Lossless`, `GoodAvailability`, `BestAvailability`), the loss a CCR clustered mailbox server accepts for an
 * automatic mount after a failover, printed by Exchange 2007 RTM and later (Set-MailboxServer, TechNet aa998651).
 * Fixtures: `test/fixtures/sources/ex-mailbox-server/` (CCR in English culture, SCC in German culture).
 */
import type { Parser } from '../types';
import { definedOnly, readExchangeObjects, type ExchangeObject, type Open } from '../shapes/exchange-objects';

export const CLUSTERED_STORAGE_TYPES = ['NonShared', 'Shared', 'Disabled'] as const;
/** `NonShared`: CCR; `Shared`: SCC; `Disabled`: not a clustered mailbox server. */
export type ClusteredStorageType = Open<(typeof CLUSTERED_STORAGE_TYPES)[number]>;

export const MOUNT_DIALS = ['Lossless', 'GoodAvailability', 'BestAvailability'] as const;
/** How many lost logs a clustered mailbox server accepts for an automatic mount after a lossy failover. */
export type AutoDatabaseMountDial = Open<(typeof MOUNT_DIALS)[number]>;

export interface MailboxServer {
  name: string;
  clusteredStorageType?: ClusteredStorageType;
  /** The cluster nodes that can host this clustered mailbox server (empty when not clustered). */
  redundantMachines?: string[];
  autoDatabaseMountDial?: AutoDatabaseMountDial;
}

export interface ExMailboxServerFacts {
  /** Undefined when the file is empty or holds no server (binary, an error, not Format-List output). */
  servers?: MailboxServer[];
}

function readMailboxServer(object: ExchangeObject): MailboxServer | undefined {
  const name = object.text('Name') ?? object.text('Identity');
  if (name === undefined) return undefined;
  return definedOnly({
    name,
    clusteredStorageType: object.enumeration('ClusteredStorageType', CLUSTERED_STORAGE_TYPES),
    redundantMachines: object.list('RedundantMachines'),
    autoDatabaseMountDial: object.enumeration('AutoDatabaseMountDial', MOUNT_DIALS),
  });
}

export const parseExMailboxServer: Parser<ExMailboxServerFacts> = (input) => {
  const { items, diagnostics, language } = readExchangeObjects(input, 'mailbox server', readMailboxServer);
  const facts: ExMailboxServerFacts = items === undefined ? {} : { servers: items };
  return language ? { facts, diagnostics, language } : { facts, diagnostics };
};
