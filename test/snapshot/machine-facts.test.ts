import type { SysteminfoOs } from '../../collectors/sources/systeminfo';
import { hardwareOf, osOf } from '../../src/snapshot/assemble/machine';

/**
 * The OS of a machine as the snapshot carries it (osOf: systeminfo's values, the support class and the
 * service pack with their bases, a note for a name bpa cannot classify) and its hardware (a virtual
 * machine and its hypervisor by manufacturer and model). os-family.test.ts has the classes themselves.
 */
const S2003 = 'Microsoft(R) Windows(R) Server 2003, Enterprise Edition';
const os2003 = (extra: Partial<SysteminfoOs> = {}): SysteminfoOs => ({
  name: S2003,
  nameLine: 3,
  version: '5.2.3790',
  versionText: '5.2.3790 Service Pack 2 Build 3790',
  versionLine: 4,
  servicePack: 2,
  servicePackText: 'Service Pack 2',
  build: 3790,
  edition: 'Enterprise',
  release: '2003',
  architecture: 'x64',
  productType: 'server',
  ...extra,
});

describe('osOf', () => {
  test('no systeminfo, no OS, or an OS without a name: nothing (nothing else can be trusted)', () => {
    expect(osOf(undefined)).toEqual({});
    expect(osOf({})).toEqual({});
    expect(osOf({ os: { version: '5.2.3790', servicePack: 2 } })).toEqual({});
  });

  test('Windows Server 2003 SP2: every value of systeminfo, the class and both bases, no note', () => {
    expect(osOf({ os: os2003() })).toEqual({
      os: {
        name: S2003,
        version: '5.2.3790',
        build: 3790,
        servicePack: 2,
        servicePackBasis: {
          en: 'the OS version "5.2.3790 Service Pack 2 Build 3790" (systeminfo.txt line 4) names "Service Pack 2"',
          de: 'die Betriebssystemversion „5.2.3790 Service Pack 2 Build 3790“ (systeminfo.txt Zeile 4) nennt „Service Pack 2“',
        },
        release: '2003',
        edition: 'Enterprise',
        architecture: 'x64',
        productType: 'server',
        family: 'Windows Server 2003 SP2',
        familyBasis: {
          en: `Windows Server 2003 SP2: OS name "${S2003}" (systeminfo.txt line 3); version 5.2.3790 (systeminfo.txt line 4) on a server agrees; service pack 2`,
          de: `Windows Server 2003 SP2: Betriebssystemname „${S2003}“ (systeminfo.txt Zeile 3); Version 5.2.3790 (systeminfo.txt Zeile 4) als Server passt dazu; Service Pack 2`,
        },
      },
    });
  });

  test('a name alone: only the name and an unknown class with its basis', () => {
    const { os, note } = osOf({ os: { name: S2003 } });
    expect(note).toBeUndefined();
    expect(Object.keys(os!).sort()).toEqual(['familyBasis', 'name']);
    expect(os!.familyBasis!.en).not.toBe('');
  });

  test('an unknown service pack has no service pack basis', () => {
    const { os } = osOf({ os: os2003({ servicePack: undefined, servicePackText: undefined }) });
    expect(os).not.toHaveProperty('servicePackBasis');
    expect(os).not.toHaveProperty('family');
  });

  test.each([
    [
      'a name bpa cannot classify, decided by version and product type: a note with the line',
      { name: 'Microsoft Windows Embedded Standard', nameLine: 7, version: '6.1.7601', productType: 'workstation' as const },
      'Windows 7',
      {
        line: 7,
        message:
          'OS name "Microsoft Windows Embedded Standard" is not one bpa can classify; classified as Windows 7 by its version and product type',
      },
    ],
    [
      'a name bpa cannot classify, left unknown: a note without a line when none is known',
      { name: 'Microsoft Windows Home Server', version: '5.2.3790', servicePack: 2, productType: 'server' as const },
      undefined,
      {
        message:
          'OS name "Microsoft Windows Home Server" is not one bpa can classify; the OS support class is unknown, so OS-001 is not evaluated',
      },
    ],
  ])('%s', (_name, os, family, note) => {
    const out = osOf({ os });
    expect(out.os?.family).toBe(family);
    expect(out.note).toEqual(note);
  });
});

