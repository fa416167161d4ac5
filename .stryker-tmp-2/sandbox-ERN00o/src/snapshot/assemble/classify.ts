// @ts-nocheck
import type { Server } from '../schema';
import type { Manifest } from '../../bundle/manifest';
import type { FolderFacts } from './folder-facts';

export const ORGANIZATION_FOLDER = '_organization';

/**
 * What a bundle folder is: a cluster node (it has cluster.exe output), a clustered mailbox server (Exchange
 * outputs without a machine's own), a node planned in bundle.json, another Exchange server (the hub
 * transport server hosting the witness), or, in a bundle with no plan and no Exchange at all, a planned
 * clustered mailbox node (the readiness case design.md describes).
 */
export function classifyFolder(folder: FolderFacts, manifest: Manifest, organizationServers: string[]): Server['role'] {
  if (folder.hasAny(/^cluster-/)) return 'clusterNode';
  const machine = folder.has('systeminfo.txt') || folder.has('ipconfig-all.txt');
  if (
    !machine &&
    (folder.has('ex-cms-status.txt') || folder.has('ex-mailbox-server.txt') || folder.has('ex-storage-groups.txt'))
  ) {
    return 'clusteredMailboxServer';
  }
  const name = folder.name.toLowerCase();
  if (manifest.plan) return manifest.plan.nodes.some((n) => n.toLowerCase() === name) ? 'plannedNode' : 'server';
  if (organizationServers.some((n) => n.toLowerCase() === name) || folder.hasAny(/^ex-/)) return 'server';
  return 'plannedNode';
}
