// @ts-nocheck
import iconv from 'iconv-lite';
import { decodeCapture } from '../../src/bundle/decode';
import { describeDamagedInput, readFixture, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { fileTimeDate, parseQfe, type QfeFacts } from './qfe';

const FILE = 'qfe.txt';
const parse = (text: string) => parseQfe({ text, file: FILE });
const xp = readFixture('corpus/qfe/xp_sp3_x86_professional_en-us_qfe.txt');
const w2012 = readFixture('corpus/qfe/srv_2012r2_u1_qfe.txt');

describe('parseQfe on real captures', () => {
  it('reads the XP capture: KB numbers of File 1 rows come from ServicePackInEffect', () => {
    const { facts, diagnostics } = parse(xp);
    expect(diagnostics).toEqual([]);
    expect(facts.rowsWithoutKb).toBe(0);
    // KB2115168 is listed twice: as a File 1 row (line 2) and with its description (a later row).
    expect(facts.hotfixes?.find((h) => h.kb === 'KB2115168')).toEqual({
      kb: 'KB2115168',
      description: 'Security Update for Windows XP (KB2115168)',
      installedOn: '2016-12-31',
      line: 2,
    });
    const kbs = facts.hotfixes?.map((h) => h.kb);
    expect(kbs).toEqual(expect.arrayContaining(['Q147222', 'KB2378111', 'KB975558', 'KB2510531', 'KB2536276']));
    expect(new Set(kbs).size).toBe(kbs?.length);
  });

  it('reads the Server 2012 R2 capture', () => {
    const { facts } = parse(w2012);
    expect(facts.hotfixes?.[0]).toEqual({ kb: 'KB2894852', description: 'Security Update', installedOn: '2019-03-17', line: 2 });
    expect(facts.hotfixes?.find((h) => h.kb === 'KB2919355')).toMatchObject({ description: 'Update', installedOn: '2014-03-18' });
  });

  it('reads a console copy wrapped at 80 columns like the file', () => {
    const withoutLines = (f: QfeFacts) => f.hotfixes?.map(({ line: _line, ...h }) => h);
    const wrapped = parse(wrapAsConsole(xp));
    expect(wrapped.diagnostics).toEqual([]);
    expect(withoutLines(wrapped.facts)).toEqual(withoutLines(parse(xp).facts));
  });
});

describe('parseQfe on German Server 2003 output', () => {
  // `wmic qfe list` on a German Server 2003 SP2, redirected by cmd: UTF-16LE, `\r\r\n` row ends, German
  // dates, one Vista-style FILETIME in InstalledOn; every column as wide as its longest cell plus two blanks.
  const header = [
    'Caption',
    'CSName',
    'Description',
    'FixComments',
    'HotFixID',
    'InstallDate',
    'InstalledBy',
    'InstalledOn',
    'Name',
    'ServicePackInEffect',
    'Status',
  ];
  const cells = [
    ['', 'EX2007-NODE1', '', '', 'File 1', '', '', '', '', 'KB921181', ''],
    [
      'http://support.microsoft.com/?kbid=950762',
      'EX2007-NODE1',
      'Sicherheitsupdate',
      '',
      'KB950762',
      '',
      'Administrator',
      '14.03.2008',
      '',
      'SP3',
      '',
    ],
    [
      'http://support.microsoft.com/?kbid=955839',
      'EX2007-NODE1',
      'Update',
      '',
      'KB955839',
      '',
      'Administrator',
      '01c8e5b1b8e5c7a0',
      '',
      'SP3',
      '',
    ],
    ['', 'EX2007-NODE1', '', '', 'File 1', '', '', '', '', 'SP2', ''],
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)) + 2);
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('');
  const table = [header, ...cells].map(line).join('\r\r\n') + '\r\r\n';
  const text = decodeCapture(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(table, 'utf16le')])).text;

  it('reads KB numbers, German dates and FILETIMEs; counts rows without a KB', () => {
    expect(parse(text)).toEqual({
      facts: {
        hotfixes: [
          { kb: 'KB921181', line: 3 },
          { kb: 'KB950762', description: 'Sicherheitsupdate', installedOn: '2008-03-14', line: 5 },
          { kb: 'KB955839', description: 'Update', installedOn: '2008-07-14', line: 7 },
        ],
        rowsWithoutKb: 1,
      },
      diagnostics: [],
    });
  });
});

describe('fileTimeDate', () => {
  it.each([
    ['01c8e5b1b8e5c7a0', '2008-07-14'],
    ['not hex', undefined],
    ['0000000000000000', undefined],
  ])('%s → %s', (text, date) => {
    expect(fileTimeDate(text)).toBe(date);
  });
});

describe('parseQfe on other text', () => {
  it('says when the table has no HotFixID column', () => {
    const { facts, diagnostics } = parse('Caption  DriveType\r\nC:       3\r\n');
    expect(facts).toEqual({});
    expect(diagnostics).toEqual([{ file: FILE, severity: 'error', message: 'not wmic qfe output: no HotFixID column' }]);
  });

  it('gives an empty list for No Instance(s) Available', () => {
    expect(parse('No Instance(s) Available.\r\n').facts).toEqual({ hotfixes: [], rowsWithoutKb: 0 });
  });
});

describeDamagedInput(parseQfe, xp, FILE);
