import iconv from 'iconv-lite';
import { decodeCapture } from '../../src/bundle/decode';
import { describeDamagedInput, readFixture, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseSysteminfo, type SysteminfoFacts } from './systeminfo';

const FILE = 'systeminfo.txt';
const read = (name: string) => readFixture(`corpus/systeminfo/${name}`);
const parse = (text: string) => parseSysteminfo({ text, file: FILE });
const en2003 = read('srv_2003_sp1_x64_standard_en-us_systeminfo.txt');
const enR2 = read('srv_2003r2_sp2_x86_standard_en-us_systeminfo.txt');
const de7 = read('7_sp1_x64_ultimaten_de_systeminfo.txt');
const en2012 = read('srv_2012r2_hyperv_en_systeminfo.txt');

describe('parseSysteminfo on real captures', () => {
  it('reads Server 2003 SP1 x64 (VMware guest) in full', () => {
    const result = parse(en2003);
    expect(result.language).toBe('en');
    expect(result.diagnostics).toEqual([]);
    expect(result.facts).toEqual<SysteminfoFacts>({
      hostName: 'WINSRV2K3SP1X64',
      os: {
        name: 'Microsoft(R) Windows(R) Server 2003 Standard x64 Edition',
        nameLine: 3,
        version: '5.2.3790',
        versionText: '5.2.3790 Service Pack 1 Build 3790',
        versionLine: 4,
        servicePack: 1,
        servicePackText: 'Service Pack 1',
        build: 3790,
        edition: 'Standard',
        release: '2003',
        architecture: 'x64',
        productType: 'server',
      },
      manufacturer: 'VMware, Inc.',
      model: 'VMware Virtual Platform',
      domain: 'WORKGROUP',
      totalPhysicalMemoryMb: 1023,
      hotfixes: ['Q147222'],
      hotfixesWithoutKb: 0,
      hotfixesDeclared: 1,
      hotfixListComplete: true,
      networkCards: [
        {
          description: 'Intel(R) PRO/1000 MT Network Connection',
          connectionName: 'Local Area Connection',
          dhcpEnabled: true,
          dhcpServer: '192.168.159.254',
          ipAddresses: ['192.168.159.215'],
          line: 36,
        },
      ],
    });
  });

  it('reads Server 2003 R2 SP2 as release 2003, and its cut list of 352 hotfixes (170 without a KB)', () => {
    const { facts, diagnostics } = parse(enR2);
    expect(facts.os).toMatchObject({
      name: 'Microsoft(R) Windows(R) Server 2003, Standard Edition',
      release: '2003',
      servicePack: 2,
      architecture: 'x86',
    });
    expect(facts.hotfixesDeclared).toBe(352);
    expect(facts.hotfixesWithoutKb).toBe(170);
    expect(facts.hotfixListComplete).toBe(false);
    expect(facts.hotfixes).toEqual(expect.arrayContaining(['Q147222', 'KB2536276', 'KB975558', 'KB2510531', 'KB2862152']));
    expect(facts.hotfixes).not.toContain('KB2862');
    expect(new Set(facts.hotfixes).size).toBe(facts.hotfixes?.length);
    expect(diagnostics).toEqual([
      {
        file: FILE,
        line: 34,
        severity: 'warning',
        message: 'hotfix list incomplete: 352 declared, 240 listed (cut at line 274); the cut row is not read',
      },
    ]);
  });

  it('reads the German Windows 7 capture in German', () => {
    const { facts, diagnostics, language } = parse(de7);
    expect(language).toBe('de');
    expect(facts).toMatchObject({
      hostName: 'OLI7-PC',
      os: {
        name: 'Microsoft Windows 7 Ultimate N',
        version: '6.1.7601',
        servicePack: 1,
        build: 7601,
        edition: 'Ultimate',
        architecture: 'x64',
      },
      manufacturer: 'LENOVO',
      model: '42902BG',
      domain: 'WORKGROUP',
      totalPhysicalMemoryMb: 16155,
      hotfixesDeclared: 263,
      hotfixesWithoutKb: 0,
      hotfixListComplete: false,
    });
    expect(facts.hotfixes).toHaveLength(242);
    expect(facts.networkCards?.map((c) => [c.description, c.connectionName, c.status])).toEqual([
      ['Bluetooth-Gerät (PAN)', 'Bluetooth-Netzwerkverbindung', 'mediaDisconnected'],
      ['Intel(R) 82579LM Gigabit Network Connection', 'LAN-Verbindung', 'mediaDisconnected'],
      ['Intel(R) Centrino(R) Ultimate-N 6300 AGN', 'Drahtlosnetzwerkverbindung', undefined],
      // The capture has no line break after its last line, which may therefore be cut: its status is not read.
      ['TAP-Windows Adapter V9', 'LAN-Verbindung 2', undefined],
    ]);
    expect(facts.networkCards?.[2]).toMatchObject({
      dhcpEnabled: true,
      dhcpServer: '172.30.50.1',
      ipAddresses: ['172.30.50.20', 'fe80::39b6:9daa:3945:f78e'],
    });
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [296, 'truncated: the file ends inside line 296, which is ignored'],
      [33, 'hotfix list incomplete: 263 declared, 245 listed (cut at line 279); the cut row is not read'],
    ]);
  });

  it('reads Server 2012 R2 (Hyper-V guest): no service pack is 0', () => {
    const { facts } = parse(en2012);
    expect(facts.os).toEqual({
      name: 'Microsoft Windows Server 2012 R2 Standard',
      nameLine: 3,
      version: '6.3.9600',
      versionText: '6.3.9600 N/A Build 9600',
      versionLine: 4,
      servicePack: 0,
      servicePackText: 'N/A',
      build: 9600,
      edition: 'Standard',
      release: '2012 R2',
      architecture: 'x64',
      productType: 'server',
    });
    expect(facts).toMatchObject({
      manufacturer: 'Microsoft Corporation',
      model: 'Virtual Machine',
      totalPhysicalMemoryMb: 3555,
      hotfixListComplete: true,
    });
    expect(facts.networkCards).toEqual([
      {
        description: 'Microsoft Hyper-V Network Adapter',
        connectionName: 'Ethernet 2',
        dhcpEnabled: false,
        ipAddresses: ['172.16.32.10'],
        line: 40,
      },
    ]);
  });

  it.each([
    ['Microsoftr Windows Serverr 2008 Enterprise ', '2008', 'Enterprise'],
    ['Microsoft® Windows Server® 2008 R2 Enterprise ', '2008 R2', 'Enterprise'],
    ['Microsoft(R) Windows(R) Server 2003, Datacenter Edition for Itanium-based Systems', '2003', 'Datacenter'],
    ['Microsoft(R) Windows(R) Server 2003 Enterprise x64 Edition', '2003', 'Enterprise'],
    ['Microsoft Windows 2000 Advanced Server', '2000', 'Advanced Server'],
  ])('reads release and edition from %j', (name, release, edition) => {
    const text = en2003.replace('Microsoft(R) Windows(R) Server 2003 Standard x64 Edition', name);
    const os = parse(text).facts.os;
    expect(os?.release).toBe(release);
    expect(os?.edition).toBe(edition);
  });
});

