import { readFixture } from '../../test/helpers/parser-robustness';
import { parseSysteminfo, type SysteminfoFacts } from './systeminfo';

/**
 * The OS facts of systeminfo.txt on every real capture at hand (test/fixtures/systeminfo, the corpus) and
 * on the crafted Dutch and French ones: the service pack (RTM when none is named), the product type, and in
 * a language bpa does not read, what the values still tell by their form.
 */
const FILE = 'systeminfo.txt';
const parse = (text: string) => parseSysteminfo({ text, file: FILE });
const read = (name: string) => readFixture(name.includes('/') ? name : `systeminfo/${name}`);

type Row = [
  file: string,
  language: 'en' | 'de' | undefined,
  expected: Partial<NonNullable<SysteminfoFacts['os']>> & { manufacturer?: string; model?: string; hostName?: string },
];

const CAPTURES: Row[] = [
  [
    'srv_2003_rtm_x86_standard_en-us_systeminfo.txt',
    'en',
    {
      name: 'Microsoft(R) Windows(R) Server 2003, Standard Edition',
      versionText: '5.2.3790 Build 3790',
      servicePack: 0,
      servicePackText: '',
      productType: 'server',
      architecture: 'x86',
    },
  ],
  [
    'corpus/systeminfo/srv_2003_sp1_x64_standard_en-us_systeminfo.txt',
    'en',
    {
      servicePack: 1,
      servicePackText: 'Service Pack 1',
      productType: 'server',
      architecture: 'x64',
      manufacturer: 'VMware, Inc.',
    },
  ],
  [
    'srv_2008_rtm_x64_standard_en-us_systeminfo.txt',
    'en',
    { name: 'Microsoftr Windows Serverr 2008 Standard', release: '2008', servicePack: 1, productType: 'server' },
  ],
  [
    'srv_2008r2_sp1_x64_standard_en-us_systeminfo.txt',
    'en',
    { release: '2008 R2', version: '6.1.7601', servicePack: 1, architecture: 'x64' },
  ],
  [
    'vista_x64_sp0_systeminfo.txt',
    'en',
    { name: 'Microsoftr Windows VistaT Enterprise', servicePack: 0, servicePackText: 'N/A', productType: 'workstation' },
  ],
  [
    'xp_rtm_x86_professional_en-us_systeminfo.txt',
    'en',
    { versionText: '5.1.2600 Build 2600', servicePack: 0, productType: 'workstation', architecture: 'x86' },
  ],
  ['xp_sp2_x64_systeminfo.txt', 'en', { version: '5.2.3790', servicePack: 2, productType: 'workstation', architecture: 'x64' }],
  [
    '11_24H2_x64_enterprise_systeminfo.txt',
    'en',
    { version: '10.0.26100', build: 26100, servicePack: 0, productType: 'workstation' },
  ],
  [
    '10_1803_x86_enterprise_nl_systeminfo.txt',
    'en',
    { name: 'Microsoft Windows 10 Enterprise', architecture: 'x86', hostName: 'DESKTOP-LFQSJM4' },
  ],
  [
    'corpus/systeminfo/7_sp1_x64_ultimaten_de_systeminfo.txt',
    'de',
    { servicePack: 1, productType: 'workstation', manufacturer: 'LENOVO' },
  ],
  // Languages bpa does not read: the values are still read by their form; the product type is not.
  [
    '10_1803_x64_pro_it_systeminfo.txt',
    undefined,
    {
      name: 'Microsoft Windows 10 Pro',
      versionText: '10.0.17134 N/D build 17134',
      servicePack: 0,
      servicePackText: 'N/D',
      architecture: 'x64',
      manufacturer: 'HP',
      model: 'HP EliteOne 800 G2 23-in Non-Touch AiO',
      hostName: 'PC044',
    },
  ],
  [
    '10_1809_x64_education_es_systeminfo.txt',
    undefined,
    { name: 'Microsoft Windows 10 Education', servicePackText: 'N/D', servicePack: 0 },
  ],
  [
    'srv_2012r2_x64_standard_ru_systeminfo.txt',
    undefined,
    {
      name: 'Майкрософт Ознакомительная версия Windows Server 2012 R2 Standard',
      release: '2012 R2',
      servicePackText: 'Н/Д',
      servicePack: 0,
      manufacturer: 'innotek GmbH',
      model: 'VirtualBox',
    },
  ],
  [
    '10_1809_x64_enterprise_zh-cn_systeminfo.txt',
    undefined,
    { version: '10.0.17763', servicePack: 0, architecture: 'x64', model: 'VMware7,1' },
  ],
  [
    '7_sp1_x64_enterprise_fr_systeminfo_cmd.txt',
    undefined,
    { versionText: '6.1.7601 Service Pack 1 version 7601', servicePack: 1, manufacturer: 'VMware, Inc.' },
  ],
  [
    '10_22H2_x64_pro_nl_crafted_systeminfo.txt',
    undefined,
    {
      name: 'Microsoft Windows 10 Pro',
      version: '10.0.19045',
      servicePack: 0,
      servicePackText: 'N.v.t.',
      architecture: 'x64',
      manufacturer: 'Dell Inc.',
      model: 'OptiPlex 7050',
      hostName: 'PC-BEHEER-04',
    },
  ],
  [
    'srv_2003_sp2_x64_enterprise_fr_crafted_systeminfo.txt',
    undefined,
    {
      name: 'Microsoft(R) Windows(R) Server 2003 Enterprise x64 Edition',
      release: '2003',
      edition: 'Enterprise',
      servicePack: 2,
      architecture: 'x64',
      manufacturer: 'HP',
      model: 'ProLiant DL380 G5',
      hostName: 'EXCLU-NOEUD1',
    },
  ],
];

