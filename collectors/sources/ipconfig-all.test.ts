import iconv from 'iconv-lite';
import { decodeCapture } from '../../src/bundle/decode';
import { describeDamagedInput, readFixture, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseIpconfigAll, type IpconfigAdapter, type IpconfigFacts } from './ipconfig-all';

const FILE = 'ipconfig-all.txt';
const parse = (text: string) => parseIpconfigAll({ text, file: FILE });
const xp = readFixture('corpus/ipconfig/windows-xp_en_ipconfig.txt');
const w2008 = readFixture('corpus/ipconfig/windows-2008_en_ipconfig.txt');

describe('parseIpconfigAll on real captures', () => {
  it('reads XP output, which has no NetBIOS line: netbiosOverTcpip stays absent', () => {
    const { facts, diagnostics, language } = parse(xp);
    expect(language).toBe('en');
    expect(diagnostics).toEqual([]);
    expect(facts).toEqual<IpconfigFacts>({
      hostName: 'DESKTOP-PC4',
      primaryDnsSuffix: 'somecompany.corp',
      adapters: [
        {
          connectionName: 'Local Area Connection',
          kind: 'ethernet',
          description: 'Intel(R) PRO/1000 MT Network Connection',
          mac: '00-0C-29-25-B6-4D',
          dhcpEnabled: true,
          ipAddresses: ['192.168.22.135'],
          subnetMasks: ['255.255.255.0'],
          gateways: ['192.168.22.1'],
          dnsServers: ['192.168.22.151'],
          mediaDisconnected: false,
          line: 12,
        },
      ],
    });
    expect(facts.adapters?.[0]).not.toHaveProperty('netbiosOverTcpip');
  });

  it('reads Server 2008 output: NetBIOS enabled, (Preferred) stripped, a disconnected tunnel adapter', () => {
    const { facts } = parse(w2008);
    expect(facts.hostName).toBe('WIN-SERVER8');
    expect(facts.primaryDnsSuffix).toBe('');
    expect(facts.adapters).toEqual<IpconfigAdapter[]>([
      {
        connectionName: 'Local Area Connection',
        kind: 'ethernet',
        description: 'Intel(R) PRO/1000 MT Network Connection',
        mac: '00-0C-29-76-C8-D0',
        dhcpEnabled: false,
        ipAddresses: ['fe80::9595:e8d9:b190:ecac%11', '192.168.23.154'],
        subnetMasks: ['255.255.255.0'],
        gateways: ['192.168.23.1'],
        dnsServers: ['192.168.23.151'],
        netbiosOverTcpip: 'enabled',
        mediaDisconnected: false,
        line: 10,
      },
      {
        connectionName: 'isatap.{F856FDB3-CE70-489D-A231-704790DC1351}',
        kind: 'tunnel',
        description: 'Microsoft ISATAP Adapter',
        mac: '00-00-00-00-00-00-00-E0',
        dhcpEnabled: false,
        mediaDisconnected: true,
        line: 26,
      },
    ]);
  });
});

