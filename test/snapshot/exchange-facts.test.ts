import { assignExchangeArchitectures, exchangeOf } from '../../src/snapshot/assemble/exchange';
import type { Server } from '../../src/snapshot/schema';
import { folderOf } from '../helpers/folder-facts';
import { server } from '../helpers/server-fixture';

/**
 * The Exchange facts of a server (its own ex-server.txt entry, else the organization's; ex-mailbox-server.txt)
 * and the architecture of its binaries with the basis naming the Windows that shows it, in both languages.
 * derived-facts.test.ts and derived-os-facts.test.ts have the choice of nodes.
 */
const version = { text: 'Version 8.1 (Build 240.6)', major: 8, minor: 1, build: 240, revision: 6 };

describe('exchangeOf', () => {
  const entry = (name: string, extra: Record<string, unknown> = {}) => ({ name, ...extra });
  test.each([
    ['no Exchange source: none', {}, undefined, undefined],
    [
      'its own entry, every value',
      {
        'ex-server.txt': {
          servers: [
            entry('OTHER', { edition: 'Standard' }),
            entry('node1', {
              adminDisplayVersion: version,
              serverRole: ['Mailbox', 'HubTransport'],
              edition: 'Enterprise',
              errorReportingEnabled: false,
              dataPath: 'C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox',
            }),
          ],
        },
      },
      undefined,
      {
        version,
        servicePack: 1,
        roles: ['Mailbox', 'HubTransport'],
        edition: 'Enterprise',
        errorReportingEnabled: false,
        dataPath: 'C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox',
      },
    ],
    [
      'the only entry of its own folder counts whatever its name',
      { 'ex-server.txt': { servers: [entry('CMS1', { edition: 'Enterprise' })] } },
      undefined,
      { edition: 'Enterprise' },
    ],
    [
      'two entries of its own folder, neither its own: none',
      { 'ex-server.txt': { servers: [entry('A', { edition: 'Enterprise' }), entry('B', { edition: 'Standard' })] } },
      undefined,
      undefined,
    ],
    [
      'the organization: only the entry with its name',
      {},
      { 'ex-server.txt': { servers: [entry('NODE1', { edition: 'Standard', errorReportingEnabled: true })] } },
      { edition: 'Standard', errorReportingEnabled: true },
    ],
    [
      'the organization: the only entry with another name does not count',
      {},
      { 'ex-server.txt': { servers: [entry('HUB1', { edition: 'Standard' })] } },
      undefined,
    ],
    [
      'a version that is not Exchange 2007 has no Exchange 2007 service pack',
      { 'ex-server.txt': { servers: [entry('NODE1', { adminDisplayVersion: { ...version, major: 14, minor: 3 } })] } },
      undefined,
      { version: { ...version, major: 14, minor: 3 } },
    ],
    [
      'the mailbox server of its own name',
      {
        'ex-mailbox-server.txt': {
          servers: [
            { name: 'X', clusteredStorageType: 'Shared' },
            { name: 'Node1', clusteredStorageType: 'NonShared', redundantMachines: ['N1', 'N2'] },
          ],
        },
      },
      undefined,
      { clusteredStorageType: 'NonShared', redundantMachines: ['N1', 'N2'] },
    ],
    [
      'the only mailbox server counts whatever its name',
      { 'ex-mailbox-server.txt': { servers: [{ name: 'CMS1', clusteredStorageType: 'Shared' }] } },
      undefined,
      { clusteredStorageType: 'Shared' },
    ],
    [
      'two mailbox servers, neither its own: none',
      { 'ex-mailbox-server.txt': { servers: [{ name: 'A' }, { name: 'B' }] } },
      undefined,
      undefined,
    ],
  ] as [string, Record<string, unknown>, Record<string, unknown> | undefined, unknown][])(
    '%s',
    (_name, own, organization, expected) => {
      const got = exchangeOf(folderOf('NODE1', own), organization ? folderOf('_organization', organization) : undefined);
      expect(got).toEqual(expected);
    },
  );

  test('its own folder wins over the organization', () => {
    expect(
      exchangeOf(
        folderOf('NODE1', { 'ex-server.txt': { servers: [entry('NODE1', { edition: 'Enterprise' })] } }),
        folderOf('_organization', { 'ex-server.txt': { servers: [entry('NODE1', { edition: 'Standard' })] } }),
      ),
    ).toEqual({ edition: 'Enterprise' });
  });
});

