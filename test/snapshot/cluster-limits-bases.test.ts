import { majorityNodeSetOf } from '../../src/snapshot/assemble/majority-node-set';
import { nodeLimitOf } from '../../src/snapshot/assemble/node-limit';
import type { Cluster, Server } from '../../src/snapshot/schema';

/**
 * The node limit of a cluster and whether it uses a Majority Node Set, with their whole bases in both languages
 * (derived-os-facts.test.ts has the cases by value).
 */
type Os = NonNullable<Server['os']>;
const node = (name: string, os?: Partial<Os>): Server => ({
  name,
  folder: name,
  role: 'clusterNode',
  sources: {},
  ...(os ? { os: { name: 'Windows', ...os } } : {}),
});

describe('nodeLimitOf', () => {
  test.each([
    [
      'an SCC, whatever Windows allows',
      'SCC',
      [node('N1', { release: '2008', architecture: 'x64' })],
      8,
      {
        en: 'an Exchange 2007 single copy cluster has at most 8 nodes',
        de: 'ein Exchange-2007-Single-Copy-Cluster hat höchstens 8 Knoten',
      },
    ],
    [
      'no node with systeminfo',
      'CCR',
      [node('N1')],
      undefined,
      { en: "no node's Windows is known (systeminfo.txt)", de: 'das Windows keines Knotens ist bekannt (systeminfo.txt)' },
    ],
    [
      'Windows Server 2003 R2',
      'CCR',
      [node('N1', { release: '2003 R2' }), node('N2', { release: '2003' })],
      8,
      {
        en: 'Windows Server 2003 server clusters support 8 nodes',
        de: 'Windows-Server-2003-Servercluster unterstützen 8 Knoten',
      },
    ],
    [
      'x64 Windows Server 2008 R2, CCR',
      'CCR',
      [node('N1', { release: '2008 R2', architecture: 'x64' })],
      16,
      {
        en: 'x64 Windows Server 2008 R2 failover clusters support 16 nodes',
        de: 'Failovercluster unter x64-Windows Server 2008 R2 unterstützen 16 Knoten',
      },
    ],
    [
      'x64 Windows Server 2008, the cluster type unknown',
      undefined,
      [node('N1', { release: '2008', architecture: 'x64' })],
      undefined,
      {
        en: 'x64 Windows Server 2008 failover clusters support 16 nodes, but an Exchange 2007 single copy cluster has at most 8 nodes and the cluster type is unknown (ex-mailbox-server.txt)',
        de: 'Failovercluster unter x64-Windows Server 2008 unterstützen 16 Knoten, aber ein Exchange-2007-Single-Copy-Cluster hat höchstens 8 Knoten, und der Clustertyp ist unbekannt (ex-mailbox-server.txt)',
      },
    ],
    [
      'x86 Windows Server 2008, the cluster type unknown: 8 either way',
      undefined,
      [node('N1', { release: '2008', architecture: 'x86' })],
      8,
      {
        en: 'x86 Windows Server 2008 failover clusters support 8 nodes',
        de: 'Failovercluster unter x86-Windows Server 2008 unterstützen 8 Knoten',
      },
    ],
    [
      'Itanium Windows Server 2008',
      'CCR',
      [node('N1', { release: '2008', architecture: 'ia64' })],
      8,
      {
        en: 'Itanium Windows Server 2008 failover clusters support 8 nodes',
        de: 'Failovercluster unter Itanium-Windows Server 2008 unterstützen 8 Knoten',
      },
    ],
    [
      'Windows 2000 Advanced Server',
      'CCR',
      [node('N1', { release: '2000', edition: 'Advanced Server' })],
      2,
      {
        en: 'Windows 2000 Advanced Server clusters support 2 nodes',
        de: 'Cluster unter Windows 2000 Advanced Server unterstützen 2 Knoten',
      },
    ],
    [
      'Windows 2000 Datacenter Server',
      'CCR',
      [node('N1', { release: '2000', edition: 'Datacenter' })],
      4,
      {
        en: 'Windows 2000 Datacenter Server clusters support 4 nodes',
        de: 'Cluster unter Windows 2000 Datacenter Server unterstützen 4 Knoten',
      },
    ],
    [
      'nodes that disagree, named with their Windows',
      'CCR',
      [
        node('N1', { name: 'Windows Server 2003', release: '2003' }),
        node('N2', { name: 'Windows Server 2008', release: '2008', architecture: 'x64' }),
        node('N3'),
      ],
      undefined,
      {
        en: "the nodes' Windows does not give one known limit (N1: Windows Server 2003; N2: Windows Server 2008 x64)",
        de: 'das Windows der Knoten ergibt keine bekannte Grenze (N1: Windows Server 2003; N2: Windows Server 2008 x64)',
      },
    ],
    [
      'a 2008 node without an architecture: no known limit',
      'CCR',
      [node('N1', { name: 'Windows Server 2008', release: '2008' })],
      undefined,
      {
        en: "the nodes' Windows does not give one known limit (N1: Windows Server 2008)",
        de: 'das Windows der Knoten ergibt keine bekannte Grenze (N1: Windows Server 2008)',
      },
    ],
    [
      'Windows 2000 Server (neither edition)',
      'CCR',
      [node('N1', { name: 'Windows 2000 Server', release: '2000', edition: 'Server' })],
      undefined,
      {
        en: "the nodes' Windows does not give one known limit (N1: Windows 2000 Server)",
        de: 'das Windows der Knoten ergibt keine bekannte Grenze (N1: Windows 2000 Server)',
      },
    ],
    [
      'a known node and one of an unknown release',
      'CCR',
      [node('N1', { name: 'A', release: '2003' }), node('N2', { name: 'B', release: '2012' })],
      undefined,
      {
        en: "the nodes' Windows does not give one known limit (N1: A; N2: B)",
        de: 'das Windows der Knoten ergibt keine bekannte Grenze (N1: A; N2: B)',
      },
    ],
  ] as [string, Cluster['type'], Server[], number | undefined, unknown][])('%s', (_name, type, nodes, value, basis) => {
    expect(nodeLimitOf(type ? { type } : {}, nodes)).toEqual({ ...(value !== undefined ? { value } : {}), basis });
  });
});

