import type { ProductType, SysteminfoOs } from '../../collectors/sources/systeminfo';
import { osFamilyOf } from '../../src/snapshot/assemble/os-family';
import { servicePackBasisOf } from '../../src/snapshot/assemble/os-service-pack';
import type { OsFamily } from '../../src/snapshot/schema';

/**
 * The OS support class (server.os.family), table-driven with its boundaries: RTM and SP1, 2003 and R2,
 * Windows 10 and 11 (build 22000), the product type deciding between a workstation and a server on the same
 * version, conflicting evidence, an OS name bpa cannot classify.
 */
const os = (
  name: string,
  version?: string,
  servicePack?: number,
  productType?: ProductType,
): SysteminfoOs & { name: string } => ({
  name,
  nameLine: 3,
  ...(version !== undefined ? { version, versionLine: 4, build: Number(version.split('.')[2]) } : {}),
  ...(servicePack !== undefined ? { servicePack } : {}),
  ...(productType !== undefined ? { productType } : {}),
});

const S2003 = 'Microsoft(R) Windows(R) Server 2003, Enterprise Edition';

const TABLE: [string, SysteminfoOs & { name: string }, OsFamily | undefined][] = [
  ['Windows 2000 Advanced Server', os('Microsoft Windows 2000 Advanced Server', '5.0.2195', 4, 'server'), 'Windows 2000'],
  [
    'Windows 2000 Professional (a workstation, still Windows 2000)',
    os('Microsoft Windows 2000 Professional', '5.0.2195', 4, 'workstation'),
    'Windows 2000',
  ],
  ['Server 2003 RTM (boundary)', os(S2003, '5.2.3790', 0, 'server'), 'Windows Server 2003 RTM'],
  ['Server 2003 SP1 (boundary)', os(S2003, '5.2.3790', 1, 'server'), 'Windows Server 2003 SP1'],
  ['Server 2003 SP2', os(S2003, '5.2.3790', 2, 'server'), 'Windows Server 2003 SP2'],
  ['Server 2003 with an unreadable service pack', os(S2003, '5.2.3790', undefined, 'server'), undefined],
  [
    'Server 2003 R2 named as R2',
    os('Microsoft(R) Windows(R) Server 2003 R2, Enterprise x64 Edition', '5.2.3790', 2),
    'Windows Server 2003 R2',
  ],
  [
    'Storage Server 2003 R2 with its service pack unknown (R2 is SP1 or later)',
    os('Microsoft Windows Storage Server 2003 R2', '5.2.3790'),
    'Windows Server 2003 R2',
  ],
  [
    'R2 named but no service pack: conflicting (R2 is built on SP1)',
    os('Microsoft Windows Server 2003 R2', '5.2.3790', 0),
    undefined,
  ],
  ['Windows XP RTM', os('Microsoft Windows XP Professional', '5.1.2600', 0, 'workstation'), 'Windows XP'],
  [
    'XP x64 on version 5.2 like Server 2003',
    os('Microsoft(R) Windows(R) XP Professional x64 Edition', '5.2.3790', 2, 'workstation'),
    'Windows XP',
  ],
  ['Vista through the OEM code page', os('Microsoftr Windows VistaT Enterprise', '6.0.6000', 0, 'workstation'), 'Windows Vista'],
  ['Windows 7 with a non-breaking blank', os('Microsoft Windows\u00a07 Entreprise N', '6.1.7601', 1), 'Windows 7'],
  ['Windows 8', os('Microsoft Windows 8 Pro', '6.2.9200', 0, 'workstation'), 'Windows 8'],
  ['Windows 8.1', os('Microsoft Windows 8.1 Enterprise', '6.3.9600', 0, 'workstation'), 'Windows 8.1'],
  ['Windows 10 22H2 (build 19045)', os('Microsoft Windows 10 Pro', '10.0.19045', 0), 'Windows 10'],
  ['Windows 11 24H2 (build 26100)', os('Microsoft Windows 11 Enterprise LTSC', '10.0.26100', 0, 'workstation'), 'Windows 11'],
  [
    'Server 2008 through the OEM code page',
    os('Microsoftr Windows Serverr 2008 Standard', '6.0.6001', 1, 'server'),
    'Windows Server 2008',
  ],
  ['Server 2008 R2', os('Microsoft Windows Server 2008 R2 Enterprise', '6.1.7601', 1, 'server'), 'Windows Server 2008 R2'],
  [
    'Small Business Server 2008',
    os('Microsoft Windows Small Business Server 2008 Premium', '6.0.6002', 2, 'domainController'),
    'Windows Server 2008',
  ],
  ['Hyper-V Server 2008 R2', os('Microsoft Hyper-V Server 2008 R2', '6.1.7601', 1, 'server'), 'Windows Server 2008 R2'],
  ['Server 2012 R2', os('Microsoft Windows Server 2012 R2 Standard', '6.3.9600', 0, 'server'), 'Windows Server 2012+'],
  [
    'Server 2016 on version 10.0',
    os('Microsoft Windows Server 2016 Datacenter', '10.0.14393', 0, 'server'),
    'Windows Server 2012+',
  ],
  [
    'a Russian caption without "Microsoft"',
    os('Майкрософт Ознакомительная версия Windows Server 2012 R2 Standard', '6.3.9600', 0),
    'Windows Server 2012+',
  ],
  // Conflicting evidence: the name against the version or the product type.
  ['the name says Windows 10, the version 6.1', os('Microsoft Windows 10 Pro', '6.1.7601', 1), undefined],
  [
    'the name says Windows 10, the build 22000 is Windows 11 (boundary)',
    os('Microsoft Windows 10 Pro', '10.0.22000', 0, 'workstation'),
    undefined,
  ],
  [
    'the name says Windows 10, the build 21999 agrees (boundary)',
    os('Microsoft Windows 10 Pro', '10.0.21999', 0, 'workstation'),
    'Windows 10',
  ],
  ['the name says Server 2003, the product type workstation', os(S2003, '5.2.3790', 2, 'workstation'), undefined],
  [
    'the name says Server 2008, the version 6.1 is 2008 R2',
    os('Microsoft Windows Server 2008 Enterprise', '6.1.7600', 0, 'server'),
    undefined,
  ],
  // Names bpa cannot classify: only version and product type that can never pass may decide.
  [
    'Windows Embedded Standard on 6.1 as a workstation',
    os('Microsoft Windows Embedded Standard', '6.1.7601', 1, 'workstation'),
    'Windows 7',
  ],
  ['an unknown name on 10.0 as a server', os('Microsoft Windows Server Next', '10.0.26100', 0, 'server'), 'Windows Server 2012+'],
  ['Windows Home Server (5.2, a server): unknown', os('Microsoft Windows Home Server', '5.2.3790', 2, 'server'), undefined],
  ['an unknown name on 6.0 without a product type: unknown', os('Microsoft Windows Foo', '6.0.6002', 2), undefined],
  ['an unknown name and no version: unknown', os('Windows'), undefined],
];

