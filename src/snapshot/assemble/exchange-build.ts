import type { Server } from '../schema';
import type { LocalizedText } from './os-family';

export type ExchangeBuild = NonNullable<Server['exchangeBuild']>;

/** `RTM`, `SP1`, … for an Exchange 2007 service pack number. */
export function servicePackName(sp: number | undefined): string {
  return sp === undefined ? '?' : sp === 0 ? 'RTM' : `SP${sp}`;
}

/**
 * The Exchange build a machine runs, for the rules that judge a machine by it (OS-001 on Windows Server
 * 2008, VIR-001, VIR-002): an Exchange server's own `AdminDisplayVersion`; for a cluster node, which has no
 * `ex-server.txt` of its own, the build of the clustered mailbox server it hosts (its `RedundantMachines`
 * name the node, else it belongs to the node's cluster). Two hosted servers with different builds leave the
 * node's build unknown. A planned node has none: Exchange is not installed yet.
 */
export function exchangeBuildOf(server: Server, servers: Server[]): ExchangeBuild | undefined {
  if (server.role === 'clusterNode') return hostedBuild(server, servers);
  if (server.role === 'plannedNode') return undefined;
  const version = server.exchange?.version;
  if (!version) return undefined;
  const build: ExchangeBuild = { version, from: server.name, versionBasis: ownBasis(server) };
  if (server.exchange?.servicePack !== undefined) build.servicePack = server.exchange.servicePack;
  return build;
}

export function assignExchangeBuilds(servers: Server[]): void {
  for (const server of servers) {
    const build = exchangeBuildOf(server, servers);
    if (build) server.exchangeBuild = build;
  }
}

function ownBasis(server: Server): LocalizedText {
  const v = server.exchange!.version!.text;
  const sp = server.exchange?.servicePack;
  const named = sp === undefined ? '' : ` (Exchange 2007 ${servicePackName(sp)})`;
  return { en: `AdminDisplayVersion ${v}${named} in ex-server.txt`, de: `AdminDisplayVersion ${v}${named} aus ex-server.txt` };
}

function hostedBuild(node: Server, servers: Server[]): ExchangeBuild | undefined {
  const name = node.name.toLowerCase();
  const cmsList = servers.filter((s) => s.role === 'clusteredMailboxServer');
  const named = cmsList.filter((c) => (c.exchange?.redundantMachines ?? []).some((m) => m.toLowerCase() === name));
  const viaNames = named.length > 0;
  const hosted = viaNames ? named : cmsList.filter((c) => c.cluster !== undefined && c.cluster === node.cluster);
  const versions = [...new Set(hosted.map((c) => c.exchange?.version?.text))];
  if (hosted.length === 0 || versions.length !== 1 || versions[0] === undefined) return undefined;
  const cms = hosted[0]!;
  const version = cms.exchange!.version!;
  const sp = cms.exchange?.servicePack;
  const names = hosted.map((c) => c.name).join(', ');
  const how = viaNames
    ? {
        en: 'its RedundantMachines in ex-mailbox-server.txt name this node',
        de: 'seine RedundantMachines in ex-mailbox-server.txt nennen diesen Knoten',
      }
    : { en: `it belongs to this node's cluster ${node.cluster!}`, de: `er gehört zum Cluster ${node.cluster!} dieses Knotens` };
  const spText = sp === undefined ? '' : ` (Exchange 2007 ${servicePackName(sp)})`;
  const build: ExchangeBuild = {
    version,
    from: cms.name,
    versionBasis: {
      en: `the clustered mailbox server ${names} that this node hosts (${how.en}) runs ${version.text}${spText} by its ex-server.txt; the node's own Exchange files are not in the bundle`,
      de: `der geclusterte Postfachserver ${names}, den dieser Knoten bereitstellt (${how.de}), läuft laut seiner ex-server.txt mit ${version.text}${spText}; die Exchange-Dateien des Knotens selbst sind nicht im Bundle`,
    },
  };
  if (sp !== undefined) build.servicePack = sp;
  return build;
}
