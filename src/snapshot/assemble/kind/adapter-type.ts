import type { AdapterKind } from '../../../../collectors/sources/ipconfig-all';

/**
 * What kind of adapter an ipconfig section (or a systeminfo network card) is. Only Ethernet, teamed and
 * wireless adapters can be cluster network adapters; tunnel (ISATAP, 6to4, Teredo), PPP (dial-up, VPN)
 * and "Unknown adapter" sections (virtual adapters such as VPN taps) are kept in the snapshot with their
 * type, and the network rules leave them out.
 */
export type AdapterType = 'ethernet' | 'teamed' | 'wireless' | 'tunnel' | 'ppp' | 'unknownAdapter' | 'other';

export const CLUSTER_ADAPTER_TYPES: readonly AdapterType[] = ['ethernet', 'teamed', 'wireless'];

/**
 * Descriptions of the virtual adapter a teaming driver puts over its members, as one case-insensitive
 * regular expression: Broadcom BASP (`BASP Virtual Adapter`, also HP's and Dell's rebrands), HP Network
 * Configuration Utility (`HP Network Team #1`), Intel Advanced Network Services (`Intel(R) Advanced Network
 * Services Virtual Adapter`, and PROSet's `TEAM : <name>` device names). NET-009's parameter
 * `teamedDescriptions` has this value as its default; configure the rule to extend it.
 */
export const TEAMED_DESCRIPTIONS = String.raw`BASP Virtual Adapter|HP Network Team|Advanced Network Services Virtual Adapter|^TEAM ?[:#]`;

const TEAMED = new RegExp(TEAMED_DESCRIPTIONS, 'i');

/** The type from ipconfig's section heading, teamed when an Ethernet adapter's description is a team's. */
export function adapterType(heading: AdapterKind, description: string | undefined): AdapterType {
  if (heading === 'ethernet' && description !== undefined && TEAMED.test(description)) return 'teamed';
  if (heading === 'unknown') return 'unknownAdapter';
  return heading;
}

/** Whether an adapter can be on a cluster network. An adapter without a type (an older snapshot) counts. */
export function isClusterAdapter(adapter: { type?: AdapterType }): boolean {
  return adapter.type === undefined || CLUSTER_ADAPTER_TYPES.includes(adapter.type);
}