// A German Server 2003 SP2 Enterprise x64 node, laid out like the German capture (value column 47), written
// by cmd in CP850.
const german2003 = [
  '',
  'Hostname:                                      EX2007-NODE1',
  'Betriebssystemname:                            Microsoft(R) Windows(R) Server 2003 Enterprise x64 Edition',
  'Betriebssystemversion:                         5.2.3790 Service Pack 2 Build 3790',
  'Betriebssystemhersteller:                      Microsoft Corporation',
  'Betriebssystemkonfiguration:                   Mitgliedsserver',
  'Systemhersteller:                              HP',
  'Systemmodell:                                  ProLiant DL380 G5',
  'Systemtyp:                                     x64-based PC',
  'Zeitzone:                                      (GMT+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien',
  'Gesamter physikalischer Speicher:              16.383 MB',
  'Domäne:                                        contoso.local',
  'Anmeldeserver:                                 \\\\DC01',
  'Hotfix(es):                                    4 Hotfix(e) installiert.',
  '                                               [01]: File 1',
  '                                               [02]: File 1',
  '                                               [03]: KB921181 - Update',
  '                                               [04]: Q147222',
  'Netzwerkkarte(n):                              2 Netzwerkadapter installiert.',
  '                                               [01]: HP NC373i Multifunction Gigabit Server Adapter',
  '                                                     Verbindungsname: Öffentlich',
  '                                                     DHCP aktiviert:  Nein',
  '                                                     IP-Adresse(n)',
  '                                                     [01]: 10.0.0.11',
  '                                               [02]: HP NC373i Multifunction Gigabit Server Adapter #2',
  '                                                     Verbindungsname: Heartbeat',
  '                                                     Status:          Medien getrennt',
  '',
].join('\r\n');

