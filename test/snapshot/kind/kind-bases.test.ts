import { adapterKind } from '../../../src/snapshot/assemble/kind/adapter-kind';
import { holderText, ownGatewayEvidence } from '../../../src/snapshot/assemble/kind/gateway-evidence';
import { networkKind } from '../../../src/snapshot/assemble/kind/network-kind';

/**
 * The evidence texts of an adapter's and a cluster network's kind, word for word in English and German: the
 * role of the network, the gateways, and what is not known. Names without role words ("LAN 3") say nothing.
 */

const holder = { adapter: 'LAN', server: 'EX1', gateway: '192.168.10.1' };

describe('networkKind: the evidence of each role, with and without a gateway', () => {
  test.each([
    [
      'role 3 with a gateway: public',
      3,
      [holder],
      'public',
      {
        en: "cluster network 'LAN 3' has role 3 (all communications) and its adapter 'LAN' on EX1 has the default gateway 192.168.10.1",
        de: 'Clusternetzwerk „LAN 3“ hat Rolle 3 (alle Kommunikationen), und sein Adapter „LAN“ auf EX1 hat das Standardgateway 192.168.10.1',
      },
    ],
    [
      'role 3 without a gateway: says nothing',
      3,
      [],
      undefined,
      {
        en: "cluster network 'LAN 3' has role 3 (all communications) and none of its adapters has a default gateway",
        de: 'Clusternetzwerk „LAN 3“ hat Rolle 3 (alle Kommunikationen), und keiner seiner Adapter hat ein Standardgateway',
      },
    ],
    [
      'role 0: says nothing',
      0,
      [],
      undefined,
      {
        en: "cluster network 'LAN 3' has role 0 (not used by the cluster)",
        de: 'Clusternetzwerk „LAN 3“ hat Rolle 0 (vom Cluster nicht verwendet)',
      },
    ],
    [
      'role not known',
      undefined,
      [],
      undefined,
      { en: "the role of cluster network 'LAN 3' is not known", de: 'die Rolle von Clusternetzwerk „LAN 3“ ist nicht bekannt' },
    ],
    [
      'a role bpa has no word for',
      7,
      [],
      undefined,
      { en: "the role of cluster network 'LAN 3' is not known", de: 'die Rolle von Clusternetzwerk „LAN 3“ ist nicht bekannt' },
    ],
  ])('%s', (_name, role, gateways, kind, first) => {
    const decision = networkKind({ name: 'LAN 3', ...(role !== undefined ? { role } : {}), gateways });
    expect(decision.kind).toBe(kind);
    expect(decision.evidence[0]!.text).toEqual(first);
  });

  test('role not known and a gateway on an adapter: public by the gateway', () => {
    const decision = networkKind({ name: 'LAN 3', gateways: [holder] });
    expect(decision.kind).toBe('public');
    expect(decision.evidence[1]).toEqual({
      says: 'public',
      text: {
        en: "its adapter 'LAN' on EX1 has the default gateway 192.168.10.1",
        de: 'sein Adapter „LAN“ auf EX1 hat das Standardgateway 192.168.10.1',
      },
    });
  });
});

describe('adapterKind: the evidence when the network or the gateway is not known', () => {
  test.each([
    [
      'no network, gateways not known',
      undefined,
      [
        { en: 'the adapter is on no known cluster network', de: 'der Adapter liegt in keinem bekannten Clusternetzwerk' },
        { en: 'its default gateway is not known', de: 'sein Standardgateway ist nicht bekannt' },
      ],
    ],
    [
      'no network, no gateway',
      [],
      [
        { en: 'the adapter is on no known cluster network', de: 'der Adapter liegt in keinem bekannten Clusternetzwerk' },
        { en: 'the adapter has no default gateway', de: 'der Adapter hat kein Standardgateway' },
      ],
    ],
    [
      'no network, only blank gateways',
      ['', '  '],
      [
        { en: 'the adapter is on no known cluster network', de: 'der Adapter liegt in keinem bekannten Clusternetzwerk' },
        { en: 'the adapter has no default gateway', de: 'der Adapter hat kein Standardgateway' },
      ],
    ],
  ])('%s', (_name, gateways, texts) => {
    const decision = adapterKind({ name: 'LAN 3', ...(gateways ? { gateways } : {}) });
    expect(decision.kind).toBeUndefined();
    expect(decision.evidence.slice(0, 2).map((e) => e.text)).toEqual(texts);
  });
});

describe('ownGatewayEvidence and holderText', () => {
  test.each([
    [['192.168.1.1'], '192.168.1.1'],
    [['', '10.0.0.1'], '10.0.0.1'],
    [[' ', '10.0.0.254'], '10.0.0.254'],
  ])('the first gateway that is not blank: %j', (gateways, gateway) => {
    expect(ownGatewayEvidence(gateways)).toEqual({
      says: 'public',
      text: { en: `the adapter has the default gateway ${gateway}`, de: `der Adapter hat das Standardgateway ${gateway}` },
    });
  });

  test.each([[undefined], [[]], [['', ' ']]])('no gateway: no evidence (%j)', (gateways) => {
    expect(ownGatewayEvidence(gateways)).toBeUndefined();
  });

  test('holderText in both languages', () => {
    expect(holderText(holder, 'en')).toBe("its adapter 'LAN' on EX1 has the default gateway 192.168.10.1");
    expect(holderText(holder, 'de')).toBe('sein Adapter „LAN“ auf EX1 hat das Standardgateway 192.168.10.1');
  });
});
