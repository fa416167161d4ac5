import { holderText, type GatewayHolder } from './gateway-evidence';
import { both, decideKind, quoted, type KindDecision, type KindEvidence, type Text } from './kind-evidence';
import { nameEvidence } from './name-evidence';

export interface NetworkKindInput {
  name: string;
  /** `Role` of `cluster network /prop`: 0 none, 1 internal only, 2 client only, 3 all communications. */
  role?: number;
  /** The default gateways of the adapters in the network's subnet, on every node. */
  gateways: readonly GatewayHolder[];
}

export const ROLE_TEXT: Record<number, Text> = {
  0: { en: 'role 0 (not used by the cluster)', de: 'Rolle 0 (vom Cluster nicht verwendet)' },
  1: { en: 'role 1 (internal cluster communications only)', de: 'Rolle 1 (nur interne Clusterkommunikation)' },
  2: { en: 'role 2 (client access only)', de: 'Rolle 2 (nur Clientzugriff)' },
  3: { en: 'role 3 (all communications)', de: 'Rolle 3 (alle Kommunikationen)' },
};

/**
 * Whether a cluster network is the private (heartbeat) or the public (client) network, whatever role it is
 * set to (NET-008 checks the role), from, in this order:
 * a. its role: 1 is private and 2 public by definition; 3 is public together with a default gateway on
 *    one of its adapters (the addresses of the cluster's IP Address resources would tell too, but bpa does
 *    not collect their private properties), and says nothing without one;
 * b. a default gateway on one of its adapters (public), when the role is not 1 or 3 (for role 1 the role
 *    is the cluster's own statement; an adapter with a gateway on it is a conflict of that adapter);
 * c. its name, by whole words.
 * Evidence that disagrees leaves the kind unknown.
 */
export function networkKind(input: NetworkKindInput): KindDecision {
  const { name, role, gateways } = input;
  const holder = gateways[0];
  const has = (l: 'en' | 'de', what: string) =>
    l === 'en' ? `cluster network ${quoted(name, l)} has ${what}` : `Clusternetzwerk ${quoted(name, l)} hat ${what}`;
  const evidence: KindEvidence[] = [];
  if (role === 1) evidence.push({ says: 'private', text: both((l) => has(l, ROLE_TEXT[1]![l])) });
  else if (role === 2) evidence.push({ says: 'public', text: both((l) => has(l, ROLE_TEXT[2]![l])) });
  else if (role === 3 && holder) {
    evidence.push({
      says: 'public',
      text: both((l) => `${has(l, ROLE_TEXT[3]![l])}${l === 'en' ? ' and ' : ', und '}${holderText(holder, l)}`),
    });
  } else if (role === 3) {
    evidence.push({
      text: both((l) =>
        l === 'en'
          ? `${has(l, ROLE_TEXT[3]!.en)} and none of its adapters has a default gateway`
          : `${has(l, ROLE_TEXT[3]!.de)}, und keiner seiner Adapter hat ein Standardgateway`,
      ),
    });
  } else {
    evidence.push({
      text: both((l) =>
        role !== undefined && ROLE_TEXT[role]
          ? has(l, ROLE_TEXT[role]![l])
          : l === 'en'
            ? `the role of cluster network ${quoted(name, l)} is not known`
            : `die Rolle von Clusternetzwerk ${quoted(name, l)} ist nicht bekannt`,
      ),
    });
    if (holder) evidence.push({ says: 'public', text: both((l) => holderText(holder, l)) });
  }
  evidence.push(nameEvidence(name, 'network'));
  return decideKind(evidence);
}
