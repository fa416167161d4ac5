import { ownGatewayEvidence } from './gateway-evidence';
import { both, decideKind, type KindDecision, type KindEvidence } from './kind-evidence';
import { nameEvidence } from './name-evidence';

export interface AdapterKindInput {
  /** The connection name (`LAN-Intern`, `Heartbeat`). */
  name: string;
  gateways?: readonly string[];
  /** The cluster network whose subnet holds one of the adapter's addresses, with its own decision. */
  network?: { subnet: string; decision: KindDecision };
}

/**
 * Whether an adapter of a cluster node is the private (heartbeat) or the public one, from, in this order:
 * a. the cluster network it is on (its subnet matches the network's address and mask) and that network's
 *    kind (its role, the gateways on it, its name: see networkKind);
 * b. a default gateway on the adapter: public;
 * c. the connection name, by whole words in English and German.
 * When these disagree (a role-1 network and a gateway on the adapter; a private name on a public network),
 * or none says anything, the kind is unknown and the basis names the conflict or the missing evidence.
 */
export function adapterKind(input: AdapterKindInput): KindDecision {
  const evidence: KindEvidence[] = [];
  const { network } = input;
  if (network) {
    // The network's own evidence (its role first, then gateways on it and its name), the first piece saying
    // that the adapter is on it: a conflict of the network is a conflict of its adapters.
    const [role, ...rest] = network.decision.evidence;
    const on = (l: 'en' | 'de') =>
      l === 'en'
        ? `, and the adapter's subnet ${network.subnet} matches it`
        : `, und das Subnetz ${network.subnet} des Adapters gehört dazu`;
    if (role) evidence.push({ ...role, text: both((l) => `${role.text[l]}${on(l)}`) });
    evidence.push(...rest);
  } else {
    evidence.push({
      text: both((l) =>
        l === 'en' ? 'the adapter is on no known cluster network' : 'der Adapter liegt in keinem bekannten Clusternetzwerk',
      ),
    });
  }
  evidence.push(
    ownGatewayEvidence(input.gateways) ?? {
      text: both((l) =>
        input.gateways === undefined
          ? l === 'en'
            ? 'its default gateway is not known'
            : 'sein Standardgateway ist nicht bekannt'
          : l === 'en'
            ? 'the adapter has no default gateway'
            : 'der Adapter hat kein Standardgateway',
      ),
    },
  );
  evidence.push(nameEvidence(input.name, 'connection'));
  return decideKind(evidence);
}
