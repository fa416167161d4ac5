// @ts-nocheck
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import { minAdaptersPerNode, plannedCluster } from '../../src/snapshot/assemble/clusters';
import type { Server, Snapshot } from '../../src/snapshot/schema';

/**
 * Facts derived for NET-001, NET-004 and the planned-cluster rules: the first connection of the binding
 * order with its state, the fewest adapters on a node, and what a readiness plan says about the cluster.
 */
const SAMPLES = join(__dirname, '..', '..', 'samples');
const nodeA = (s: Snapshot) => s.servers.find((x) => x.name === 'MBX-NODE-A')!;

/** A copy of the English CCR sample whose MBX-NODE-A ipconfig output is changed by `edit`. */
function withIpconfig(edit: (text: string) => string): Snapshot {
  const dir = mkdtempSync(join(tmpdir(), 'bpa-derived-'));
  cpSync(join(SAMPLES, 'ccr-health-en'), dir, { recursive: true });
  const file = join(dir, 'MBX-NODE-A', 'ipconfig-all.txt');
  writeFileSync(file, edit(readFileSync(file, 'latin1')), 'latin1');
  return collectBundle(readBundle(dir));
}

describe('the first connection of the binding order (NET-004)', () => {
  test('connected in the samples', () => {
    const s = collectBundle(readBundle(join(SAMPLES, 'ccr-health-en')));
    expect(nodeA(s).firstBoundConnection).toEqual({ name: 'Public', state: 'connected' });
  });

  test('media disconnected, as ipconfig /all prints it', () => {
    const s = withIpconfig((t) =>
      t.replace(
        'Ethernet adapter Public:\r\n\r\n',
        'Ethernet adapter Public:\r\n\r\n        Media State . . . . . . . . . . . : Media disconnected\r\n',
      ),
    );
    expect(nodeA(s).firstBoundConnection).toEqual({ name: 'Public', state: 'disconnected' });
  });

  test('a bound connection that ipconfig does not list is disabled; firstBoundAdapter is the first one listed', () => {
    const s = withIpconfig((t) => t.replace(/Ethernet adapter Public:[\s\S]*?(?=Ethernet adapter Private:)/, ''));
    expect(nodeA(s).firstBoundConnection).toEqual({ name: 'Public', state: 'disabled' });
    expect(nodeA(s).firstBoundAdapter!.name).toBe('Private');
  });
});

describe('the fewest network adapters with an address on a node (NET-001)', () => {
  const node = (name: string, addresses: string[][]): Server =>
    ({ name, adapters: addresses.map((ipAddresses, i) => ({ name: `NIC${i}`, ipAddresses })) }) as Server;

  test('counts adapters with an IP address only', () => {
    expect(minAdaptersPerNode([node('A', [['10.0.0.1'], ['192.168.1.1']]), node('B', [['10.0.0.2'], []])])).toBe(1);
  });

  test('unknown when a node has no adapter data or no node is known', () => {
    expect(minAdaptersPerNode([node('A', [['10.0.0.1']]), undefined])).toBeUndefined();
    expect(minAdaptersPerNode([])).toBeUndefined();
  });

  test('a running cluster has it from its nodes', () => {
    const s = collectBundle(readBundle(join(SAMPLES, 'ccr-health-de')));
    expect(s.clusters[0]!.minAdaptersPerNode).toBe(2);
  });
});

describe('a planned cluster from the readiness plan', () => {
  const s = collectBundle(readBundle(join(SAMPLES, 'readiness-de')));
  const planned = s.clusters[0]!;

  test('release, edition, adapters and witness come from the planned nodes and the plan', () => {
    expect(planned).toMatchObject({ planned: true, type: 'CCR', nodeCount: 2, serverRelease: '2003', minAdaptersPerNode: 2 });
    expect(planned.fileShareWitness).toEqual({ path: '\\\\HUB1\\FSW_MBXCLUSTER', host: 'HUB1', onClusterNode: false });
  });

  test('a plan without a witness plans none; without a plan the witness is unknown', () => {
    const nodes = [{ name: 'MBX1', os: { name: 'Windows Server 2003', release: '2003' } } as Server];
    const plan = { type: 'CCR' as const, nodes: ['MBX1', 'MBX2'] };
    const withPlan = plannedCluster(nodes, { plan } as never);
    expect(withPlan.fileShareWitness).toEqual({ path: '' });
    expect(withPlan.minAdaptersPerNode).toBeUndefined();
    expect(plannedCluster(nodes, {} as never).fileShareWitness).toBeUndefined();
  });
});
