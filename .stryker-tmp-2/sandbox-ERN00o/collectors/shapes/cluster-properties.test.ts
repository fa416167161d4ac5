// @ts-nocheck
import { toLf, withTrailingBlanks, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseClusterProperties, propertyOf, type ClusterPropertyListing } from './cluster-properties';

const FILE = 'cluster-prop.txt';
const HEADER = [
  'T  Resource             Name                           Value',
  '-- -------------------- ------------------------------ -----------------------',
];
const row = (type: string, owner: string, name: string, value = '') =>
  `${type.padEnd(2)} ${owner.padEnd(20)} ${name.padEnd(30)} ${value}`.trimEnd();
const listing = (rows: string[], intro = "Listing private properties for 'Majority Node Set':") =>
  [intro, '', ...HEADER, ...rows, ''].join('\r\n');
const read = (text: string) => parseClusterProperties(text, FILE);
const values = (l: ClusterPropertyListing | undefined) =>
  l!.objects.map((o) => [o.name, o.properties.map((p) => [p.name, p.type, p.readOnly, p.value])]);

const MNS = listing([
  row('S', 'Majority Node Set', 'MNSFileShare', '\\\\HUBCAS01\\MNS_FSW_CCR-CLUSTER001'),
  row('D', 'Majority Node Set', 'MNSFileShareCheckInterval', '240 (0xf0)'),
  row('D', 'Majority Node Set', 'MNSFileShareDelay', '4 (0x4)'),
]);