describe('OS facts of real and crafted captures', () => {
  test.each(CAPTURES)('%s', (file, language, expected) => {
    const { facts, language: detected } = parse(read(file));
    expect(detected).toBe(language);
    const { manufacturer, model, hostName, ...os } = expected;
    expect(facts.os).toMatchObject(os);
    if (manufacturer !== undefined) expect(facts.manufacturer).toBe(manufacturer);
    if (model !== undefined) expect(facts.model).toBe(model);
    if (hostName !== undefined) expect(facts.hostName).toBe(hostName);
    if (language === undefined) expect(facts.os?.productType).toBeUndefined();
  });

  test('Dutch output is not taken for German because it shares the label "Hotfix(es):"', () => {
    const { language, diagnostics } = parse(read('10_22H2_x64_pro_nl_crafted_systeminfo.txt'));
    expect(language).toBeUndefined();
    expect(diagnostics.map((d) => d.message)).toEqual([
      'unsupported language (Dutch labels)',
      'read without labels: OS name (line 3), OS version (line 4), system type (line 15), host name (line 2), system manufacturer and model (lines 13-14, before the system type), 4 KB numbers of hotfix items',
    ]);
  });

  test('labels bpa cannot even name (Chinese read through the wrong code page) still give the values', () => {
    const { diagnostics, facts } = parse(read('10_1809_x64_enterprise_zh-cn_systeminfo.txt'));
    expect(diagnostics[0]).toEqual({
      file: FILE,
      severity: 'warning',
      message: 'unsupported language (labels bpa does not know)',
    });
    expect(facts.hotfixes).toEqual(['KB4464455']);
  });

  test('the date fields of a foreign capture are never taken for the OS version', () => {
    const ru = read('srv_2012r2_x64_standard_ru_systeminfo.txt');
    const withoutVersion = ru.replace(/^.*6\.3\.9600.*$/m, '');
    expect(parse(withoutVersion).facts.os?.version).toBeUndefined();
  });
});

describe('the service pack in the OS version', () => {
  const en2003 = read('corpus/systeminfo/srv_2003_sp1_x64_standard_en-us_systeminfo.txt');
  const withVersion = (value: string) => parse(en2003.replace('5.2.3790 Service Pack 1 Build 3790', value));

  test.each([
    ['5.2.3790 Build 3790', 0, ''],
    ['5.2.3790 N/A Build 3790', 0, 'N/A'],
    ['5.2.3790 Nicht verfügbar Build 3790', 0, 'Nicht verfügbar'],
    ['5.2.3790 Service Pack 1 Build 3790', 1, 'Service Pack 1'],
    ['5.2.3790 Service Pack 2 Build 3790', 2, 'Service Pack 2'],
    ['5.1.2600 Service Pack 3 Build 2600', 3, 'Service Pack 3'],
  ])('%j: service pack %d', (value, servicePack, servicePackText) => {
    const { facts, diagnostics } = withVersion(value);
    expect(facts.os).toMatchObject({ servicePack, servicePackText, versionLine: 4 });
    expect(diagnostics).toEqual([]);
  });

  test.each([
    ['5.2.3790 Beta 2 Build 3790', 'OS version "5.2.3790 Beta 2 Build 3790" names no service pack bpa can read'],
    ['5.2.3790', 'OS version "5.2.3790" ends after the version number: service pack unknown'],
  ])('%j leaves the service pack unknown and says so', (value, message) => {
    const { facts, diagnostics } = withVersion(value);
    expect(facts.os?.servicePack).toBeUndefined();
    expect(facts.os?.version).toBe('5.2.3790');
    expect(diagnostics).toEqual([{ file: FILE, line: 4, severity: 'warning', message }]);
  });

  test('the product type comes from the words of the OS configuration', () => {
    const config = (value: string) => parse(en2003.replace('Standalone Server', value)).facts.os?.productType;
    expect([config('Member Workstation'), config('Primary Domain Controller'), config('Member Server')]).toEqual([
      'workstation',
      'domainController',
      'server',
    ]);
    const unknown = parse(en2003.replace('Standalone Server', 'Cluster Virtual Server'));
    expect(unknown.facts.os?.productType).toBe('server');
    const odd = parse(en2003.replace('Standalone Server', 'Something Else'));
    expect(odd.facts.os?.productType).toBeUndefined();
    expect(odd.diagnostics).toEqual([
      { file: FILE, line: 6, severity: 'info', message: 'unknown OS configuration "Something Else"' },
    ]);
  });
});

describe('text that is no systeminfo output', () => {
  test('a Windows caption without an OS version is not enough', () => {
    const { facts, diagnostics } = parse('Naam:     Microsoft Windows 10 Pro\r\nGebruiker:    Windows-gebruiker\r\n');
    expect(facts).toEqual({});
    expect(diagnostics.map((d) => d.severity)).toEqual(['error']);
  });
});
