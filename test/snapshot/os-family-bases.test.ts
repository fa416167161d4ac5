import type { SysteminfoOs } from '../../collectors/sources/systeminfo';
import { osFamilyOf } from '../../src/snapshot/assemble/os-family';

/**
 * The OS support class with its whole basis in both languages, one row per way it is decided or left unknown
 * (os-family.test.ts has the table of classes).
 */
const S2003 = 'Microsoft(R) Windows(R) Server 2003, Enterprise Edition';
const R2 = 'Microsoft(R) Windows(R) Server 2003 R2, Enterprise Edition';
const os = (name: string, version?: string, servicePack?: number, productType?: SysteminfoOs['productType'], lines = true) => ({
  name,
  ...(lines ? { nameLine: 3 } : {}),
  ...(version ? { version } : {}),
  ...(version && lines ? { versionLine: 4 } : {}),
  ...(servicePack !== undefined ? { servicePack } : {}),
  ...(productType ? { productType } : {}),
});
const NAME = (name: string) => ({
  en: `OS name "${name}" (systeminfo.txt line 3)`,
  de: `Betriebssystemname „${name}“ (systeminfo.txt Zeile 3)`,
});

test.each([
  [
    'Windows Server 2003 SP1 on a domain controller',
    os(S2003, '5.2.3790', 1, 'domainController'),
    'Windows Server 2003 SP1',
    `Windows Server 2003 SP1: ${NAME(S2003).en}; version 5.2.3790 (systeminfo.txt line 4) on a domain controller agrees; service pack 1`,
    `Windows Server 2003 SP1: ${NAME(S2003).de}; Version 5.2.3790 (systeminfo.txt Zeile 4) als Domänencontroller passt dazu; Service Pack 1`,
  ],
  [
    'Windows Server 2003 SP2, no lines known, no version',
    os(S2003, undefined, 2, undefined, false),
    'Windows Server 2003 SP2',
    `Windows Server 2003 SP2: OS name "${S2003}"; service pack 2`,
    `Windows Server 2003 SP2: Betriebssystemname „${S2003}“; Service Pack 2`,
  ],
  [
    'Windows Server 2003 RTM, the version without a product type',
    os(S2003, '5.2.3790', 0),
    'Windows Server 2003 RTM',
    `Windows Server 2003 RTM: ${NAME(S2003).en}; version 5.2.3790 (systeminfo.txt line 4) agrees; no service pack (RTM)`,
    `Windows Server 2003 RTM: ${NAME(S2003).de}; Version 5.2.3790 (systeminfo.txt Zeile 4) passt dazu; kein Service Pack (RTM)`,
  ],
  [
    'Windows Server 2003 with a service pack bpa could not read',
    os(S2003, '5.2.3790', undefined, 'server'),
    undefined,
    `Windows Server 2003 with a service pack bpa could not read: ${NAME(S2003).en}; version 5.2.3790 (systeminfo.txt line 4) on a server agrees`,
    `Windows Server 2003 mit einem Service Pack, das bpa nicht lesen konnte: ${NAME(S2003).de}; Version 5.2.3790 (systeminfo.txt Zeile 4) als Server passt dazu`,
  ],
  [
    'Windows Server 2003 R2 SP2',
    os(R2, '5.2.3790', 2, 'server'),
    'Windows Server 2003 R2',
    `Windows Server 2003 R2: ${NAME(R2).en}; version 5.2.3790 (systeminfo.txt line 4) on a server agrees`,
    `Windows Server 2003 R2: ${NAME(R2).de}; Version 5.2.3790 (systeminfo.txt Zeile 4) als Server passt dazu`,
  ],
  [
    'Windows Server 2003 R2 without a service pack: conflicting',
    os(R2, '5.2.3790', 0, 'server'),
    undefined,
    `conflicting evidence: ${NAME(R2).en}; version 5.2.3790 (systeminfo.txt line 4) on a server agrees; R2 is built on SP1, but the version names no service pack`,
    `widersprüchliche Angaben: ${NAME(R2).de}; Version 5.2.3790 (systeminfo.txt Zeile 4) als Server passt dazu; R2 baut auf SP1 auf, die Version nennt aber kein Service Pack`,
  ],
  [
    'a name that says 2008 on version 6.1 as a server: conflicting',
    os('Microsoft Windows Server 2008 Enterprise', '6.1.7600', 0, 'server'),
    undefined,
    `conflicting evidence: the ${NAME('Microsoft Windows Server 2008 Enterprise').en} says Windows Server 2008, but version 6.1.7600 (systeminfo.txt line 4) on a server is Windows Server 2008 R2`,
    `widersprüchliche Angaben: ${NAME('Microsoft Windows Server 2008 Enterprise').de} nennt Windows Server 2008, aber Version 6.1.7600 (systeminfo.txt Zeile 4) als Server ist Windows Server 2008 R2`,
  ],
  [
    'a name that says Windows 10 on 6.1 without a product type: both products named',
    os('Microsoft Windows 10 Pro', '6.1.7601', 1),
    undefined,
    `conflicting evidence: the ${NAME('Microsoft Windows 10 Pro').en} says Windows 10, but version 6.1.7601 (systeminfo.txt line 4) is Windows 7 or Windows Server 2008 R2`,
    `widersprüchliche Angaben: ${NAME('Microsoft Windows 10 Pro').de} nennt Windows 10, aber Version 6.1.7601 (systeminfo.txt Zeile 4) ist Windows 7 oder Windows Server 2008 R2`,
  ],
  [
    'an unknown name on a workstation version',
    os('Microsoft Windows Embedded Standard', '6.1.7601', 1, 'workstation'),
    'Windows 7',
    `version 6.1.7601 (systeminfo.txt line 4) on a workstation is Windows 7 (the ${NAME('Microsoft Windows Embedded Standard').en} is not one bpa knows)`,
    `Version 6.1.7601 (systeminfo.txt Zeile 4) als Arbeitsstation ist Windows 7 (${NAME('Microsoft Windows Embedded Standard').de} kennt bpa nicht)`,
  ],
  [
    'an unknown name on a server version that may be supported',
    os('Microsoft Windows Home Server', '5.2.3790', 2, 'server'),
    undefined,
    `the ${NAME('Microsoft Windows Home Server').en} is not one bpa can classify`,
    `${NAME('Microsoft Windows Home Server').de} kann bpa keiner Windows-Version zuordnen`,
  ],
  [
    'an unknown name without a version',
    os('Windows', undefined, undefined, undefined, false),
    undefined,
    'the OS name "Windows" is not one bpa can classify',
    'Betriebssystemname „Windows“ kann bpa keiner Windows-Version zuordnen',
  ],
  [
    'a Windows 11 build on a workstation, the name unknown',
    { ...os('Microsoft Windows Next', '10.0.22631', 0, 'workstation'), build: 22631 },
    'Windows 11',
    `version 10.0.22631 (systeminfo.txt line 4) on a workstation is Windows 11 (the ${NAME('Microsoft Windows Next').en} is not one bpa knows)`,
    `Version 10.0.22631 (systeminfo.txt Zeile 4) als Arbeitsstation ist Windows 11 (${NAME('Microsoft Windows Next').de} kennt bpa nicht)`,
  ],
] as [string, SysteminfoOs & { name: string }, string | undefined, string, string][])('%s', (_name, input, value, en, de) => {
  const fact = osFamilyOf(input);
  expect(fact.value).toBe(value);
  expect(fact.basis).toEqual({ en, de });
});