describe('parseSysteminfo on German Server 2003 output in CP850', () => {
  const text = decodeCapture(iconv.encode(german2003, 'cp850'), 850).text;

  it('reads every fact in German', () => {
    const { facts, diagnostics, language } = parse(text);
    expect(language).toBe('de');
    expect(diagnostics).toEqual([]);
    expect(facts).toEqual<SysteminfoFacts>({
      hostName: 'EX2007-NODE1',
      os: {
        name: 'Microsoft(R) Windows(R) Server 2003 Enterprise x64 Edition',
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
      },
      manufacturer: 'HP',
      model: 'ProLiant DL380 G5',
      domain: 'contoso.local',
      totalPhysicalMemoryMb: 16383,
      hotfixes: ['KB921181', 'Q147222'],
      hotfixesWithoutKb: 2,
      hotfixesDeclared: 4,
      hotfixListComplete: true,
      networkCards: [
        {
          description: 'HP NC373i Multifunction Gigabit Server Adapter',
          connectionName: 'Öffentlich',
          dhcpEnabled: false,
          ipAddresses: ['10.0.0.11'],
          line: 20,
        },
        {
          description: 'HP NC373i Multifunction Gigabit Server Adapter #2',
          connectionName: 'Heartbeat',
          status: 'mediaDisconnected',
          line: 25,
        },
      ],
    });
  });

  it('reads a console copy wrapped at 80 columns like the file', () => {
    const wrapped = wrapAsConsole(text);
    expect(wrapped.split('\r\n').length).toBeGreaterThan(text.split('\r\n').length + 4);
    const { facts, diagnostics } = parse(wrapped);
    expect(diagnostics).toEqual([]);
    const withoutLines = (f: SysteminfoFacts) => {
      const { nameLine: _name, versionLine: _version, ...os } = f.os ?? {};
      return { ...f, os, networkCards: f.networkCards?.map(({ line: _line, ...card }) => card) };
    };
    expect(withoutLines(facts)).toEqual(withoutLines(parse(text).facts));
  });
});

describe('parseSysteminfo in other languages and on other text', () => {
  // French Windows 7, as in wesng's capture (value column 44, non-breaking blanks before colons).
  const french = [
    '',
    "Nom de l'hôte:                              WIN-IDKKFN87EL8",
    "Nom du système d'exploitation:              Microsoft Windows 7 Entreprise N ",
    'Version du système:                         6.1.7601 Service Pack 1 version 7601',
    'Correctif(s):                               2 Corrections installées.',
    '                                            [01]: KB2491683',
    '                                            [02]: KB2506014',
    'Carte(s) réseau:                            1 carte(s) réseau installée(s).',
    '                                            [01]: Connexion réseau Intel(R) PRO/1000 MT',
    '                                                  Nom de la connexion\u00a0: Connexion au réseau local',
    '',
  ].join('\r\n');

  it('names an unsupported language and still reads the KB numbers, the OS name, version and host name', () => {
    const { facts, diagnostics, language } = parse(french);
    expect(language).toBeUndefined();
    expect(diagnostics).toEqual([
      { file: FILE, severity: 'warning', message: 'unsupported language (French labels)' },
      {
        file: FILE,
        severity: 'info',
        message: 'read without labels: OS name (line 3), OS version (line 4), host name (line 2), 2 KB numbers of hotfix items',
      },
    ]);
    expect(facts).toEqual({
      hostName: 'WIN-IDKKFN87EL8',
      hotfixes: ['KB2491683', 'KB2506014'],
      os: {
        name: 'Microsoft Windows 7 Entreprise N',
        nameLine: 3,
        release: 'Microsoft Windows 7 Entreprise N',
        version: '6.1.7601',
        versionText: '6.1.7601 Service Pack 1 version 7601',
        versionLine: 4,
        servicePack: 1,
        servicePackText: 'Service Pack 1',
        build: 7601,
      },
    });
  });

  it('says when the text is not systeminfo output', () => {
    expect(parse('Windows IP Configuration\r\n\r\n   Host Name . . . : EX1\r\n')).toEqual({
      facts: {},
      diagnostics: [{ file: FILE, severity: 'error', message: 'not systeminfo output: no known label such as "Host Name:"' }],
    });
  });

  it('says when the network card section is missing (a copy cut between lines)', () => {
    const cut = en2003.slice(0, en2003.indexOf('Network Card(s):'));
    expect(parse(cut).diagnostics).toEqual([
      {
        file: FILE,
        line: 34,
        severity: 'warning',
        message: 'truncated: the file ends at line 34, before the network card section',
      },
    ]);
  });
});

describeDamagedInput(parseSysteminfo, en2003, FILE);