// German Server 2008 node, Vista layout, as cmd writes it in CP850 (based on pasted German Windows 7 output).
const german2008 = [
  '',
  'Windows-IP-Konfiguration',
  '',
  '   Hostname  . . . . . . . . . . . . : EX2007-NODE2',
  '   Primäres DNS-Suffix . . . . . . . : contoso.local',
  '   Knotentyp . . . . . . . . . . . . : Hybrid',
  '   IP-Routing aktiviert  . . . . . . : Nein',
  '   WINS-Proxy aktiviert  . . . . . . : Nein',
  '   DNS-Suffixsuchliste . . . . . . . : contoso.local',
  '',
  'Ethernet-Adapter Öffentlich:',
  '',
  '   Verbindungsspezifisches DNS-Suffix: ',
  '   Beschreibung. . . . . . . . . . . : HP NC373i Multifunction Gigabit Server Adapter',
  '   Physikalische Adresse . . . . . . : 00-1A-4B-7C-2D-10',
  '   DHCP aktiviert. . . . . . . . . . : Nein',
  '   Autokonfiguration aktiviert . . . : Ja',
  '   Verbindungslokale IPv6-Adresse  . : fe80::b1d7:da26:3873:fc51%12(Bevorzugt) ',
  '   IPv4-Adresse  . . . . . . . . . . : 10.0.0.12(Bevorzugt) ',
  '   Subnetzmaske  . . . . . . . . . . : 255.255.255.0',
  '   IPv4-Adresse  . . . . . . . . . . : 10.0.0.20(Bevorzugt) ',
  '   Subnetzmaske  . . . . . . . . . . : 255.255.255.0',
  '   Standardgateway . . . . . . . . . : 10.0.0.1',
  '   DNS-Server  . . . . . . . . . . . : 10.0.0.2',
  '                                       10.0.0.3',
  '   Primärer WINS-Server  . . . . . . : 10.0.0.5',
  '   Sekundärer WINS-Server. . . . . . : 10.0.0.6',
  '   NetBIOS über TCP/IP . . . . . . . : Aktiviert',
  '',
  'Ethernet-Adapter Taktsignal:',
  '',
  '   Verbindungsspezifisches DNS-Suffix: ',
  '   Beschreibung. . . . . . . . . . . : HP NC373i Multifunction Gigabit Server Adapter #2 (Heartbeat)',
  '   Physikalische Adresse . . . . . . : 00-1A-4B-7C-2D-12',
  '   DHCP aktiviert. . . . . . . . . . : Nein',
  '   IPv4-Adresse  . . . . . . . . . . : 192.168.100.2(Bevorzugt) ',
  '   Subnetzmaske  . . . . . . . . . . : 255.255.255.0',
  '   Standardgateway . . . . . . . . . : ',
  '   NetBIOS über TCP/IP . . . . . . . : Deaktiviert',
  '',
  'Tunneladapter isatap.{F856FDB3-CE70-489D-A231-704790DC1351}:',
  '',
  '   Medienstatus. . . . . . . . . . . : Medium getrennt',
  '   Verbindungsspezifisches DNS-Suffix: ',
  '   Beschreibung. . . . . . . . . . . : Microsoft-ISATAP-Adapter',
  '',
].join('\r\n');

