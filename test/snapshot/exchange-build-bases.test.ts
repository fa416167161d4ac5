import { assignExchangeBuilds, exchangeBuildOf, servicePackName } from '../../src/snapshot/assemble/exchange-build';
import { server, version } from '../helpers/server-fixture';

/**
 * The Exchange build of a machine (server.exchangeBuild) at its edges: the service pack's name, a planned node
 * that already has Exchange facts, a node that the clustered mailbox server of its cluster does not name, a
 * build without a service pack, and the assignment over a bundle's servers.
 */

describe('servicePackName', () => {
  test.each([
    [undefined, '?'],
    [0, 'RTM'],
    [1, 'SP1'],
    [3, 'SP3'],
  ])('%p → %s', (sp, name) => {
    expect(servicePackName(sp)).toBe(name);
  });
});

describe('exchangeBuildOf at its edges', () => {
  test('a planned node has no build even when Exchange facts are at hand (Exchange is not installed yet)', () => {
    const planned = server('MBX1', { role: 'plannedNode', exchange: { version: version('8.1.240.6'), servicePack: 1 } });
    expect(exchangeBuildOf(planned, [planned])).toBeUndefined();
  });

  test('a clustered mailbox server that names other nodes is not hosted by this one; its cluster decides', () => {
    const node = server('NODE3', { cluster: 'CL1' });
    const cms = server('CMS1', {
      role: 'clusteredMailboxServer',
      cluster: 'CL1',
      exchange: { version: version('8.1.240.6'), servicePack: 1, redundantMachines: ['NODE1', 'NODE2'] },
    });
    expect(exchangeBuildOf(node, [node, cms])?.versionBasis).toEqual({
      en: "the clustered mailbox server CMS1 that this node hosts (it belongs to this node's cluster CL1) runs 8.1.240.6 (Exchange 2007 SP1) by its ex-server.txt; the node's own Exchange files are not in the bundle",
      de: 'der geclusterte Postfachserver CMS1, den dieser Knoten bereitstellt (er gehört zum Cluster CL1 dieses Knotens), läuft laut seiner ex-server.txt mit 8.1.240.6 (Exchange 2007 SP1); die Exchange-Dateien des Knotens selbst sind nicht im Bundle',
    });
  });

  test('a hosted build whose service pack is unknown has no servicePack and names none', () => {
    const node = server('N1');
    const cms = server('CMS1', {
      role: 'clusteredMailboxServer',
      exchange: { version: version('8.1.240.6'), redundantMachines: ['N1'] },
    });
    const build = exchangeBuildOf(node, [node, cms]);
    expect(build).not.toHaveProperty('servicePack');
    expect(build?.versionBasis.en).toBe(
      "the clustered mailbox server CMS1 that this node hosts (its RedundantMachines in ex-mailbox-server.txt name this node) runs 8.1.240.6 by its ex-server.txt; the node's own Exchange files are not in the bundle",
    );
  });

  test("an Exchange server's own build without a service pack", () => {
    const hub = server('HUB1', { role: 'server', exchange: { version: version('8.0.685.24') } });
    const build = exchangeBuildOf(hub, [hub]);
    expect(build).not.toHaveProperty('servicePack');
    expect(build?.versionBasis).toEqual({
      en: 'AdminDisplayVersion 8.0.685.24 in ex-server.txt',
      de: 'AdminDisplayVersion 8.0.685.24 aus ex-server.txt',
    });
  });
});

describe('assignExchangeBuilds', () => {
  test('sets the build where one is known and leaves the others without one', () => {
    const hub = server('HUB1', { role: 'server', exchange: { version: version('8.3.83.6'), servicePack: 3 } });
    const bare = server('DC1', { role: 'server' });
    const node = server('N1', { cluster: 'CL1' });
    const servers = [hub, bare, node];
    assignExchangeBuilds(servers);
    expect(hub.exchangeBuild).toMatchObject({ from: 'HUB1', servicePack: 3, version: { text: '8.3.83.6' } });
    expect(bare).not.toHaveProperty('exchangeBuild');
    expect(node).not.toHaveProperty('exchangeBuild');
  });
});
