import type { Identity } from '../../src/snapshot/assemble/identity/account-identity';
import {
  clusterServiceAccount,
  runsAsLocalSystemByRelease,
  type ClusterServiceInput,
} from '../../src/snapshot/assemble/identity/cluster-service-account';
import { buildDomainDirectory } from '../../src/snapshot/assemble/identity/domain-directory';

/**
 * The Cluster service account of a node with its basis in both languages, one row per source that can give it
 * (account-facts.test.ts has which source wins).
 */
const PAIRED = buildDomainDirectory([{ netbios: 'MUELLER', dns: 'mueller.local', source: 'NODE1/net-config-workstation.txt' }]);
const CONTEXT: ClusterServiceInput['context'] = {
  machine: 'NODE1',
  directory: PAIRED,
  bare: { kind: 'domain', domain: { netbios: 'MUELLER' }, because: { en: "the node's domain", de: 'die Domäne des Knotens' } },
};
const user = (name: string): Identity => ({ kind: 'domain', user: name, netbios: 'MUELLER', dns: 'mueller.local' });
const input = (extra: Partial<ClusterServiceInput>): ClusterServiceInput => ({
  role: 'clusterNode',
  os: { name: 'Windows Server 2003', release: '2003' },
  netUsers: [],
  context: CONTEXT,
  ...extra,
});
const PAIRING = {
  en: 'MUELLER is mueller.local (NODE1/net-config-workstation.txt)',
  de: 'MUELLER ist mueller.local (NODE1/net-config-workstation.txt)',
};