describe('parseIpconfigAll on German output', () => {
  const text = decodeCapture(iconv.encode(german2008, 'cp850'), 850).text;

  it('reads Server 2008 output in German, from CP850 bytes', () => {
    const { facts, diagnostics, language } = parse(text);
    expect(language).toBe('de');
    expect(diagnostics).toEqual([]);
    expect(facts.hostName).toBe('EX2007-NODE2');
    expect(facts.primaryDnsSuffix).toBe('contoso.local');
    expect(facts.adapters).toEqual<IpconfigAdapter[]>([
      {
        connectionName: 'Öffentlich',
        kind: 'ethernet',
        description: 'HP NC373i Multifunction Gigabit Server Adapter',
        mac: '00-1A-4B-7C-2D-10',
        dhcpEnabled: false,
        ipAddresses: ['fe80::b1d7:da26:3873:fc51%12', '10.0.0.12', '10.0.0.20'],
        subnetMasks: ['255.255.255.0', '255.255.255.0'],
        gateways: ['10.0.0.1'],
        dnsServers: ['10.0.0.2', '10.0.0.3'],
        winsServers: ['10.0.0.5', '10.0.0.6'],
        netbiosOverTcpip: 'enabled',
        mediaDisconnected: false,
        line: 11,
      },
      {
        connectionName: 'Taktsignal',
        kind: 'ethernet',
        description: 'HP NC373i Multifunction Gigabit Server Adapter #2 (Heartbeat)',
        mac: '00-1A-4B-7C-2D-12',
        dhcpEnabled: false,
        ipAddresses: ['192.168.100.2'],
        subnetMasks: ['255.255.255.0'],
        gateways: [],
        netbiosOverTcpip: 'disabled',
        mediaDisconnected: false,
        line: 30,
      },
      {
        connectionName: 'isatap.{F856FDB3-CE70-489D-A231-704790DC1351}',
        kind: 'tunnel',
        description: 'Microsoft-ISATAP-Adapter',
        mediaDisconnected: true,
        line: 41,
      },
    ]);
  });

  it('reads a console copy wrapped at 80 columns like the file', () => {
    const wrapped = wrapAsConsole(text);
    expect(wrapped).toContain('\r\napter #2 (Heartbeat)\r\n');
    const withoutLines = (f: IpconfigFacts) => f.adapters?.map(({ line: _line, ...a }) => a);
    expect(withoutLines(parse(wrapped).facts)).toEqual(withoutLines(parse(text).facts));
  });

  // German XP/2003 layout (8-blank indent, `Ethernetadapter`, no leader dots after the DNS suffix label), as
  // pasted on forums; XP prints the NetBIOS line only when NetBIOS is disabled.
  it('reads German XP/2003 output', () => {
    const xpGerman = [
      '',
      'Windows-IP-Konfiguration',
      '',
      '        Hostname. . . . . . . . . . . . . : EX2007-NODE1',
      '        Primäres DNS-Suffix . . . . . . . : contoso.local',
      '        Knotentyp . . . . . . . . . . . . : Unbekannt',
      '',
      'Ethernetadapter Taktsignal:',
      '',
      '        Verbindungsspezifisches DNS-Suffix:',
      '        Beschreibung. . . . . . . . . . . : HP NC373i Multifunction Gigabit Server A',
      'dapter #2',
      '        Physikalische Adresse . . . . . . : 00-1A-4B-7C-2D-12',
      '        DHCP aktiviert. . . . . . . . . . : Nein',
      '        IP-Adresse. . . . . . . . . . . . : 192.168.100.1',
      '        Subnetzmaske. . . . . . . . . . . : 255.255.255.0',
      '        Standardgateway . . . . . . . . . :',
      '        NetBIOS über TCP/IP . . . . . . . : Deaktiviert',
      '',
      'PPP-Adapter Einwahl:',
      '',
      '        Medienstatus. . . . . . . . . . . : Medium getrennt',
      '',
    ].join('\r\n');
    const { facts } = parse(xpGerman);
    expect(facts.hostName).toBe('EX2007-NODE1');
    expect(facts.adapters).toEqual<IpconfigAdapter[]>([
      {
        connectionName: 'Taktsignal',
        kind: 'ethernet',
        description: 'HP NC373i Multifunction Gigabit Server Adapter #2',
        mac: '00-1A-4B-7C-2D-12',
        dhcpEnabled: false,
        ipAddresses: ['192.168.100.1'],
        subnetMasks: ['255.255.255.0'],
        gateways: [],
        netbiosOverTcpip: 'disabled',
        mediaDisconnected: false,
        line: 8,
      },
      { connectionName: 'Einwahl', kind: 'ppp', mediaDisconnected: true, line: 20 },
    ]);
  });
});

describe('parseIpconfigAll on other text', () => {
  it('names an unsupported language', () => {
    const french = '\r\nConfiguration IP de Windows\r\n\r\n   Nom de l’hôte . . . . . . . . . . : EX1\r\n';
    expect(parse(french)).toEqual({
      facts: {},
      diagnostics: [{ file: FILE, severity: 'warning', message: 'unsupported language (French labels)' }],
    });
  });

  it('says when the text is not ipconfig output', () => {
    expect(parse('Host Name:                 EX1\r\n').diagnostics).toEqual([
      { file: FILE, severity: 'error', message: 'not ipconfig /all output: no "Windows IP Configuration" title' },
    ]);
  });

  it('drops the line a truncated copy ends inside', () => {
    const cut = w2008.slice(0, w2008.indexOf('192.168.23.154') + 6);
    const { facts, diagnostics } = parse(cut);
    expect(facts.adapters?.[0]?.ipAddresses).toEqual(['fe80::9595:e8d9:b190:ecac%11']);
    expect(diagnostics).toEqual([
      { file: FILE, line: 18, severity: 'warning', message: 'truncated: the file ends inside line 18, which is ignored' },
    ]);
  });
});

describeDamagedInput(parseIpconfigAll, w2008, FILE);