describe('osFamilyOf', () => {
  test.each(TABLE)('%s', (_what, input, family) => {
    const fact = osFamilyOf(input);
    expect(fact.value).toBe(family);
    expect(fact.basis.en).not.toBe('');
    expect(fact.basis.de).not.toBe(fact.basis.en);
  });

  test('the basis names the evidence and its lines, in both languages', () => {
    expect(osFamilyOf(os(S2003, '5.2.3790', 0, 'server')).basis).toEqual({
      en: `Windows Server 2003 RTM: OS name "${S2003}" (systeminfo.txt line 3); version 5.2.3790 (systeminfo.txt line 4) on a server agrees; no service pack (RTM)`,
      de: `Windows Server 2003 RTM: Betriebssystemname „${S2003}“ (systeminfo.txt Zeile 3); Version 5.2.3790 (systeminfo.txt Zeile 4) als Server passt dazu; kein Service Pack (RTM)`,
    });
    expect(osFamilyOf(os('Microsoft Windows 10 Pro', '6.1.7601', 1)).basis.en).toBe(
      'conflicting evidence: the OS name "Microsoft Windows 10 Pro" (systeminfo.txt line 3) says Windows 10, but version 6.1.7601 (systeminfo.txt line 4) is Windows 7 or Windows Server 2008 R2',
    );
  });

  test('a name bpa cannot classify is reported, whether or not version and product type decide', () => {
    expect(osFamilyOf(os('Microsoft Windows Home Server', '5.2.3790', 2, 'server'))).toMatchObject({ nameRecognised: false });
    expect(osFamilyOf(os('Microsoft Windows Embedded Standard', '6.1.7601', 1, 'workstation'))).toMatchObject({
      value: 'Windows 7',
      nameRecognised: false,
    });
    expect(osFamilyOf(os('Microsoft Windows 10 Pro', '6.1.7601', 1)).nameRecognised).toBe(true);
  });
});

describe('servicePackBasisOf', () => {
  const withVersion = (versionText: string, servicePack: number | undefined, servicePackText?: string): SysteminfoOs => ({
    versionText,
    versionLine: 4,
    ...(servicePack !== undefined ? { servicePack } : {}),
    ...(servicePackText !== undefined ? { servicePackText } : {}),
  });

  test.each([
    ['5.2.3790 Build 3790', 0, '', 'the OS version "5.2.3790 Build 3790" (systeminfo.txt line 4) names no service pack: RTM'],
    [
      '6.3.9600 N/A Build 9600',
      0,
      'N/A',
      'the OS version "6.3.9600 N/A Build 9600" (systeminfo.txt line 4) names no service pack ("N/A"): RTM',
    ],
    [
      '5.2.3790 Service Pack 1 Build 3790',
      1,
      'Service Pack 1',
      'the OS version "5.2.3790 Service Pack 1 Build 3790" (systeminfo.txt line 4) names "Service Pack 1"',
    ],
  ])('%j', (text, sp, spText, en) => {
    expect(servicePackBasisOf(withVersion(text, sp, spText))?.en).toBe(en);
  });

  test('no basis for an unknown service pack', () => {
    expect(servicePackBasisOf(withVersion('5.2.3790 Beta 2 Build 3790', undefined))).toBeUndefined();
  });
});
