/**
 * How long a copy queue a clustered mailbox server of a CCR cluster accepts and still mounts its databases by
 * itself after a lossy failover: its `AutoDatabaseMountDial` (Get-MailboxServer) in Exchange 2007's values,
 * Lossless 0, GoodAvailability 3 and BestAvailability 6 logs (Exchange 2007 SP1 "Set-MailboxServer",
 * aa998651(v=exchg.80), and "Cluster Continuous Replication": a longer copy queue leaves the databases
 * dismounted until an administrator mounts them). Exchange 2010 changed the values to 0, 6 and 12; they are
 * not used here. A dial bpa does not know leaves the limit unknown, and the basis says which value it was.
 */
export interface AcceptedQueue {
  /** The longest copy queue, in logs, that still mounts automatically; undefined when the dial is unknown. */
  logs?: number;
  basis: { en: string; de: string };
}

// Never 1: the basis says "logs" for each.
export const EXCHANGE_2007_MOUNT_DIAL: Readonly<Record<string, number>> = {
  Lossless: 0,
  GoodAvailability: 3,
  BestAvailability: 6,
};

/** Undefined when the server printed no dial (no ex-mailbox-server.txt, or an output without it). */
export function acceptedCopyQueue(dial: string | undefined, server: string): AcceptedQueue | undefined {
  if (dial === undefined) return undefined;
  const known = Object.keys(EXCHANGE_2007_MOUNT_DIAL).find((d) => d.toLowerCase() === dial.toLowerCase());
  if (known === undefined) {
    return {
      basis: {
        en: `AutoDatabaseMountDial of ${server} is '${dial}', none of Lossless, GoodAvailability, BestAvailability (ex-mailbox-server.txt)`,
        de: `AutoDatabaseMountDial von ${server} ist „${dial}“, keiner der Werte Lossless, GoodAvailability, BestAvailability (ex-mailbox-server.txt)`,
      },
    };
  }
  const logs = EXCHANGE_2007_MOUNT_DIAL[known]!;
  return {
    logs,
    basis: {
      en: `AutoDatabaseMountDial ${known} of ${server} (ex-mailbox-server.txt): Exchange 2007 mounts automatically after a failover with at most ${logs} logs lost`,
      de: `AutoDatabaseMountDial ${known} von ${server} (ex-mailbox-server.txt): Exchange 2007 bindet nach einem Failover mit höchstens ${logs} verlorenen Protokollen automatisch ein`,
    },
  };
}
