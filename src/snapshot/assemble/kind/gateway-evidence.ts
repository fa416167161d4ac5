import { both, quoted, type KindEvidence } from './kind-evidence';

/** A default gateway, on the adapter itself or on an adapter of a network: only the public side has one. */
export interface GatewayHolder {
  adapter: string;
  server: string;
  gateway: string;
}

/** The adapter's own default gateway says public; no gateway says nothing (it is no proof of private). */
export function ownGatewayEvidence(gateways: readonly string[] | undefined): KindEvidence | undefined {
  const gateway = gateways?.find((g) => g.trim() !== '');
  if (!gateway) return undefined;
  return {
    says: 'public',
    text: both((l) =>
      l === 'en' ? `the adapter has the default gateway ${gateway}` : `der Adapter hat das Standardgateway ${gateway}`,
    ),
  };
}

/** `its adapter 'LAN' on EX1 has the default gateway 192.168.10.1`. */
export function holderText(holder: GatewayHolder, lang: 'en' | 'de'): string {
  return lang === 'en'
    ? `its adapter ${quoted(holder.adapter, lang)} on ${holder.server} has the default gateway ${holder.gateway}`
    : `sein Adapter ${quoted(holder.adapter, lang)} auf ${holder.server} hat das Standardgateway ${holder.gateway}`;
}
