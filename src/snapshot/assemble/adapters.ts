import type { IpconfigAdapter, IpconfigFacts } from '../../../collectors/sources/ipconfig-all';
import type { RegNetbtInterfacesFacts } from '../../../collectors/sources/reg-netbt-interfaces';
import type { NetworkConnection, RegNetworkConnectionsFacts } from '../../../collectors/sources/reg-network-connections';
import type { RegTcpipLinkageFacts } from '../../../collectors/sources/reg-tcpip-linkage';
import type { SysteminfoFacts } from '../../../collectors/sources/systeminfo';
import type { Adapter, Server } from '../schema';
import type { FolderFacts } from './folder-facts';
import { adapterType, isClusterAdapter } from './kind/adapter-type';

/**
 * A server's network adapters, merged by connection name from ipconfig (or systeminfo's network cards),
 * with the GUID from the registry's connection list, NetBIOS from NetBT's `NetbiosOptions` (the authority;
 * ipconfig on 2003 prints no line when NetBIOS is on) and the position in the TCP/IP binding order.
 * Every adapter ipconfig lists is kept, with its type (tunnel, PPP and unknown adapters too); the first bound
 * adapter is the first cluster adapter (Ethernet, teamed, wireless) of the binding order. Roles
 * (private/public) are added later, once the cluster is known.
 */
export function adaptersOf(
  folder: FolderFacts,
): Pick<Server, 'adapters' | 'bindingOrder' | 'firstBoundAdapter' | 'firstBoundConnection'> {
  const base = baseAdapters(folder);
  if (!base) return {};
  const connections = folder.facts<RegNetworkConnectionsFacts>('reg-network-connections.txt')?.connections;
  const netbt = folder.facts<RegNetbtInterfacesFacts>('reg-netbt-interfaces.txt')?.interfaces;
  for (const adapter of base) {
    const guid = connections?.find((c) => c.name.toLowerCase() === adapter.name.toLowerCase())?.guid;
    if (guid) adapter.guid = guid;
    applyNetbios(adapter, guid ? netbt?.find((i) => i.guid === guid)?.netbiosOptions : undefined);
  }
  const bind = folder.facts<RegTcpipLinkageFacts>('reg-tcpip-linkage.txt')?.bindOrder;
  if (!bind || !connections) return { adapters: base };
  const head = firstBoundConnectionOf(folder, bind, connections);
  const bound = bind.map((guid) => base.find((a) => a.guid === guid)).filter((a): a is Adapter => a !== undefined);
  bound.forEach((a, i) => (a.bindingPosition = i + 1));
  if (bound.length === 0) return { adapters: base, ...head };
  const first = bound.find(isClusterAdapter);
  return { adapters: base, bindingOrder: bound.map((a) => a.name), ...(first ? { firstBoundAdapter: first } : {}), ...head };
}

type ConnectionState = NonNullable<NonNullable<Server['firstBoundConnection']>['state']>;

/**
 * The first network connection of the binding order, active or not (NET-004). `firstBoundAdapter` is the
 * first one ipconfig lists; this is the first one Windows binds, which may be a disabled adapter.
 */
function firstBoundConnectionOf(
  folder: FolderFacts,
  bind: string[],
  connections: NetworkConnection[],
): Pick<Server, 'firstBoundConnection'> {
  const connection = bind.map((guid) => connections.find((c) => c.guid === guid)).find((c) => c !== undefined);
  if (!connection) return {};
  const state = connectionState(folder, connection.name);
  return { firstBoundConnection: { name: connection.name, ...(state ? { state } : {}) } };
}

/**
 * ipconfig /all lists every enabled adapter, connected or not, so a bound connection it does not list is
 * disabled (or its hardware is gone); systeminfo's network cards say "disabled" or "media disconnected".
 */
function connectionState(folder: FolderFacts, name: string): ConnectionState | undefined {
  const same = (x: string | undefined) => x !== undefined && x.trim().toLowerCase() === name.trim().toLowerCase();
  const card = folder.facts<SysteminfoFacts>('systeminfo.txt')?.networkCards?.find((c) => same(c.connectionName));
  if (card?.status === 'disabled' || card?.status === 'hardwareNotPresent') return 'disabled';
  const ipconfig = folder.facts<IpconfigFacts>('ipconfig-all.txt')?.adapters;
  if (ipconfig) {
    const listed = ipconfig.find((a) => same(a.connectionName));
    if (!listed) return 'disabled';
    return listed.mediaDisconnected ? 'disconnected' : 'connected';
  }
  if (!card) return undefined;
  if (card.status === undefined) return 'connected';
  return card.status === 'mediaDisconnected' ? 'disconnected' : undefined;
}

function baseAdapters(folder: FolderFacts): Adapter[] | undefined {
  const ipconfig = folder.facts<IpconfigFacts>('ipconfig-all.txt')?.adapters;
  if (ipconfig) return ipconfig.map(fromIpconfig);
  const cards = folder.facts<SysteminfoFacts>('systeminfo.txt')?.networkCards;
  if (cards) {
    return cards
      .filter((c) => c.connectionName)
      .map((c) => {
        // systeminfo lists network cards only (no tunnel or PPP adapters): Ethernet, or a team by its description.
        const a: Adapter = { name: c.connectionName!, type: adapterType('ethernet', c.description), description: c.description };
        if (c.dhcpEnabled !== undefined) a.dhcpEnabled = c.dhcpEnabled;
        if (c.ipAddresses) a.ipAddresses = c.ipAddresses;
        if (c.status === 'mediaDisconnected' || c.status === 'disabled') a.mediaDisconnected = true;
        return a;
      });
  }
  return undefined;
}

function fromIpconfig(i: IpconfigAdapter): Adapter {
  const a: Adapter = { name: i.connectionName, type: adapterType(i.kind, i.description) };
  if (i.description !== undefined) a.description = i.description;
  if (i.mac !== undefined) a.mac = i.mac;
  if (i.dhcpEnabled !== undefined) a.dhcpEnabled = i.dhcpEnabled;
  a.ipAddresses = i.ipAddresses ?? [];
  a.gateways = i.gateways ?? [];
  a.dnsServers = i.dnsServers ?? [];
  a.winsServers = i.winsServers ?? [];
  a.mediaDisconnected = i.mediaDisconnected === true;
  if (i.netbiosOverTcpip) {
    a.netbiosEnabled = i.netbiosOverTcpip === 'enabled';
    a.netbiosSource = 'ipconfig-all.txt';
  }
  return a;
}

/**
 * NetbiosOptions 2 is off and 1 is on. 0 means "as the DHCP server says": on for a static address, and
 * unknown for a DHCP one unless ipconfig said it.
 */
function applyNetbios(adapter: Adapter, options: number | undefined): void {
  if (options === undefined) return;
  adapter.netbiosOptions = options;
  if (options === 0 && adapter.dhcpEnabled !== false) return;
  adapter.netbiosEnabled = options !== 2;
  adapter.netbiosSource = 'reg-netbt-interfaces.txt';
}
