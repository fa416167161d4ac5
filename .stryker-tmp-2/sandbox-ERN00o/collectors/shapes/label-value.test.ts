// @ts-nocheck
import { readFixture, toLf, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { nestedItems, parseLabelValue, splitField, type LabelValueList } from './label-value';

const field = (list: LabelValueList, label: string, section = 0) => list.sections[section]?.fields.find((f) => f.label === label);

describe('parseLabelValue, systeminfo layout (fields at column 0)', () => {
  const en2003 = readFixture('corpus/systeminfo/srv_2003_sp1_x64_standard_en-us_systeminfo.txt');
  const de7 = readFixture('corpus/systeminfo/7_sp1_x64_ultimaten_de_systeminfo.txt');

  it('reads the English 2003 layout with its value column at 27', () => {
    const list = parseLabelValue(en2003, { headings: false });
    expect(list.valueColumn).toBe(27);
    expect(list.sections).toHaveLength(1);
    expect(field(list, 'Host Name')).toMatchObject({ value: 'WINSRV2K3SP1X64', line: 2 });
    expect(field(list, 'Page File: Max Size')?.value).toBe('2,491 MB');
    expect(field(list, 'Registered Organization')?.value).toBe('');
    expect(field(list, 'Time Zone')?.value).toBe('(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna');
    expect(field(list, 'Hotfix(s)')?.more.map((l) => l.text.trim())).toEqual(['[01]: Q147222']);
    expect(list.stray).toEqual([]);
  });

  it('reads the German layout with its value column at 47, labels holding ": " included', () => {
    const list = parseLabelValue(de7, { headings: false });
    expect(list.valueColumn).toBe(47);
    expect(field(list, 'Betriebssystemname')?.value).toBe('Microsoft Windows 7 Ultimate N');
    expect(field(list, 'Virtueller Arbeitsspeicher: Zurzeit verwendet')?.value).toBe('3.537 MB');
    expect(field(list, 'Domäne')?.value).toBe('WORKGROUP');
    // 245 items and the cut `[24` of a 263-hotfix list.
    expect(field(list, 'Hotfix(es)')?.more).toHaveLength(246);
  });

  it('reads a console copy wrapped at 80 columns as if it were not wrapped', () => {
    const wrapped = wrapAsConsole(de7);
    expect(wrapped.split('\n').length).toBeGreaterThan(de7.split('\n').length);
    const list = parseLabelValue(wrapped, { headings: false });
    expect(field(list, 'Zeitzone')?.value).toBe('(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien');
    const cards = nestedItems(field(list, 'Netzwerkkarte(n)')!.more).items;
    expect(cards.map((c) => c.text)).toEqual([
      'Bluetooth-Gerät (PAN)',
      'Intel(R) 82579LM Gigabit Network Connection',
      'Intel(R) Centrino(R) Ultimate-N 6300 AGN',
      'TAP-Windows Adapter V9',
    ]);
    expect(cards[2]!.children.map((l) => l.text.trim())).toContain('[02]: fe80::39b6:9daa:3945:f78e');
  });

  it('puts text before the first field into stray', () => {
    const list = parseLabelValue('Loading Hotfix Information ...\r\n\r\nHost Name:   EX1\r\n', { headings: false });
    expect(list.stray.map((l) => l.text)).toEqual(['Loading Hotfix Information ...']);
    expect(field(list, 'Host Name')?.value).toBe('EX1');
  });
});

describe('parseLabelValue, ipconfig layout (headings at column 0)', () => {
  it('reads the sections and fields of the Server 2008 capture', () => {
    const list = parseLabelValue(readFixture('corpus/ipconfig/windows-2008_en_ipconfig.txt'), { headings: true });
    expect(list.valueColumn).toBe(39);
    expect(list.sections.map((s) => s.heading)).toEqual([
      'Windows IP Configuration',
      'Ethernet adapter Local Area Connection',
      'Tunnel adapter isatap.{F856FDB3-CE70-489D-A231-704790DC1351}',
    ]);
    expect(field(list, 'Host Name')?.value).toBe('WIN-SERVER8');
    expect(field(list, 'Primary Dns Suffix')?.value).toBe('');
    expect(field(list, 'Connection-specific DNS Suffix', 1)?.value).toBe('');
    expect(field(list, 'Link-local IPv6 Address', 1)?.value).toBe('fe80::9595:e8d9:b190:ecac%11(Preferred)');
    expect(field(list, 'Media State', 2)?.value).toBe('Media disconnected');
  });

  it('keeps the continuation lines of a field (DNS suffix search list)', () => {
    const list = parseLabelValue(readFixture('corpus/ipconfig/windows-xp_en_ipconfig.txt'), { headings: true });
    expect(field(list, 'DNS Suffix Search List')?.more.map((l) => l.text.trim())).toEqual(['somecompany.xyz']);
  });

  // German XP, as pasted on forums: 8-blank indent, a label without leader dots, a description wrapped at 80.
  const germanXp = [
    '',
    'Windows-IP-Konfiguration',
    '',
    '        Hostname. . . . . . . . . . . . . : henry',
    '        Primäres DNS-Suffix . . . . . . . :',
    '',
    'Ethernetadapter LAN-Verbindung:',
    '',
    '        Verbindungsspezifisches DNS-Suffix: contoso.local',
    '        Beschreibung. . . . . . . . . . . : Realtek RTL8139-Familie-PCI-Fast Eth',
    'ernet-NIC',
    '        DNS-Server. . . . . . . . . . . . : 62.109.123.197',
    '                                            213.191.74.19',
    '        NetBIOS über TCP/IP . . . . . . . : Deaktiviert',
    '',
  ].join('\r\n');

  it('reads German XP output with its 8-blank indent and a wrapped description', () => {
    const list = parseLabelValue(germanXp, { headings: true });
    expect(list.valueColumn).toBe(44);
    expect(field(list, 'Verbindungsspezifisches DNS-Suffix', 1)?.value).toBe('contoso.local');
    expect(field(list, 'Beschreibung', 1)?.value).toBe('Realtek RTL8139-Familie-PCI-Fast Ethernet-NIC');
    expect(field(list, 'DNS-Server', 1)?.more.map((l) => l.text.trim())).toEqual(['213.191.74.19']);
    expect(field(list, 'NetBIOS über TCP/IP', 1)?.value).toBe('Deaktiviert');
    expect(parseLabelValue(toLf(germanXp), { headings: true })).toEqual(list);
  });
});

describe('splitField', () => {
  it.each([
    ['Host Name:                 EX1', 27, 'Host Name', 'EX1'],
    ['Page File: Max Size:       2,491 MB', 27, 'Page File: Max Size', '2,491 MB'],
    ['Registered Organization:', 27, 'Registered Organization', ''],
    [
      '   IPv4-Adresse (Auto. Konfiguration): 169.254.114.149(Bevorzugt)',
      39,
      'IPv4-Adresse (Auto. Konfiguration)',
      '169.254.114.149(Bevorzugt)',
    ],
    ['A label longer than its value column: value', 10, 'A label longer than its value column', 'value'],
    ['Connection Name: Local Area Connection', undefined, 'Connection Name', 'Local Area Connection'],
  ])('%j', (text, column, label, value) => {
    expect(splitField(text, column)).toEqual({ label, value });
  });

  it.each(['troller', '                                       fe80::1%11', '[01]: KB123456'])('%j has no label', (text) => {
    expect(splitField(text, 39)).toBeUndefined();
  });
});

describe('nestedItems', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ no: i + 10, text }));

  it('groups deeper lines under their item', () => {
    const { items, others } = nestedItems(
      lines([
        '                           [01]: Intel(R) PRO/1000 MT Network Connection',
        '                                 Connection Name: Local Area Connection',
        '                                 IP address(es)',
        '                                 [01]: 192.168.159.215',
        '                           [02]: Second adapter',
      ]),
    );
    expect(items.map((i) => [i.index, i.text, i.line, i.children.length])).toEqual([
      [1, 'Intel(R) PRO/1000 MT Network Connection', 10, 3],
      [2, 'Second adapter', 14, 0],
    ]);
    expect(others).toEqual([]);
  });

  it('returns a cut item line in others', () => {
    const { items, others } = nestedItems(lines(['     [23]: KB2841134', '     [24']));
    expect(items).toHaveLength(1);
    expect(others).toEqual([{ no: 11, text: '     [24' }]);
  });

  it('reads the French non-breaking blank before the colon', () => {
    expect(nestedItems(lines(['    [01]\u00a0: Intel64 Family 6'])).items[0]?.text).toBe('Intel64 Family 6');
  });
});