test.each([
  ['Microsoftr Windows Serverr 2008 Enterprise', '6.0.6001', 'Windows Server 2008'],
  ['Microsoft® Windows Server® 2008 R2 Enterprise', '6.1.7601', 'Windows Server 2008 R2'],
  ['Microsoft Windows Server 2003, R2 Standard x64 Edition', '5.2.3790', 'Windows Server 2003 R2'],
  ['Microsoft Windows Server 2012 R2 Standard', '6.3.9600', 'Windows Server 2012+'],
  ['Microsoft Windows Server 2025 Datacenter', '10.0.26100', 'Windows Server 2012+'],
  ['Microsoft Windows 2000 Server', '5.0.2195', 'Windows 2000'],
  ['Microsoft Windows XP Professional', '5.1.2600', 'Windows XP'],
  ['Windows VistaT Business', '6.0.6002', 'Windows Vista'],
  ['Microsoft Windows 8.1 Pro', '6.3.9600', 'Windows 8.1'],
  ['Microsoft Windows 8 Pro', '6.2.9200', 'Windows 8'],
  ['Microsoft Windows 11 Pro', '10.0.22631', 'Windows 11'],
])('the name %s on %s is %s', (name, version, value) => {
  const build = Number(version.split('.')[2]);
  expect(
    osFamilyOf({
      name,
      version,
      build,
      servicePack: 2,
      productType: value.includes('Server') || value === 'Windows 2000' ? 'server' : 'workstation',
    }).value,
  ).toBe(value);
});