describe('parseIpconfigAll keeps every adapter section with its kind', () => {
  // English Server 2003 layout with the sections a VPN client and IPv6 transition add (crafted from the
  // headings Windows prints: `Unknown adapter`, `Tunnel adapter`, `PPP adapter`).
  const english = [
    '',
    'Windows IP Configuration',
    '',
    '        Host Name . . . . . . . . . . . . : EX2007-NODE1',
    '',
    'Ethernet adapter Public:',
    '',
    '        Description . . . . . . . . . . . : HP Network Team #1',
    '        IP Address. . . . . . . . . . . . : 10.1.1.51',
    '        Subnet Mask . . . . . . . . . . . : 255.255.255.0',
    '        Default Gateway . . . . . . . . . : 10.1.1.1',
    '',
    'Unknown adapter Local Area Connection 3:',
    '',
    '        Media State . . . . . . . . . . . : Media disconnected',
    '        Description . . . . . . . . . . . : TAP-Win32 Adapter V8',
    '',
    'Tunnel adapter Teredo Tunneling Pseudo-Interface:',
    '',
    '        Description . . . . . . . . . . . : Teredo Tunneling Pseudo-Interface',
    '        IP Address. . . . . . . . . . . . : fe80::ffff:ffff:fffd%4',
    '',
    'Tunnel adapter 6TO4 Adapter:',
    '',
    '        Description . . . . . . . . . . . : Microsoft 6to4 Adapter',
    '',
    'PPP adapter VPN Zentrale:',
    '',
    '        Description . . . . . . . . . . . : WAN (PPP/SLIP) Interface',
    '        IP Address. . . . . . . . . . . . : 172.16.5.9',
    '        Subnet Mask . . . . . . . . . . . : 255.255.255.255',
    '        Primary WINS Server . . . . . . . : 172.16.0.5',
    '',
  ].join('\r\n');

  it('reads Unknown, tunnel and PPP adapters in English', () => {
    const { facts, diagnostics } = parse(english);
    expect(diagnostics).toEqual([]);
    expect(facts.adapters!.map((a) => [a.connectionName, a.kind])).toEqual([
      ['Public', 'ethernet'],
      ['Local Area Connection 3', 'unknown'],
      ['Teredo Tunneling Pseudo-Interface', 'tunnel'],
      ['6TO4 Adapter', 'tunnel'],
      ['VPN Zentrale', 'ppp'],
    ]);
    expect(facts.adapters![4]!.winsServers).toEqual(['172.16.0.5']);
  });

  it('reads them in German, from CP850 bytes', () => {
    const german = english
      .replace('Windows IP Configuration', 'Windows-IP-Konfiguration')
      .replace('Host Name . . . . . . . . . . . . :', 'Hostname. . . . . . . . . . . . . :')
      .replace('Ethernet adapter Public:', 'Ethernetadapter Öffentlich:')
      .replace('Unknown adapter', 'Unbekannter Adapter')
      .replace('Local Area Connection 3', 'LAN-Verbindung 3')
      .replace(/Tunnel adapter /g, 'Tunneladapter ')
      .replace('PPP adapter', 'PPP-Adapter')
      .replace('Media State . . . . . . . . . . . : Media disconnected', 'Medienstatus. . . . . . . . . . . : Medium getrennt')
      .replace(/Description \. \. \. \. \. \. \. \. \. \. \. :/g, 'Beschreibung. . . . . . . . . . . :')
      .replace(/IP Address\. \. \. \. \. \. \. \. \. \. \. \. :/g, 'IP-Adresse. . . . . . . . . . . . :')
      .replace(/Subnet Mask \. \. \. \. \. \. \. \. \. \. \. :/g, 'Subnetzmaske. . . . . . . . . . . :')
      .replace('Default Gateway . . . . . . . . . :', 'Standardgateway . . . . . . . . . :')
      .replace('Primary WINS Server . . . . . . . :', 'Primärer WINS-Server. . . . . . . :');
    const text = decodeCapture(iconv.encode(german, 'cp850'), 850).text;
    const { facts, diagnostics, language } = parse(text);
    expect(language).toBe('de');
    expect(diagnostics).toEqual([]);
    expect(facts.adapters!.map((a) => [a.connectionName, a.kind])).toEqual([
      ['Öffentlich', 'ethernet'],
      ['LAN-Verbindung 3', 'unknown'],
      ['Teredo Tunneling Pseudo-Interface', 'tunnel'],
      ['6TO4 Adapter', 'tunnel'],
      ['VPN Zentrale', 'ppp'],
    ]);
    expect(facts.adapters![0]).toMatchObject({ description: 'HP Network Team #1', gateways: ['10.1.1.1'] });
    expect(facts.adapters![1]).toMatchObject({ mediaDisconnected: true, description: 'TAP-Win32 Adapter V8' });
    expect(facts.adapters![4]!.winsServers).toEqual(['172.16.0.5']);
  });
});
