import { exchangeBuildOf } from '../../src/snapshot/assemble/exchange-build';
import { installVolumeOf, type InstallPathEvidence } from '../../src/snapshot/assemble/install-volume';
import type { Server } from '../../src/snapshot/schema';
import { server, version } from '../helpers/server-fixture';

/**
 * The install volume and the Exchange build a machine runs, with their whole bases in both languages
 * (derived-os-facts.test.ts has the cases by value).
 */
const MACHINE = server('MBX1', {
  role: 'plannedNode',
  volumes: [{ caption: 'C:', freeSpaceBytes: 1288490189 }, { caption: 'd:', freeSpaceBytes: 1073741824 * 50 }, { caption: 'F:' }],
  systemVolume: { caption: 'C:', freeSpaceBytes: 1288490189, freeSpaceMb: 1228.8 },
});

describe('installVolumeOf', () => {
  test.each([
    [
      'assumed: the system volume',
      { kind: 'assumed' },
      {
        caption: 'C:',
        freeSpaceBytes: 1288490189,
        freeSpaceMb: 1228.8,
        volumeBasis: {
          en: "assumed: setup installs to %ProgramFiles%\\Microsoft\\Exchange Server on the system volume C: unless /TargetDir names another folder (bundle.json's plan names no exchangeInstallPath)",
          de: 'angenommen: Das Setup installiert nach %ProgramFiles%\\Microsoft\\Exchange Server auf dem Systemvolume C:, sofern /TargetDir keinen anderen Ordner nennt (der Plan in bundle.json nennt keinen exchangeInstallPath)',
        },
      },
    ],
    [
      'the plan, on a volume listed in lower case',
      { kind: 'plan', path: 'D:\\Exchange' },
      {
        caption: 'd:',
        installPath: 'D:\\Exchange',
        freeSpaceBytes: 53687091200,
        freeSpaceMb: 51200,
        volumeBasis: {
          en: 'bundle.json plans the installation to D:\\Exchange (plan.exchangeInstallPath)',
          de: 'bundle.json plant die Installation nach D:\\Exchange (plan.exchangeInstallPath)',
        },
      },
    ],
    [
      'DataPath with trailing backslashes, on a volume without its free space',
      { kind: 'dataPath', path: 'f:\\Exchange\\mailbox\\\\', server: 'CMS1' },
      {
        caption: 'F:',
        installPath: 'f:\\Exchange',
        volumeBasis: {
          en: 'Exchange is installed in f:\\Exchange (DataPath in the ex-server.txt of CMS1)',
          de: 'Exchange ist in f:\\Exchange installiert (DataPath in der ex-server.txt von CMS1)',
        },
      },
    ],
    [
      'DataPath that does not end in Mailbox stays as it is',
      { kind: 'dataPath', path: 'C:\\Exchange\\MailboxData', server: 'MBX1' },
      {
        caption: 'C:',
        installPath: 'C:\\Exchange\\MailboxData',
        freeSpaceBytes: 1288490189,
        freeSpaceMb: 1228.8,
        volumeBasis: {
          en: 'Exchange is installed in C:\\Exchange\\MailboxData (DataPath in the ex-server.txt of MBX1)',
          de: 'Exchange ist in C:\\Exchange\\MailboxData installiert (DataPath in der ex-server.txt von MBX1)',
        },
      },
    ],
    [
      'a drive the volume list does not have',
      { kind: 'plan', path: 'e:\\Exchange' },
      {
        caption: 'E:',
        installPath: 'e:\\Exchange',
        volumeBasis: {
          en: 'bundle.json plans the installation to e:\\Exchange (plan.exchangeInstallPath); disks.txt lists no volume E:',
          de: 'bundle.json plant die Installation nach e:\\Exchange (plan.exchangeInstallPath); disks.txt nennt kein Volume E:',
        },
      },
    ],
    [
      'a path without a drive letter',
      { kind: 'plan', path: '\\\\nas\\exchange' },
      {
        caption: '\\\\nas\\exchange',
        installPath: '\\\\nas\\exchange',
        volumeBasis: {
          en: 'bundle.json plans the installation to \\\\nas\\exchange (plan.exchangeInstallPath); the path names no drive letter',
          de: 'bundle.json plant die Installation nach \\\\nas\\exchange (plan.exchangeInstallPath); der Pfad nennt keinen Laufwerksbuchstaben',
        },
      },
    ],
  ] as [string, InstallPathEvidence, unknown][])('%s', (_name, evidence, expected) => {
    expect(installVolumeOf(MACHINE, evidence)).toEqual(expected);
  });

  test('the assumption with a system volume of unknown free space', () => {
    expect(installVolumeOf(server('X', { systemVolume: { caption: 'C:' } }), { kind: 'assumed' })).toEqual({
      caption: 'C:',
      volumeBasis: expect.objectContaining({ en: expect.stringContaining('on the system volume C: unless') }),
    });
  });
});

