import { assignExchangeArchitectures } from '../../src/snapshot/assemble/exchange';
import { hardwareOf } from '../../src/snapshot/assemble/machine';
import { megabytesDown } from '../../src/snapshot/assemble/windows-extras';
import type { Server } from '../../src/snapshot/schema';
import { server } from '../helpers/server-fixture';

/** Derived facts the OS, prerequisite, Exchange, system and storage rules read. */
const os = (architecture: 'x86' | 'x64') => ({ name: 'Microsoft(R) Windows(R) Server 2003', architecture });

describe('exchange.architecture: the OS architecture, for a clustered mailbox server its nodes', () => {
  const cms = (redundantMachines?: string[]) =>
    server('CMS1', {
      role: 'clusteredMailboxServer',
      cluster: 'CL1',
      exchange: { edition: 'Enterprise', ...(redundantMachines ? { redundantMachines } : {}) },
    });
  const archOf = (servers: Server[]) => {
    assignExchangeArchitectures(servers);
    return servers.find((s) => s.name === 'CMS1')!.exchange!.architecture;
  };

  test('both nodes x64 → x64; one x86 node → x86', () => {
    expect(archOf([cms(['N1', 'N2']), server('N1', { os: os('x64') }), server('N2', { os: os('x64') })])).toBe('x64');
    expect(archOf([cms(['N1', 'N2']), server('N1', { os: os('x64') }), server('N2', { os: os('x86') })])).toBe('x86');
  });

  test('a named node missing from the bundle, or without systeminfo, leaves it unknown', () => {
    expect(archOf([cms(['N1', 'N2']), server('N1', { os: os('x64') })])).toBeUndefined();
    expect(archOf([cms(['N1', 'N2']), server('N1', { os: os('x64') }), server('N2', {})])).toBeUndefined();
  });

  test('without RedundantMachines the nodes of its cluster count', () => {
    const nodes = [server('N1', { cluster: 'CL1', os: os('x64') }), server('N9', { cluster: 'OTHER', os: os('x86') })];
    expect(archOf([cms(), ...nodes])).toBe('x64');
    expect(archOf([{ ...cms(), cluster: undefined } as Server, ...nodes])).toBeUndefined();
  });

  test('a server with its own Exchange takes its own OS; a server without Exchange gets nothing', () => {
    const hub = server('HUB1', { role: 'server', os: os('x86'), exchange: { edition: 'Standard' } });
    const node = server('N1', { os: os('x86') });
    assignExchangeArchitectures([hub, node]);
    expect(hub.exchange!.architecture).toBe('x86');
    expect(node.exchange).toBeUndefined();
  });
});

describe('hardware.hypervisor: Hyper-V and Virtual Server 2005 told apart where the architecture allows', () => {
  const microsoftVm = (architecture?: 'x86' | 'x64') =>
    hardwareOf({
      manufacturer: 'Microsoft Corporation',
      model: 'Virtual Machine',
      os: { name: 'Microsoft(R) Windows(R) Server 2003', ...(architecture ? { architecture } : {}) },
    });

  test.each([
    ['x64', 'Hyper-V'],
    ['x86', 'Hyper-V or Virtual Server'],
    [undefined, 'Hyper-V or Virtual Server'],
  ] as const)('a %s guest of Microsoft virtualization is %s', (architecture, hypervisor) => {
    expect(microsoftVm(architecture)).toMatchObject({ virtualMachine: true, hypervisor });
  });

  test('other hypervisors are not touched', () => {
    expect(
      hardwareOf({
        manufacturer: 'VMware, Inc.',
        model: 'VMware Virtual Platform',
        os: { name: 'Windows', architecture: 'x64' },
      }),
    ).toMatchObject({ hypervisor: 'VMware' });
  });
});

describe('megabytesDown: MB rounded down to 0.1, so that a threshold compares exactly', () => {
  test.each([
    [758120448, 723],
    [758120447, 722.9],
    [16777216, 16],
    [16711680, 15.9],
    [524288, 0.5],
    [0, 0],
  ])('%d bytes → %d MB', (bytes, mb) => {
    expect(megabytesDown(bytes)).toBe(mb);
  });
});