describe('majorityNodeSetOf', () => {
  test.each([
    [
      { quorum: { type: 'majorityNodeSet', resource: 'Majority Node Set' }, type: 'SCC' },
      {
        value: true,
        basis: {
          en: 'the quorum resource "Majority Node Set" is a Majority Node Set (cluster-quorum.txt)',
          de: 'die Quorumressource „Majority Node Set“ ist ein Majority Node Set (cluster-quorum.txt)',
        },
      },
    ],
    [
      { quorum: { type: 'majorityNodeSet' } },
      {
        value: true,
        basis: {
          en: 'the quorum resource "?" is a Majority Node Set (cluster-quorum.txt)',
          de: 'die Quorumressource „?“ ist ein Majority Node Set (cluster-quorum.txt)',
        },
      },
    ],
    [
      { quorum: { type: 'disk', resource: 'Disk Q:' }, type: 'CCR' },
      {
        value: false,
        basis: {
          en: 'the quorum resource "Disk Q:" is a shared disk (cluster-quorum.txt)',
          de: 'die Quorumressource „Disk Q:“ ist ein freigegebener Datenträger (cluster-quorum.txt)',
        },
      },
    ],
    [
      { quorum: { type: 'localQuorum', resource: 'Local Quorum' } },
      {
        value: false,
        basis: {
          en: 'the quorum resource "Local Quorum" is a local quorum (cluster-quorum.txt)',
          de: 'die Quorumressource „Local Quorum“ ist ein lokales Quorum (cluster-quorum.txt)',
        },
      },
    ],
    [
      { quorum: { type: 'none', resource: 'x' }, type: 'CCR', planned: false },
      {
        value: true,
        basis: {
          en: 'a CCR cluster (ex-mailbox-server.txt), which on Windows Server 2003 runs on a Majority Node Set quorum',
          de: 'ein CCR-Cluster (ex-mailbox-server.txt), der unter Windows Server 2003 ein Majority-Node-Set-Quorum verwendet',
        },
      },
    ],
    [
      { type: 'CCR', planned: true },
      {
        value: true,
        basis: {
          en: 'a CCR cluster (bundle.json), which on Windows Server 2003 runs on a Majority Node Set quorum',
          de: 'ein CCR-Cluster (bundle.json), der unter Windows Server 2003 ein Majority-Node-Set-Quorum verwendet',
        },
      },
    ],
    [
      { type: 'SCC', planned: true },
      {
        value: false,
        basis: {
          en: 'a single copy cluster (bundle.json), which keeps its quorum on a shared disk',
          de: 'ein Single Copy Cluster (bundle.json), der sein Quorum auf einem freigegebenen Datenträger hält',
        },
      },
    ],
    [
      { type: 'LCR' },
      {
        basis: {
          en: 'neither the quorum resource (cluster-quorum.txt) nor the cluster type (ex-mailbox-server.txt, or the plan in bundle.json) is known',
          de: 'weder die Quorumressource (cluster-quorum.txt) noch der Clustertyp (ex-mailbox-server.txt oder der Plan in bundle.json) ist bekannt',
        },
      },
    ],
  ])('%j', (cluster, expected) => {
    expect(majorityNodeSetOf(cluster as unknown as Cluster)).toEqual(expected);
  });
});