describe('exchangeBuildOf: the bases', () => {
  const cms = (
    name: string,
    text: string,
    extra: Partial<Server> = {},
    servicePack: number | null = Number(text.split('.')[1]),
  ) =>
    server(name, {
      role: 'clusteredMailboxServer',
      exchange: { version: version(text), ...(servicePack !== null ? { servicePack } : {}) },
      ...extra,
    });

  test.each([
    [
      'an Exchange server of its own, RTM',
      server('HUB1', { role: 'server', exchange: { version: version('8.0.685.24'), servicePack: 0 } }),
      [],
      {
        version: version('8.0.685.24'),
        from: 'HUB1',
        servicePack: 0,
        versionBasis: {
          en: 'AdminDisplayVersion 8.0.685.24 (Exchange 2007 RTM) in ex-server.txt',
          de: 'AdminDisplayVersion 8.0.685.24 (Exchange 2007 RTM) aus ex-server.txt',
        },
      },
    ],
    [
      'an Exchange server without a service pack number',
      server('HUB1', { role: 'server', exchange: { version: version('14.3.123.4') } }),
      [],
      {
        version: version('14.3.123.4'),
        from: 'HUB1',
        versionBasis: {
          en: 'AdminDisplayVersion 14.3.123.4 in ex-server.txt',
          de: 'AdminDisplayVersion 14.3.123.4 aus ex-server.txt',
        },
      },
    ],
    [
      'a node named by the RedundantMachines of two servers of one build',
      server('N1'),
      [
        cms('CMS1', '8.1.240.6', { exchange: { version: version('8.1.240.6'), servicePack: 1, redundantMachines: ['n1'] } }),
        cms('CMS2', '8.1.240.6', { exchange: { version: version('8.1.240.6'), servicePack: 1, redundantMachines: ['N1'] } }),
      ],
      {
        version: version('8.1.240.6'),
        from: 'CMS1',
        servicePack: 1,
        versionBasis: {
          en: "the clustered mailbox server CMS1, CMS2 that this node hosts (its RedundantMachines in ex-mailbox-server.txt name this node) runs 8.1.240.6 (Exchange 2007 SP1) by its ex-server.txt; the node's own Exchange files are not in the bundle",
          de: 'der geclusterte Postfachserver CMS1, CMS2, den dieser Knoten bereitstellt (seine RedundantMachines in ex-mailbox-server.txt nennen diesen Knoten), läuft laut seiner ex-server.txt mit 8.1.240.6 (Exchange 2007 SP1); die Exchange-Dateien des Knotens selbst sind nicht im Bundle',
        },
      },
    ],
    [
      'a node of the cluster of a server without a service pack number',
      server('N1', { cluster: 'CL1' }),
      [cms('CMS1', '8.3.83.6', { cluster: 'CL1' }, null), cms('CMS9', '8.3.83.6', {}, 3)],
      {
        version: version('8.3.83.6'),
        from: 'CMS1',
        versionBasis: {
          en: "the clustered mailbox server CMS1 that this node hosts (it belongs to this node's cluster CL1) runs 8.3.83.6 by its ex-server.txt; the node's own Exchange files are not in the bundle",
          de: 'der geclusterte Postfachserver CMS1, den dieser Knoten bereitstellt (er gehört zum Cluster CL1 dieses Knotens), läuft laut seiner ex-server.txt mit 8.3.83.6; die Exchange-Dateien des Knotens selbst sind nicht im Bundle',
        },
      },
    ],
    ['a node without a cluster, named by none', server('N1'), [cms('CMS1', '8.3.83.6')], undefined],
    [
      'a hosted server without a version',
      server('N1', { cluster: 'CL1' }),
      [server('CMS1', { role: 'clusteredMailboxServer', cluster: 'CL1', exchange: {} })],
      undefined,
    ],
    [
      'a server that is no clustered mailbox server is not hosted',
      server('N1', { cluster: 'CL1' }),
      [server('HUB1', { role: 'server', cluster: 'CL1', exchange: { version: version('8.3.83.6') } })],
      undefined,
    ],
    ['an Exchange server without a version', server('HUB1', { role: 'server', exchange: {} }), [], undefined],
  ] as [string, Server, Server[], unknown][])('%s', (_name, machine, others, expected) => {
    expect(exchangeBuildOf(machine, [machine, ...others])).toEqual(expected);
  });
});
