import fc from 'fast-check';
import { binaryString } from '../../test/helpers/binary-string';
import { decodeCapture } from '../../src/bundle/decode';
import { wrapAsConsole } from '../../test/helpers/parser-robustness';
import { collection, formatList, utf16le, type Properties } from '../../test/helpers/powershell-format-list';
import { parseFormatList, type FormatList } from './format-list';

const FILE = 'ex-test.txt';

const LEGACY_DN = '/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=CCR-CLUSTER001';
const DISTINGUISHED_NAME =
  'CN=First Storage Group,CN=InformationStore,CN=CCR-CLUSTER001,CN=Servers,CN=Exchange Administrative Group ' +
  '(FYDIBOHF23SPDLT),CN=Administrative Groups,CN=Contoso,CN=Microsoft Exchange,CN=Services,CN=Configuration,' +
  'DC=contoso,DC=com';

const SERVER: Properties = [
  ['Name', 'CCR-CLUSTER001'],
  ['ExchangeLegacyDN', LEGACY_DN],
  ['AdminDisplayVersion', 'Version 8.1 (Build 240.6)'],
  ['ServerRole', 'Mailbox'],
  ['ErrorReportingEnabled', ''],
  ['StaticDomainControllers', '{}'],
  [
    'NetworkAddress',
    collection([
      'ncacn_vns_spp:CCR-CLUSTER001',
      'netbios:CCR-CLUSTER001',
      'ncacn_np:CCR-CLUSTER001',
      'ncacn_spx:CCR-CLUSTER001',
      'ncalrpc:CCR-CLUSTER001',
    ]),
  ],
  ['DistinguishedName', DISTINGUISHED_NAME],
  ['IsValid', 'True'],
];
const HUB: Properties = [
  ['Name', 'EX2007-HUB1'],
  ['ServerRole', 'ClientAccess, HubTransport'],
  ['IsValid', 'True'],
];

function values(list: FormatList): Array<Record<string, string>> {
  return list.records.map((r) => Object.fromEntries(Object.entries(r.props).map(([k, v]) => [k, v.value])));
}

function expected(objects: Properties[]): Array<Record<string, string>> {
  return objects.map((o) => Object.fromEntries(o));
}