test.each([
  [
    'sc qc: a bare name is not taken in the domain',
    { scQc: { startName: 'clusdienst' } },
    {
      name: 'clusdienst',
      source: 'sc-qc-clussvc.txt',
      basis: {
        en: 'sc-qc-clussvc.txt: the Cluster service logs on as clusdienst ("clusdienst": a name without a domain can be a local or a domain account)',
        de: 'sc-qc-clussvc.txt: Der Clusterdienst meldet sich als clusdienst an („clusdienst“: ein Name ohne Domäne kann ein lokales oder ein Domänenkonto sein)',
      },
    },
  ],
  [
    'a 2008 R2 node, its OS named by release alone',
    { os: { release: '2008 R2' } },
    {
      name: 'LocalSystem',
      key: 'LocalSystem',
      source: 'systeminfo.txt',
      basis: {
        en: 'a failover cluster of Windows Server 2008 and later runs the Cluster service as LocalSystem (systeminfo.txt: Windows Server 2008 R2); sc-qc-clussvc.txt would show it',
        de: 'ein Failovercluster ab Windows Server 2008 führt den Clusterdienst als LocalSystem aus (systeminfo.txt: Windows Server 2008 R2); sc-qc-clussvc.txt würde es zeigen',
      },
    },
  ],
  [
    'a planned 2008 node: nothing to sharpen',
    { role: 'plannedNode', os: { name: 'Microsoft Windows Server 2008 Enterprise', release: '2008' } },
    {
      name: 'LocalSystem',
      key: 'LocalSystem',
      source: 'systeminfo.txt',
      basis: {
        en: 'a failover cluster of Windows Server 2008 and later runs the Cluster service as LocalSystem (systeminfo.txt: Microsoft Windows Server 2008 Enterprise)',
        de: 'ein Failovercluster ab Windows Server 2008 führt den Clusterdienst als LocalSystem aus (systeminfo.txt: Microsoft Windows Server 2008 Enterprise)',
      },
    },
  ],
  [
    'the plan of a planned node: nothing to sharpen',
    { role: 'plannedNode', plannedAccount: 'svc' },
    {
      name: 'svc',
      key: 'MUELLER\\svc',
      source: 'bundle.json',
      basis: {
        en: `the plan in bundle.json names svc (the node's domain; ${PAIRING.en})`,
        de: `der Plan in bundle.json nennt svc (die Domäne des Knotens; ${PAIRING.de})`,
      },
    },
  ],
  [
    'the plan of a 2003 node',
    { plannedAccount: 'svc' },
    {
      name: 'svc',
      key: 'MUELLER\\svc',
      source: 'bundle.json',
      basis: {
        en: `the plan in bundle.json names svc (the node's domain; ${PAIRING.en}); sc-qc-clussvc.txt would show the account the service runs as`,
        de: `der Plan in bundle.json nennt svc (die Domäne des Knotens; ${PAIRING.de}); sc-qc-clussvc.txt würde das Konto zeigen, unter dem der Dienst läuft`,
      },
    },
  ],
  [
    'the one net-user file of a planned node',
    { role: 'plannedNode', netUsers: [{ file: 'net-user-svc.txt', identity: user('svc') }] },
    {
      name: 'svc',
      key: 'MUELLER\\svc',
      source: 'net-user-svc.txt',
      basis: {
        en: 'the account of net-user-svc.txt, which collect.cmd writes for the account the Cluster service runs as',
        de: 'das Konto von net-user-svc.txt, das collect.cmd für das Konto schreibt, unter dem der Clusterdienst läuft',
      },
    },
  ],
  [
    'the one net-user file, its account unknown: named by the file',
    {
      netUsers: [
        { file: 'net-user-x.txt', identity: { kind: 'unknown', written: 'a\\b\\c', reason: { en: 'r', de: 'r' } } as Identity },
      ],
    },
    {
      name: 'net-user-x.txt',
      source: 'net-user-x.txt',
      basis: {
        en: 'the account of net-user-x.txt, which collect.cmd writes for the account the Cluster service runs as; sc-qc-clussvc.txt would show the account the service runs as',
        de: 'das Konto von net-user-x.txt, das collect.cmd für das Konto schreibt, unter dem der Clusterdienst läuft; sc-qc-clussvc.txt würde das Konto zeigen, unter dem der Dienst läuft',
      },
    },
  ],
  [
    'two net-user files',
    {
      netUsers: [
        { file: 'net-user-a.txt', identity: user('a') },
        { file: 'net-user-b.txt', identity: user('b') },
      ],
    },
    {
      name: 'net-user-a.txt, net-user-b.txt',
      source: 'net-user-a.txt',
      basis: {
        en: 'net-user-a.txt, net-user-b.txt: several accounts, and neither sc-qc-clussvc.txt nor a plan in bundle.json names the one the Cluster service runs as',
        de: 'net-user-a.txt, net-user-b.txt: mehrere Konten, und weder sc-qc-clussvc.txt noch ein Plan in bundle.json nennt das, unter dem der Clusterdienst läuft',
      },
    },
  ],
] as [string, Partial<ClusterServiceInput>, { name: string; key?: string; source: string; basis: unknown }][])(
  '%s',
  (_name, extra, expected) => {
    const result = clusterServiceAccount(input(extra))!;
    expect({ name: result.name, key: result.key, source: result.source, basis: result.basis }).toEqual({
      key: undefined,
      ...expected,
    });
  },
);

test('a key by a presumed NetBIOS name says so in both languages', () => {
  const result = clusterServiceAccount(
    input({ netUsers: [{ file: 'net-user-x.txt', identity: { kind: 'domain', user: 'x', dns: 'corp.example' } }] }),
  )!;
  expect(result.basis).toEqual({
    en: 'the account of net-user-x.txt, which collect.cmd writes for the account the Cluster service runs as; sc-qc-clussvc.txt would show the account the service runs as; CORP presumed to be the NetBIOS name of corp.example, its first label (net-config-workstation.txt would confirm it)',
    de: 'das Konto von net-user-x.txt, das collect.cmd für das Konto schreibt, unter dem der Clusterdienst läuft; sc-qc-clussvc.txt würde das Konto zeigen, unter dem der Dienst läuft; CORP als NetBIOS-Name von corp.example angenommen, dessen erster Namensteil (net-config-workstation.txt würde es bestätigen)',
  });
});

test.each([
  ['2003', false],
  ['2003 R2', false],
  ['2007', false],
  ['2008', true],
  ['2008 R2', true],
  ['2012', true],
  ['Windows 2008', false],
  ['20081', false],
  [undefined, false],
] as [string | undefined, boolean][])('the release %j runs the Cluster service as LocalSystem: %s', (release, expected) => {
  expect(runsAsLocalSystemByRelease(release)).toBe(expected);
});
