import { join } from 'path';
import { readBundle } from '../../src/bundle/read-bundle';
import { collectBundle } from '../../src/collect/collect-bundle';
import type { Report } from '../../src/report/report-schema';
import { bpa, type InProcessRun } from '../helpers/bpa-in-process';

// bpa's command line runs in process here (a scan, a report): a limit for a loaded machine, not jest's 5 s.
jest.setTimeout(60_000);

/**
 * Issue 11: a German CCR cluster whose public adapter is called "LAN-Intern" (it has the default gateway and
 * its cluster network role 3) and whose private network is second in the network priority list. The word
 * "intern" must not make it private: the scan gives NET-005 and nothing else, in particular none of the
 * four false warnings of a substring match (NET-002, NET-003, NET-007, NET-008).
 */
describe('bpa scan samples/ccr-intern-de', () => {
  let run: InProcessRun;
  let report: Report;
  beforeAll(async () => {
    run = await bpa(['scan', 'samples/ccr-intern-de', '--format', 'json', '--fail-on', 'warning']);
    report = JSON.parse(run.stdout) as Report;
  });

  test('exactly one finding: NET-005 for the cluster, and nothing left unevaluated', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity} ${f.server ?? '-'}`)).toEqual(['NET-005 warning EX2007-CLUSTER']);
    expect(report.notEvaluated).toEqual([]);
  });

  test('none of the false warnings of a name matched by substring', () => {
    const ids = report.findings.map((f) => f.ruleId);
    for (const id of ['NET-002', 'NET-003', 'NET-007', 'NET-008']) expect(ids).not.toContain(id);
  });

  test('the message names the priority order and why Heartbeat is the private network', () => {
    expect(report.findings[0]!.message).toBe(
      'In EX2007-CLUSTER no private network is first in the network priority list for internal cluster communication ' +
        "(order: 1. LAN-Intern, 2. Heartbeat). Private network Heartbeat (private: cluster network 'Heartbeat' has role 1 " +
        "(internal cluster communications only); the network name 'Heartbeat' has the word 'heartbeat').",
    );
  });

  test('in German, with the basis in German', async () => {
    const german = JSON.parse((await bpa(['scan', 'samples/ccr-intern-de', '--format', 'json', '--lang', 'de'])).stdout) as Report;
    expect(german.findings[0]!.message).toContain('Privates Netzwerk Heartbeat (privat: Clusternetzwerk „Heartbeat“ hat Rolle 1');
  });
});

describe('the snapshot of samples/ccr-intern-de', () => {
  const snapshot = collectBundle(readBundle(join(__dirname, '..', '..', 'samples', 'ccr-intern-de')));
  const node = (name: string) => snapshot.servers.find((s) => s.name === name)!;

  test('"LAN-Intern" is public by its network role 3 and the default gateway, on both nodes', () => {
    for (const name of ['EX2007-NODE1', 'EX2007-NODE2']) {
      const lan = node(name).adapters!.find((a) => a.name === 'LAN-Intern')!;
      expect(lan).toMatchObject({ type: 'ethernet', role: 'public', clusterNetwork: 'LAN-Intern' });
      expect(lan.roleBasis!.en).toMatch(/^public: cluster network 'LAN-Intern' has role 3 \(all communications\) and its adapter 'LAN-Intern' on EX2007-NODE1 has the default gateway 192\.168\.10\.1, and the adapter's subnet 192\.168\.10\.0\/24 matches it; the adapter has the default gateway 192\.168\.10\.1$/);
      expect(node(name).firstBoundAdapter).toMatchObject({ name: 'LAN-Intern', role: 'public' });
    }
  });

  test('the cluster: private network Heartbeat second in priority, roles 1 and 3', () => {
    expect(snapshot.clusters[0]).toMatchObject({ privateNetworkPriority: 2, privateNetworkRole: 1, publicNetworkRole: 3 });
    expect(snapshot.clusters[0]).not.toHaveProperty('privateNetworkMayCarryReplication');
  });
});
