/** IPv4 addresses and subnets, for telling which cluster network an adapter is on. */

/** The address as a 32-bit number, or undefined for anything that is not a dotted IPv4 address. */
export function ipv4(text: string): number | undefined {
  const parts = text.trim().split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** The number of leading one bits of a mask (`255.255.255.0` → 24), or undefined for a non-contiguous mask. */
export function prefixLength(mask: string): number | undefined {
  const m = ipv4(mask);
  if (m === undefined) return undefined;
  const bits = m.toString(2).padStart(32, '0');
  return /^1*0*$/.test(bits) ? (bits.indexOf('0') === -1 ? 32 : bits.indexOf('0')) : undefined;
}

/** `10.0.0.0/24` for a network address and mask, as the cluster prints them. */
export function subnetText(address: string, mask: string): string {
  const prefix = prefixLength(mask);
  return prefix === undefined ? `${address}/${mask}` : `${address}/${prefix}`;
}

/** The first of the addresses that lies in the subnet `address`/`mask`, or undefined. */
export function addressInSubnet(
  addresses: readonly string[],
  address: string | undefined,
  mask: string | undefined,
): string | undefined {
  if (!address || !mask) return undefined;
  const net = ipv4(address);
  const m = ipv4(mask);
  if (net === undefined || m === undefined) return undefined;
  return addresses.find((a) => {
    const v = ipv4(a);
    return v !== undefined && (v & m) >>> 0 === (net & m) >>> 0;
  });
}
