// @ts-nocheck
import { formatList } from '../../test/helpers/powershell-format-list';
import { definedOnly, readExchangeObjects, readSingleExchangeObject, type ExchangeObject } from './exchange-objects';

const FILE = 'ex-test.txt';

const RECORD = formatList([
  [
    ['Name', 'SG1'],
    ['Enabled', 'True'],
    ['Size', '18 MB (18.874.368 bytes)'],
    ['Limit', 'unlimited'],
    ['Count', '42'],
    ['Age', '7.00:00:00'],
    ['Servers', '{HUB1, HUB2}'],
    ['Roles', 'Mailbox, ClientAccess'],
    ['Version', 'Version 8.1 (Build 240.6)'],
    ['When', '14/03/2008 10:22:31'],
    ['Other', '04/03/2008 10:22:31'],
    ['Kind', 'Cluster'],
    ['Blank', ''],
  ],
]);

function readOne<T>(text: string, read: (o: ExchangeObject) => T) {
  return readExchangeObjects({ text, file: FILE }, 'thing', read);
}

describe('exchangeObject', () => {
  it('reads every value type, and dates in the order the whole file tells', () => {
    const { items, diagnostics } = readOne(RECORD, (o) => ({
      name: o.text('Name'),
      enabled: o.boolean('Enabled'),
      size: o.bytes('Size'),
      limit: o.bytesOrUnlimited('Limit'),
      count: o.integer('Count'),
      age: o.seconds('Age'),
      servers: o.list('Servers'),
      roles: o.flags('Roles', ['Mailbox', 'ClientAccess']),
      version: o.version('Version')?.text,
      when: o.date('When'),
      other: o.date('Other'),
      kind: o.enumeration('Kind', ['None', 'Local', 'Cluster']),
      blank: o.text('Blank'),
      missing: o.boolean('Missing'),
    }));
    expect(diagnostics).toEqual([]);
    expect(items).toEqual([
      {
        name: 'SG1',
        enabled: true,
        size: 18874368,
        limit: 'unlimited',
        count: 42,
        age: 604800,
        servers: ['HUB1', 'HUB2'],
        roles: ['Mailbox', 'ClientAccess'],
        version: '8.1.240.6',
        when: '2008-03-14T10:22:31',
        other: '2008-03-04T10:22:31',
        kind: 'Cluster',
        blank: undefined,
        missing: undefined,
      },
    ]);
  });

  it.each<[string, (o: ExchangeObject) => unknown, string]>([
    ['boolean', (o: ExchangeObject) => o.boolean('Name'), "unreadable Name value 'SG1' (expected True or False)"],
    ['bytes', (o: ExchangeObject) => o.bytes('Enabled'), "unreadable Enabled value 'True' (expected a size)"],
    ['seconds', (o: ExchangeObject) => o.seconds('Count'), "unreadable Count value '42' (expected a time span)"],
    ['integer', (o: ExchangeObject) => o.integer('Age'), "unreadable Age value '7.00:00:00' (expected a whole number)"],
    ['date', (o: ExchangeObject) => o.date('Name'), "unreadable Name value 'SG1' (expected a date)"],
    [
      'enumeration',
      (o: ExchangeObject) => o.enumeration('Size', ['A']),
      "unreadable Size value '18 MB (18.874.368 bytes)' (expected a name)",
    ],
  ])('warns, with the line, when a %s cannot be read', (_, read, message) => {
    const { items, diagnostics } = readOne(RECORD, read);
    expect(items).toEqual([]);
    const unreadable = diagnostics.find((d) => d.message.startsWith('unreadable'));
    expect(unreadable).toMatchObject({ file: FILE, severity: 'warning', message });
    expect(unreadable!.line).toBeGreaterThanOrEqual(3);
    expect(diagnostics.map((d) => d.message)).toContain('thing without a name or identity: skipped');
  });

  it('notes an unknown enumeration value or flag and keeps it', () => {
    const { items, diagnostics } = readOne(RECORD, (o) => [o.enumeration('Kind', ['None']), o.flags('Roles', ['Mailbox'])]);
    expect(items).toEqual([['Cluster', ['Mailbox', 'ClientAccess']]]);
    expect(diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [10, 'info', "unknown Roles value 'ClientAccess', kept as printed"],
      [14, 'info', "unknown Kind value 'Cluster', kept as printed"],
    ]);
  });
});

describe('readExchangeObjects', () => {
  it('gives no items (not an empty list) when nothing could be read', () => {
    expect(readOne('\u0000\u0001\u0002\u0003\u0004\u0005\u0006', (o) => o.text('Name')).items).toBeUndefined();
    expect(readOne('Name   Value\r\n----   -----\r\n', (o) => o.text('Name')).items).toBeUndefined();
  });

  it('gives no items and a warning for an empty capture, as every parser does', () => {
    expect(readOne('\r\n\r\n', (o) => o.text('Name'))).toEqual({
      diagnostics: [{ file: FILE, severity: 'warning', message: 'empty file: the command wrote nothing' }],
    });
  });
});

describe('readSingleExchangeObject', () => {
  it('reads the first object and notes the others', () => {
    const text = formatList([[['Name', 'A']], [['Name', 'B']]]);
    expect(readSingleExchangeObject({ text, file: FILE }, 'thing', (o) => o.text('Name'))).toEqual({
      item: 'A',
      diagnostics: [{ file: FILE, severity: 'warning', message: '2 thing objects: only the first is read' }],
    });
  });
});

it('definedOnly drops undefined values and keeps false, 0 and empty lists', () => {
  expect(definedOnly({ a: undefined, b: false, c: 0, d: [], e: '' })).toEqual({ b: false, c: 0, d: [], e: '' });
  expect(Object.keys(definedOnly({ a: undefined, b: 1 }))).toEqual(['b']);
});