describe('parseFormatList', () => {
  it('reads records, properties and their line numbers', () => {
    const list = parseFormatList(formatList([SERVER, HUB], { width: 400 }), FILE);
    expect(values(list)).toEqual(expected([SERVER, HUB]));
    expect(list.records[0]!.line).toBe(3);
    expect(list.records[0]!.props['AdminDisplayVersion']).toEqual({ value: 'Version 8.1 (Build 240.6)', line: 5 });
    expect(list.records[1]!.line).toBe(13);
    expect(list.diagnostics).toEqual([]);
    expect(list.empty).toBe(false);
  });

  it('keeps empty values empty and does not invent properties', () => {
    const list = parseFormatList(formatList([SERVER]), FILE);
    const props = list.records[0]!.props;
    expect(props['ErrorReportingEnabled']!.value).toBe('');
    expect(props['StaticDomainControllers']!.value).toBe('{}');
    expect(props['constructor']).toBeUndefined();
    expect('toString' in props).toBe(false);
  });

  it.each([
    ['80 columns, CRLF', { width: 80, eol: '\r\n' as const }],
    ['120 columns, CRLF', { width: 120, eol: '\r\n' as const }],
    ['80 columns, LF', { width: 80, eol: '\n' as const }],
    ['60 columns, LF', { width: 60, eol: '\n' as const }],
  ])('joins values PowerShell wrapped at %s', (_, options) => {
    const text = formatList([SERVER, HUB], options);
    expect(text.split(options.eol).some((l) => l.startsWith(' '))).toBe(true);
    const list = parseFormatList(text, FILE);
    expect(values(list)).toEqual(expected([SERVER, HUB]));
    expect(list.diagnostics).toEqual([]);
  });

  // "Name : " is 7 columns wide, so at a width of 17 each line holds 10 cells of the value.
  it.each([
    ['the middle of a word', 'abcdefghijklmno pqrstuvwxyz', 'abcdefghijklmno pqrstuvwxyz'],
    ['a blank that starts the next line', 'abcdefghij klmnopqrstuvwxyz', 'abcdefghij klmnopqrstuvwxyz'],
    ['a blank that ends the cut line', 'abcdefghi jklmnopqrstuvwxyz', 'abcdefghi jklmnopqrstuvwxyz'],
    ['blanks on both sides (they become one)', 'abcdefgh   ijklmnopqrstuvwxyz', 'abcdefgh ijklmnopqrstuvwxyz'],
  ])('joins a value whose wrap falls on %s', (_, value, read) => {
    const text = formatList([[['Name', value]]], { width: 17 });
    expect(text).toContain('\r\n       ');
    expect(values(parseFormatList(text, FILE))).toEqual([{ Name: read }]);
  });

  it('joins the lines of a value that holds newlines with a blank', () => {
    const text = formatList([
      [
        ['FailedMessage', 'The copy failed.\nCheck the event log.'],
        ['Seeding', 'False'],
      ],
    ]);
    const list = parseFormatList(text, FILE);
    expect(values(list)).toEqual([{ FailedMessage: 'The copy failed. Check the event log.', Seeding: 'False' }]);
  });

  it('reads a console copy that cut wide output at 80 columns', () => {
    const wide = formatList([SERVER, HUB], { width: 250 });
    const copy = wrapAsConsole(wide, 80);
    expect(copy.split('\r\n').length).toBeGreaterThan(wide.split('\r\n').length);
    const list = parseFormatList(copy, FILE);
    expect(values(list)).toEqual(expected([SERVER, HUB]));
    expect(list.diagnostics).toEqual([]);
  });

  it('ignores trailing blanks and a byte order mark', () => {
    const text = '\uFEFF' + formatList([HUB]).replace(/\r\n/g, '   \r\n');
    expect(values(parseFormatList(text, FILE))).toEqual(expected([HUB]));
  });

  it('reads UTF-16LE output through decodeCapture', () => {
    const decoded = decodeCapture(utf16le(formatList([SERVER, HUB])));
    expect(decoded.encoding).toBe('utf-16le');
    expect(values(parseFormatList(decoded.text, FILE))).toEqual(expected([SERVER, HUB]));
  });

  it('drops the property the file was cut in, and says so', () => {
    const text = formatList([SERVER, HUB]);
    const cut = text.slice(0, text.indexOf('ClientAccess, Hub') + 8);
    const list = parseFormatList(cut, FILE);
    expect(list.records).toHaveLength(2);
    expect(values(list)[0]).toEqual(expected([SERVER])[0]);
    expect(values(list)[1]).toEqual({ Name: 'EX2007-HUB1' });
    expect(list.records[1]!.truncated).toBe(true);
    expect(list.diagnostics).toEqual([
      {
        file: FILE,
        line: 20,
        severity: 'warning',
        message: 'truncated: the file ends inside property ServerRole, which is ignored',
      },
    ]);
  });

  it('drops a wrapped value the file was cut in', () => {
    const text = formatList([SERVER]);
    const cut = text.slice(0, text.indexOf('CN=Configuration'));
    const list = parseFormatList(cut, FILE);
    expect(list.records[0]!.props['DistinguishedName']).toBeUndefined();
    expect(list.records[0]!.props['NetworkAddress']).toBeDefined();
  });

  it.each([
    ['in the indentation of a continuation line', (t: string) => t.slice(0, t.indexOf('\r\n   ') + 10), 'ExchangeLegacyDN'],
    ['in the padding of a name', (t: string) => t.slice(0, t.indexOf('ServerRole') + 13), 'AdminDisplayVersion'],
    ['right after a value', (t: string) => t.slice(0, t.indexOf('Mailbox') + 7), 'ServerRole'],
  ])('drops the last property when the file was cut %s', (_, cut, dropped) => {
    const list = parseFormatList(cut(formatList([SERVER])), FILE);
    expect(Object.keys(list.records[0]!.props)).not.toContain(dropped);
    expect(list.records[0]!.truncated).toBe(true);
    expect(list.diagnostics.map((d) => d.message)).toEqual([
      `truncated: the file ends inside property ${dropped}, which is ignored`,
    ]);
  });

  it('says a file cut before its first record is truncated', () => {
    const list = parseFormatList('\r\n\r\nNa', FILE);
    expect(list.records).toEqual([]);
    expect(list.diagnostics.map((d) => d.message)).toContain(
      'truncated: the file does not end with the blank lines Format-List writes',
    );
  });

  it('reads a console cut that fell right after a blank', () => {
    // "Name    : " is 10 columns and 69 cells follow: the console cuts at 80 right after the next blank, so
    // the first piece loses its trailing blank and is shorter than 80.
    const value = `${'x'.repeat(69)} Group (FYDIBOHF23SPDLT)/cn=Configuration`;
    // Another cut line shows the console's full width (a file of one cut line cannot: see the module doc).
    const wide = formatList(
      [
        [
          ['Name', value],
          ['IsValid', 'True'],
          ['Dn', DISTINGUISHED_NAME],
        ],
      ],
      { width: 250 },
    );
    const copy = wrapAsConsole(wide, 80);
    expect(copy.split('\r\n')[2]).toMatch(/x$/); // the blank after it went with the cut
    expect(values(parseFormatList(copy, FILE))).toEqual([{ Name: value, IsValid: 'True', Dn: DISTINGUISHED_NAME }]);
  });

  it('treats empty input as a command that returned nothing', () => {
    for (const text of ['', '\r\n\r\n', '\uFEFF', '   \n']) {
      expect(parseFormatList(text, FILE)).toEqual({ records: [], errors: [], empty: true, diagnostics: [] });
    }
  });

  it('rejects binary junk', () => {
    const junk = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 37) % 256));
    const list = parseFormatList(junk, FILE);
    expect(list.records).toEqual([]);
    expect(list.empty).toBe(false);
    expect(list.diagnostics).toEqual([
      { file: FILE, severity: 'error', message: 'binary data, not the text output of Format-List' },
    ]);
  });

  it('says so when the text is not Format-List output', () => {
    const table =
      'Name             ServerRole    Edition\r\n----             ----------    -------\r\nEX2007-HUB1      HubTransport  Standard\r\n';
    const list = parseFormatList(table, FILE);
    expect(list.records).toEqual([]);
    expect(list.diagnostics).toContainEqual({
      file: FILE,
      severity: 'error',
      message: 'no Format-List records found (not the output of Format-List?)',
    });
  });

  it.each([
    [
      'en',
      [
        'Get-StorageGroupCopyStatus : The Microsoft Exchange Replication service could not be contacted on server EX2',
        '007-NODE2.',
        'At line:1 char:27',
        '+ Get-StorageGroupCopyStatus  <<<< -Server CCR-CLUSTER001 | fl',
      ],
    ],
    [
      'de',
      [
        'Get-StorageGroupCopyStatus : The Microsoft Exchange Replication service could not be contacted on server EX2',
        '007-NODE2.',
        'In Zeile:1 Zeichen:27',
        '+ Get-StorageGroupCopyStatus  <<<< -Server CCR-CLUSTER001 | fl',
      ],
    ],
  ])('reports a PowerShell error in the output (%s)', (language, errorLines) => {
    const text = ['', ...errorLines, '', ...formatList([HUB]).split('\r\n')].join('\r\n');
    const list = parseFormatList(text, FILE);
    expect(list.language).toBe(language);
    expect(list.errors).toEqual([
      {
        line: 2,
        command: 'Get-StorageGroupCopyStatus',
        message: 'The Microsoft Exchange Replication service could not be contacted on server EX2007-NODE2.',
      },
    ]);
    expect(list.diagnostics).toEqual([
      {
        file: FILE,
        line: 2,
        severity: 'error',
        message:
          'the command failed: Get-StorageGroupCopyStatus: The Microsoft Exchange Replication service could not be contacted on server EX2007-NODE2.',
      },
    ]);
    expect(values(list)).toEqual(expected([HUB]));
  });

  it('names an unsupported language and still reads the records', () => {
    const text = [
      'Get-ExchangeServer : Le serveur EX2007-HUB2 est introuvable.',
      'Au niveau de ligne : 1 Caractère : 19',
      '+ Get-ExchangeServer <<<< EX2007-HUB2 | fl',
      formatList([HUB]),
    ].join('\r\n');
    const list = parseFormatList(text, FILE);
    expect(list.diagnostics).toContainEqual({
      file: FILE,
      line: 2,
      severity: 'warning',
      message: 'unsupported language (French labels)',
    });
    expect(values(list)).toEqual(expected([HUB]));
  });

  it('starts a new record when a name repeats without a blank line', () => {
    const text = formatList([HUB, HUB]).replace('True\r\n\r\nName', 'True\r\nName');
    const list = parseFormatList(text, FILE);
    expect(values(list)).toEqual(expected([HUB, HUB]));
    expect(list.diagnostics[0]!.message).toBe('record without a blank line before it: Name repeats');
  });

  it('notes a PowerShell warning and an unrecognised line', () => {
    const text = `WARNUNG: Der Server ist nicht erreichbar.\r\n[PS] C:\\>\r\n${formatList([HUB])}`;
    const list = parseFormatList(text, FILE);
    expect(list.language).toBe('de');
    expect(list.diagnostics).toEqual([
      { file: FILE, line: 1, severity: 'info', message: 'PowerShell warning: Der Server ist nicht erreichbar.' },
      { file: FILE, line: 2, severity: 'warning', message: 'unrecognised line: [PS] C:\\>' },
    ]);
    expect(values(list)).toEqual(expected([HUB]));
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(binaryString({ maxLength: 400 }), (text) => {
        const list = parseFormatList(text, FILE);
        expect(Array.isArray(list.records)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  describe('reads back whatever PowerShell could have written', () => {
    const name = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,30}$/);
    const value = fc.stringMatching(/^[!-~]([ -~]{0,150}[!-~])?$/).map((v) => v.replace(/ {2,}/g, ' '));
    const record = fc.uniqueArray(fc.tuple(name, value), { minLength: 1, maxLength: 8, selector: ([n]) => n });
    const objects = fc.array(record, { minLength: 1, maxLength: 3 });
    // A value cut right after a blank reads back with that blank only when another line shows the full
    // width: compare without blanks.
    const withoutBlanks = (rows: Array<Record<string, string>> | Properties[]) =>
      rows.map((r) => (Array.isArray(r) ? r.map(([, v]) => v) : Object.values(r)).map((v: string) => v.replace(/ /g, '')));

    it('at any width', () => {
      fc.assert(
        fc.property(objects, fc.integer({ min: 60, max: 200 }), (objs, width) => {
          const list = parseFormatList(formatList(objs, { width }), FILE);
          expect(withoutBlanks(values(list))).toEqual(withoutBlanks(objs));
        }),
        { numRuns: 300 },
      );
    });

    it('in a console copy cut at 80 columns', () => {
      fc.assert(
        fc.property(objects, fc.integer({ min: 90, max: 250 }), (objs, width) => {
          const list = parseFormatList(wrapAsConsole(formatList(objs, { width }), 80), FILE);
          expect(withoutBlanks(values(list))).toEqual(withoutBlanks(objs));
        }),
        { numRuns: 300 },
      );
    });
  });
});