describe('assignExchangeArchitectures: the bases in both languages', () => {
  const os = (architecture: 'x86' | 'x64' | 'ia64') => ({ name: 'Windows Server 2003', architecture });
  const cms = (redundantMachines: string[]) =>
    server('CMS1', { role: 'clusteredMailboxServer', cluster: 'CL1', exchange: { redundantMachines } });
  const decide = (servers: Server[]) => {
    assignExchangeArchitectures(servers);
    const exchange = servers[0]!.exchange!;
    return exchange.architecture === undefined ? undefined : { value: exchange.architecture, basis: exchange.architectureBasis };
  };

  test.each([
    [
      'its own Itanium Windows',
      [server('IA1', { role: 'server', os: os('ia64'), exchange: {} })],
      {
        value: 'ia64',
        basis: { en: 'IA1 runs Itanium Windows (systeminfo.txt)', de: 'IA1 läuft mit Itanium-Windows (systeminfo.txt)' },
      },
    ],
    ['a server without an architecture', [server('S1', { role: 'server', os: { name: 'Windows' }, exchange: {} })], undefined],
    [
      'one x64 node',
      [cms(['n1']), server('N1', { os: os('x64') })],
      {
        value: 'x64',
        basis: {
          en: 'its node N1 runs x64 Windows (systeminfo.txt)',
          de: 'sein Knoten N1 läuft mit x64-Windows (systeminfo.txt)',
        },
      },
    ],
    [
      'two x64 nodes',
      [cms(['N1', 'N2']), server('N1', { os: os('x64') }), server('N2', { os: os('x64') })],
      {
        value: 'x64',
        basis: {
          en: 'its nodes N1, N2 run x64 Windows (systeminfo.txt)',
          de: 'seine Knoten N1, N2 laufen mit x64-Windows (systeminfo.txt)',
        },
      },
    ],
    [
      'two x86 nodes',
      [cms(['N1', 'N2']), server('N1', { os: os('x86') }), server('N2', { os: os('x86') })],
      {
        value: 'x86',
        basis: {
          en: 'its nodes N1, N2 run 32-bit (x86) Windows (systeminfo.txt)',
          de: 'seine Knoten N1, N2 laufen mit 32-Bit-Windows (x86) (systeminfo.txt)',
        },
      },
    ],
    [
      'one x86 node and one node not in the bundle: x86 all the same',
      [cms(['N1', 'N2']), server('N1', { os: os('x86') })],
      {
        value: 'x86',
        basis: {
          en: 'its node N1 runs 32-bit (x86) Windows (systeminfo.txt)',
          de: 'sein Knoten N1 läuft mit 32-Bit-Windows (x86) (systeminfo.txt)',
        },
      },
    ],
    [
      'x64 and Itanium nodes: no one architecture',
      [cms(['N1', 'N2']), server('N1', { os: os('x64') }), server('N2', { os: os('ia64') })],
      undefined,
    ],
    [
      'a named node that is a clustered mailbox server is not a node',
      [cms(['N1']), server('N1', { role: 'server', os: os('x64') })],
      undefined,
    ],
    ['no node at all', [server('CMS1', { role: 'clusteredMailboxServer', exchange: {} })], undefined],
  ] as [string, Server[], unknown][])('%s', (_name, servers, expected) => {
    expect(decide(servers)).toEqual(expected);
  });
});
