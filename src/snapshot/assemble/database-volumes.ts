import type { Server } from '../schema';
import { sameVolume } from './volume-of-path';

type Text = { en: string; de: string };

/** A machine whose disks hold a server's files: the server itself, or a node of a clustered mailbox server. */
export interface Host {
  name: string;
  mountedVolumes?: Server['mountedVolumes'];
}

export type LogsOnSameVolume =
  | { value: true; basis: Text; host?: string; edbMountPoint: string; logMountPoint: string }
  | { value: false; basis: Text }
  | { unknown: Text };

const joined = (parts: { on: string; text: Text }[]): Text => ({
  en: parts.map((p) => `${p.on}${p.text.en}`).join(' | '),
  de: parts.map((p) => `${p.on}${p.text.de}`).join(' | '),
});

/**
 * Whether a database file and its transaction logs share a volume, on the machines that hold them: a
 * standalone server's own disks, or each node of a clustered mailbox server (a CCR node keeps its own copy
 * under the same paths). A machine whose volume list mounts neither path (the passive node of a
 * shared-storage cluster) does not hold the files now and is left out. One machine with both on one volume
 * decides it, and is named; every remaining machine with them apart decides the opposite; else it is unknown,
 * with why. Without any machine (the nodes are not in the bundle) the drive letters are all there is.
 */
export function logsOnSameVolume(
  edbFilePath: string | undefined,
  logFolderPath: string | undefined,
  hosts: readonly Host[],
): LogsOnSameVolume {
  if (!edbFilePath || !logFolderPath)
    return { unknown: { en: 'the database or log path is not known', de: 'der Datenbank- oder Protokollpfad ist unbekannt' } };
  const all = (hosts.length > 0 ? hosts : [{ name: '' }]).map((h) => ({
    host: h.name,
    on: h.name ? `${h.name}: ` : '',
    listed: h.mountedVolumes !== undefined,
    verdict: sameVolume(edbFilePath, logFolderPath, h.mountedVolumes),
  }));
  const holding = all.filter((r) => !(r.listed && 'unknown' in r.verdict));
  const same = holding.find((r) => 'same' in r.verdict && r.verdict.same);
  if (same && 'same' in same.verdict) {
    const [edbMountPoint, logMountPoint] = same.verdict.mountPoints;
    return {
      value: true,
      basis: joined([{ on: same.on, text: same.verdict.basis }]),
      ...(same.host ? { host: same.host } : {}),
      edbMountPoint,
      logMountPoint,
    };
  }
  const open = (holding.length > 0 ? holding : all).filter((r) => 'unknown' in r.verdict);
  if (holding.length > 0 && open.length === 0)
    return {
      value: false,
      basis: joined(holding.map((r) => ({ on: r.on, text: 'basis' in r.verdict ? r.verdict.basis : EMPTY }))),
    };
  return { unknown: joined(open.map((r) => ({ on: r.on, text: 'unknown' in r.verdict ? r.verdict.unknown : EMPTY }))) };
}

const EMPTY: Text = { en: '', de: '' };

/**
 * Sets `logsOnSameVolume` and its basis on every database of the bundle. The machines holding a clustered
 * mailbox server's files are its nodes in the bundle (by RedundantMachines, else by cluster); a server that
 * is no clustered mailbox server holds its own.
 */
export function assignDatabaseVolumes(servers: readonly Server[]): void {
  for (const server of servers) {
    const groups = server.storageGroups ?? [];
    if (groups.length === 0) continue;
    const hosts = hostsOf(server, servers);
    for (const group of groups) {
      for (const db of group.databases ?? []) {
        const verdict = logsOnSameVolume(db.edbFilePath, db.logFolderPath, hosts);
        if ('value' in verdict) {
          db.logsOnSameVolume = verdict.value;
          db.logsOnSameVolumeBasis = verdict.basis;
          if (verdict.value) {
            db.edbMountPoint = verdict.edbMountPoint;
            db.logMountPoint = verdict.logMountPoint;
            if (verdict.host) db.volumeHost = verdict.host;
          }
        } else if (db.edbFilePath && db.logFolderPath) db.logsOnSameVolumeBasis = verdict.unknown;
      }
    }
  }
}

/** The machines holding a server's database files: the server itself, or the nodes of a clustered mailbox server. */
export function hostsOf(server: Server, servers: readonly Server[]): Server[] {
  if (server.role !== 'clusteredMailboxServer') return [server];
  const named = (server.exchange?.redundantMachines ?? []).map((m) => m.toLowerCase());
  return servers.filter(
    (s) =>
      s.role === 'clusterNode' &&
      (named.length > 0 ? named.includes(s.name.toLowerCase()) : s.cluster !== undefined && s.cluster === server.cluster),
  );
}