describe('hardwareOf', () => {
  test.each([
    ['no systeminfo', undefined, undefined],
    ['neither manufacturer nor model', { os: { name: 'Windows' } }, undefined],
    [
      'physical hardware',
      { manufacturer: 'HP', model: 'ProLiant DL380 G5' },
      { manufacturer: 'HP', model: 'ProLiant DL380 G5', virtualMachine: false },
    ],
    ['a model alone', { model: 'ProLiant DL380 G5' }, { model: 'ProLiant DL380 G5', virtualMachine: false }],
    [
      'VMware',
      { manufacturer: 'VMware, Inc.', model: 'VMware Virtual Platform' },
      { virtualMachine: true, hypervisor: 'VMware' },
    ],
    ['Xen by its model', { manufacturer: 'Xen', model: 'HVM domU' }, { virtualMachine: true, hypervisor: 'Xen' }],
    ['a word containing xen is no Xen', { manufacturer: 'Xenon Systems', model: 'X1' }, { virtualMachine: false }],
    ['VirtualBox', { manufacturer: 'innotek GmbH', model: 'VirtualBox' }, { virtualMachine: true, hypervisor: 'VirtualBox' }],
    ['QEMU', { manufacturer: 'QEMU', model: 'Standard PC' }, { virtualMachine: true, hypervisor: 'KVM/QEMU' }],
    ['Bochs', { manufacturer: 'Bochs', model: 'Bochs' }, { virtualMachine: true, hypervisor: 'KVM/QEMU' }],
    [
      'Parallels',
      { manufacturer: 'Parallels Software International Inc.', model: 'Parallels Virtual Platform' },
      { virtualMachine: true, hypervisor: 'Parallels' },
    ],
    [
      'Microsoft virtualization, model first',
      { manufacturer: 'Virtual Machine', model: 'Microsoft Corporation' },
      { virtualMachine: true, hypervisor: 'Hyper-V or Virtual Server' },
    ],
    [
      'a Microsoft machine that is no virtual one',
      { manufacturer: 'Microsoft Corporation', model: 'Surface Pro' },
      { virtualMachine: false },
    ],
  ])('%s', (_name, info, expected) => {
    const hardware = hardwareOf(info);
    if (expected === undefined) expect(hardware).toBeUndefined();
    else expect(hardware).toMatchObject(expected);
    if (hardware && !hardware.virtualMachine) expect(hardware).not.toHaveProperty('hypervisor');
  });

  test('a virtual machine says why its hypervisor high availability is not known', () => {
    expect(hardwareOf({ manufacturer: 'VMware, Inc.', model: 'VMware Virtual Platform' })).toEqual({
      manufacturer: 'VMware, Inc.',
      model: 'VMware Virtual Platform',
      virtualMachine: true,
      hypervisor: 'VMware',
      hypervisorHighAvailabilityBasis: {
        en: "not collected: from inside the guest bpa cannot see whether the hypervisor's own high availability or migration (VMware HA or VMotion, Hyper-V host clustering or Quick Migration) covers this virtual machine",
        de: 'nicht erfasst: Aus dem Gast heraus sieht bpa nicht, ob Hochverfügbarkeit oder Migration des Hypervisors (VMware HA oder VMotion, Hyper-V-Hostclustering oder Schnellmigration) diese virtuelle Maschine abdecken',
      },
    });
    expect(hardwareOf({ manufacturer: 'HP', model: 'ProLiant' })).not.toHaveProperty('hypervisorHighAvailabilityBasis');
  });
});