describe('parseClusterProperties', () => {
  it('reads objects, properties, types and values', () => {
    const { listing: l, diagnostics } = read(MNS);
    expect(diagnostics).toEqual([]);
    expect(l!.introName).toBe('Majority Node Set');
    expect(l!.ownerColumns).toEqual(['Resource']);
    expect(l!.objects).toEqual([
      {
        name: 'Majority Node Set',
        owner: ['Majority Node Set'],
        properties: [
          { name: 'MNSFileShare', type: 'string', readOnly: false, value: '\\\\HUBCAS01\\MNS_FSW_CCR-CLUSTER001', line: 5 },
          { name: 'MNSFileShareCheckInterval', type: 'dword', readOnly: false, value: 240, line: 6 },
          { name: 'MNSFileShareDelay', type: 'dword', readOnly: false, value: 4, line: 7 },
        ],
      },
    ]);
  });

  it.each([
    ['S', 'x', 'string', 'x'],
    ['SR', 'x', 'string', 'x'],
    ['E', '%SystemRoot%\\Cluster', 'expandString', '%SystemRoot%\\Cluster'],
    ['X', 'C:\\WINDOWS\\Cluster', 'expandedString', 'C:\\WINDOWS\\Cluster'],
    ['D', '4294967295 (0xffffffff)', 'dword', 4294967295],
    ['L', '-1 (0xffffffff)', 'long', -1],
    ['I', '5368709120 (0x140000000)', 'ulargeInteger', 5368709120],
    ['B', '01 00 14 80 ... (136 bytes)', 'binary', '01 00 14 80 ... (136 bytes)'],
    ['M', 'NODE1', 'multiString', ['NODE1']],
    ['U', 'anything', 'user', 'anything'],
  ])('reads a %s value %s as %s', (type, raw, kind, value) => {
    const { listing: l } = read(listing([row(type, 'Cluster Group', 'Prop', raw)]));
    expect(l!.objects[0]!.properties[0]).toMatchObject({ type: kind, readOnly: type.endsWith('R'), value });
  });

  it('reads an empty string value as "", and a multi-string repeated over its rows as one list', () => {
    const { listing: l } = read(
      listing([
        row('S', 'CLUSTER1', 'Description'),
        row('M', 'CLUSTER1', 'AdminExtensions', '{A}'),
        row('M', 'CLUSTER1', 'AdminExtensions', '{B}'),
      ]),
    );
    expect(values(l)).toEqual([
      [
        'CLUSTER1',
        [
          ['Description', 'string', false, ''],
          ['AdminExtensions', 'multiString', false, ['{A}', '{B}']],
        ],
      ],
    ]);
  });

  it('follows an owner name longer than its column', () => {
    const { listing: l } = read(
      listing(['D  Exchange Information Store Instance (CCR-CLUSTER001) PendingTimeout                 180000 (0x2bf20)']),
    );
    expect(values(l)).toEqual([
      ['Exchange Information Store Instance (CCR-CLUSTER001)', [['PendingTimeout', 'dword', false, 180000]]],
    ]);
    const empty = read(listing(['S  Exchange Information Store Instance (CCR-CLUSTER001) Description']));
    expect(values(empty.listing)).toEqual([
      ['Exchange Information Store Instance (CCR-CLUSTER001)', [['Description', 'string', false, '']]],
    ]);
  });

  it('follows a property name longer than its column: names are one word, but for Security Descriptor', () => {
    const { listing: l } = read(
      listing([
        'D  MBXCLUSTER           DisableGroupPreferredOwnerRandomization 0 (0x0)',
        'S  MBXCLUSTER           ResourceDllDeadlockDetectionEnabled Yes and no',
        'B  MBXCLUSTER           Security Descriptor            01 00 14 80 ... (148 bytes)',
      ]),
    );
    expect(values(l)).toEqual([
      [
        'MBXCLUSTER',
        [
          ['DisableGroupPreferredOwnerRandomization', 'dword', false, 0],
          ['ResourceDllDeadlockDetectionEnabled', 'string', false, 'Yes and no'],
          ['Security Descriptor', 'binary', false, '01 00 14 80 ... (148 bytes)'],
        ],
      ],
    ]);
  });

  it('reads listings with two owner columns (interfaces) and with none', () => {
    const netint = [
      'T  Node            Network         Name                 Value',
      '-- --------------- --------------- -------------------- ----------------------',
      'S  EXNODE1         Private         Adapter              Heartbeat',
      '',
    ].join('\r\n');
    expect(read(netint).listing!.objects).toEqual([
      {
        name: 'EXNODE1 / Private',
        owner: ['EXNODE1', 'Private'],
        properties: [{ name: 'Adapter', type: 'string', readOnly: false, value: 'Heartbeat', line: 3 }],
      },
    ]);
    const single = [
      "Listing private properties for 'Majority Node Set':",
      '',
      'T  Name                           Value',
      '-- ------------------------------ --------------------------------------',
      'D  MNSFileShareDelay              4 (0x4)',
      '',
    ].join('\r\n');
    const { listing: l } = read(single);
    expect(l!.ownerColumns).toEqual([]);
    expect(values(l)).toEqual([['', [['MNSFileShareDelay', 'dword', false, 4]]]]);
  });

  it('gives the same listing from LF, trailing blanks and a console copy wrapped at 80 columns', () => {
    const expected = values(read(MNS).listing);
    for (const variant of [toLf(MNS), withTrailingBlanks(MNS), wrapAsConsole(MNS, 80), wrapAsConsole(toLf(MNS), 80)]) {
      expect(values(read(variant).listing)).toEqual(expected);
      expect(read(variant).diagnostics).toEqual([]);
    }
  });

  it('warns about a number it cannot read and keeps the text', () => {
    const { listing: l, diagnostics } = read(listing([row('D', 'Majority Node Set', 'MNSFileShareDelay', 'four')]));
    expect(values(l)).toEqual([['Majority Node Set', [['MNSFileShareDelay', 'dword', false, 'four']]]]);
    expect(diagnostics).toEqual([
      { file: FILE, line: 5, severity: 'warning', message: 'property MNSFileShareDelay has an unreadable dword value "four"' },
    ]);
  });

  it('drops a text value the capture was cut off in, but keeps a whole number', () => {
    const cutString = read(MNS.slice(0, MNS.indexOf('CLUSTER001')));
    expect(cutString.listing!.objects).toEqual([]);
    expect(cutString.listing!.truncated).toBe(true);
    expect(cutString.diagnostics).toEqual([
      { file: FILE, line: 5, severity: 'warning', message: 'truncated: line 5 is cut off, property MNSFileShare not read' },
    ]);
    const wholeNumber = read(MNS.replace(/\r\n(?:\r\n)*$/, ''));
    expect(propertyOf(wholeNumber.listing!.objects[0], 'mnsfilesharedelay')?.value).toBe(4);
    expect(wholeNumber.listing!.truncated).toBeUndefined();
  });

  it('warns about a line that is no property row', () => {
    const { diagnostics } = read(listing([row('D', 'Majority Node Set', 'MNSFileShareDelay', '4 (0x4)'), 'garbage']));
    expect(diagnostics).toEqual([{ file: FILE, line: 6, severity: 'warning', message: 'line is not a property row' }]);
  });

  it('reports a text without a property listing', () => {
    expect(
      read('Listing status for all available nodes:\r\n\r\nNode           Node ID Status\r\n-------------- ------- ------\r\n'),
    ).toEqual({
      diagnostics: [
        { file: FILE, severity: 'error', message: 'no property listing found: no "T  Name  Value" header above a dash rule' },
      ],
    });
  });
});

describe('propertyOf', () => {
  it('finds a property by name in any case, and nothing in no object', () => {
    const object = read(MNS).listing!.objects[0];
    expect(propertyOf(object, 'mnsfileshare')?.name).toBe('MNSFileShare');
    expect(propertyOf(object, 'Missing')).toBeUndefined();
    expect(propertyOf(undefined, 'MNSFileShare')).toBeUndefined();
  });
});
