import { describeFormatListSource, readSourceFixture } from '../../test/helpers/format-list-source';
import { formatList } from '../../test/helpers/powershell-format-list';
import { parseExServer } from './ex-server';

const FILE = 'ex-server.txt';
const en = readSourceFixture('ex-server', 'en.txt');
const de = readSourceFixture('ex-server', 'de.txt');

describe('parseExServer', () => {
  it('reads every server of the organization (English culture, 80 columns)', () => {
    const { facts, diagnostics } = parseExServer({ text: en, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.servers).toEqual([
      {
        name: 'CCR-CLUSTER001',
        fqdn: 'CCR-CLUSTER001.contoso.com',
        site: 'contoso.com/Configuration/Sites/Default-First-Site-Name',
        siteName: 'Default-First-Site-Name',
        serverRole: ['Mailbox'],
        edition: 'Enterprise',
        adminDisplayVersion: { major: 8, minor: 1, build: 240, revision: 6, text: '8.1.240.6' },
        isExchange2007OrLater: true,
        exchangeLegacyDn:
          '/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=CCR-CLUSTER001',
        dataPath: 'C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox',
      },
      {
        name: 'EX2007-HUB1',
        fqdn: 'EX2007-HUB1.contoso.com',
        site: 'contoso.com/Configuration/Sites/Default-First-Site-Name',
        siteName: 'Default-First-Site-Name',
        serverRole: ['ClientAccess', 'HubTransport'],
        edition: 'Standard',
        adminDisplayVersion: { major: 8, minor: 1, build: 240, revision: 6, text: '8.1.240.6' },
        isExchange2007OrLater: true,
        errorReportingEnabled: false,
        exchangeLegacyDn:
          '/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=EX2007-HUB1',
        dataPath: 'C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox',
      },
      {
        name: 'EX2003',
        fqdn: 'EX2003.contoso.com',
        serverRole: [],
        edition: 'Enterprise',
        adminDisplayVersion: { major: 6, minor: 5, build: 7638, revision: 2, text: '6.5.7638.2' },
        isExchange2007OrLater: false,
        exchangeLegacyDn: '/o=Contoso/ou=First Administrative Group/cn=Configuration/cn=Servers/cn=EX2003',
      },
    ]);
  });

  it('leaves ErrorReportingEnabled out when it is blank: never set is not False', () => {
    const { facts } = parseExServer({ text: en, file: FILE });
    expect(facts.servers![0]).not.toHaveProperty('errorReportingEnabled');
    expect(facts.servers![1]!.errorReportingEnabled).toBe(false);
  });

  it('reads German culture output (SP3, 120 columns)', () => {
    const { facts, diagnostics } = parseExServer({ text: de, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.servers!.map((s) => [s.name, s.adminDisplayVersion?.text, s.errorReportingEnabled, s.siteName])).toEqual([
      ['CCR-CLUSTER001', '8.3.83.6', true, 'Berlin'],
      ['EX2007-HUB1', '8.3.83.6', false, 'Berlin'],
    ]);
  });

  it('keeps an unknown role or edition as printed and notes it', () => {
    const text = formatList([
      [
        ['Name', 'EX2010-MBX1'],
        ['Edition', 'Datacenter'],
        ['ServerRole', 'Mailbox, Monitoring'],
      ],
    ]);
    const { facts, diagnostics } = parseExServer({ text, file: FILE });
    expect(facts.servers).toEqual([{ name: 'EX2010-MBX1', edition: 'Datacenter', serverRole: ['Mailbox', 'Monitoring'] }]);
    expect(diagnostics).toEqual([
      { file: FILE, line: 4, severity: 'info', message: "unknown Edition value 'Datacenter', kept as printed" },
      { file: FILE, line: 5, severity: 'info', message: "unknown ServerRole value 'Monitoring', kept as printed" },
    ]);
  });

  it('warns about a value it cannot read and leaves that fact out', () => {
    const text = formatList([
      [
        ['Name', 'EX2007-HUB1'],
        ['AdminDisplayVersion', 'Version acht'],
        ['IsExchange2007OrLater', 'Ja'],
      ],
    ]);
    const { facts, diagnostics } = parseExServer({ text, file: FILE });
    expect(facts.servers).toEqual([{ name: 'EX2007-HUB1' }]);
    expect(diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [
        4,
        'warning',
        "unreadable AdminDisplayVersion value 'Version acht' (expected a version such as Version 8.1 (Build 240.6))",
      ],
      [5, 'warning', "unreadable IsExchange2007OrLater value 'Ja' (expected True or False)"],
    ]);
  });

  it('skips a record without a name', () => {
    const text = formatList([[['Fqdn', 'x.contoso.com']], [['Name', 'EX2007-HUB1']]]);
    const { facts, diagnostics } = parseExServer({ text, file: FILE });
    expect(facts.servers).toEqual([{ name: 'EX2007-HUB1' }]);
    expect(diagnostics).toEqual([
      { file: FILE, line: 3, severity: 'warning', message: 'Exchange server without a name or identity: skipped' },
    ]);
  });

  describeFormatListSource({
    parser: parseExServer,
    file: FILE,
    fixtures: { en, de },
  });
});
