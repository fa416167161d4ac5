import type { ExServerFacts, ExchangeServer } from '../../../collectors/sources/ex-server';
import type { ExMailboxServerFacts } from '../../../collectors/sources/ex-mailbox-server';
import type { Server } from '../schema';
import type { FolderFacts } from './folder-facts';

/**
 * The Exchange facts of a server: its own folder's `ex-server.txt` (the entry with its name, or the only
 * one), else its entry in `_organization/ex-server.txt`; plus `ex-mailbox-server.txt` for a mailbox server.
 */
export function exchangeOf(folder: FolderFacts, organization: FolderFacts | undefined): Server['exchange'] {
  const name = folder.name.toLowerCase();
  const pick = (list: ExchangeServer[] | undefined, onlyOneCounts: boolean) =>
    list?.find((s) => s.name.toLowerCase() === name) ?? (onlyOneCounts && list?.length === 1 ? list[0] : undefined);
  const entry =
    pick(folder.facts<ExServerFacts>('ex-server.txt')?.servers, true) ??
    pick(organization?.facts<ExServerFacts>('ex-server.txt')?.servers, false);
  const mailbox = folder.facts<ExMailboxServerFacts>('ex-mailbox-server.txt')?.servers;
  const mbx = mailbox?.find((s) => s.name.toLowerCase() === name) ?? (mailbox?.length === 1 ? mailbox[0] : undefined);
  if (!entry && !mbx) return undefined;
  const exchange: NonNullable<Server['exchange']> = {};
  const version = entry?.adminDisplayVersion;
  if (version) {
    exchange.version = {
      text: version.text,
      major: version.major,
      minor: version.minor,
      build: version.build,
      revision: version.revision,
    };
    if (version.major === 8) exchange.servicePack = version.minor;
  }
  if (entry?.serverRole) exchange.roles = entry.serverRole.map(String);
  if (entry?.edition) exchange.edition = entry.edition;
  if (entry?.errorReportingEnabled !== undefined) exchange.errorReportingEnabled = entry.errorReportingEnabled;
  if (mbx?.clusteredStorageType) exchange.clusteredStorageType = mbx.clusteredStorageType;
  if (mbx?.redundantMachines) exchange.redundantMachines = mbx.redundantMachines;
  return exchange;
}
