import { readFixture, toLf, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { parseWmicTable } from './wmic-table';

const xpQfe = readFixture('corpus/qfe/xp_sp3_x86_professional_en-us_qfe.txt');
const qfe2012 = readFixture('corpus/qfe/srv_2012r2_u1_qfe.txt');
const QFE_COLUMNS = [
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

// `wmic logicaldisk get Caption,FreeSpace,Size,DriveType` through cmd redirection: `\r\r\n` row ends.
const disks = [
  'Caption  DriveType  FreeSpace    Size         ',
  'A:       2                                    ',
  'C:       3          10573463552  21467947008  ',
  'D:       5                                    ',
  'E:       3          52428800     107372081152 ',
  '',
].join('\r\r\n');

describe('parseWmicTable', () => {
  it('reads the XP qfe capture: File 1 rows with the KB in ServicePackInEffect', () => {
    const { table, diagnostics } = parseWmicTable(xpQfe, 'qfe.txt');
    expect(diagnostics).toEqual([]);
    expect(table?.columns).toEqual(QFE_COLUMNS);
    expect(table?.rows).toHaveLength(262);
    expect(table?.rows[0]).toEqual({
      line: 2,
      cells: expect.objectContaining({
        Caption: '',
        CSName: 'WINXPSP3',
        HotFixID: 'File 1',
        ServicePackInEffect: 'KB2115168',
        Status: '',
      }),
    });
    const ie8 = table?.rows.find((r) => r.cells['HotFixID'] === 'KB2510531-IE8');
    expect(ie8?.cells).toMatchObject({
      Description: 'Security Update for Windows Internet Explorer 8 (KB2510531)',
      FixComments: 'Update',
      InstalledBy: 'User',
      InstalledOn: '12/31/2016',
      ServicePackInEffect: 'SP0',
    });
  });

  it('reads the Server 2012 R2 capture', () => {
    const { table } = parseWmicTable(qfe2012, 'qfe.txt');
    expect(table?.columns).toEqual(QFE_COLUMNS);
    expect(table?.rows[0]?.cells).toMatchObject({
      Caption: 'http://support.microsoft.com/?kbid=2894852',
      Description: 'Security Update',
      HotFixID: 'KB2894852',
      InstalledBy: 'NUGGETLAB\\Administrator',
      InstalledOn: '3/17/2019',
    });
  });

  it('skips the blank lines that \\r\\r\\n row ends leave, and keeps empty cells empty', () => {
    const { table } = parseWmicTable(disks, 'disks.txt');
    expect(table?.columns).toEqual(['Caption', 'DriveType', 'FreeSpace', 'Size']);
    expect(table?.rows.map((r) => [r.line, r.cells])).toEqual([
      [3, { Caption: 'A:', DriveType: '2', FreeSpace: '', Size: '' }],
      [5, { Caption: 'C:', DriveType: '3', FreeSpace: '10573463552', Size: '21467947008' }],
      [7, { Caption: 'D:', DriveType: '5', FreeSpace: '', Size: '' }],
      [9, { Caption: 'E:', DriveType: '3', FreeSpace: '52428800', Size: '107372081152' }],
    ]);
    expect(parseWmicTable(toLf(disks), 'disks.txt').table?.rows.map((r) => r.cells)).toEqual(table?.rows.map((r) => r.cells));
  });

  it.each([
    ['XP', xpQfe],
    ['2012 R2', qfe2012],
  ])('reads a console copy of the %s qfe table wrapped at 80 columns like the file', (_, text) => {
    const plain = parseWmicTable(text, 'qfe.txt').table!;
    const wrapped = parseWmicTable(wrapAsConsole(text), 'qfe.txt');
    expect(wrapped.diagnostics).toEqual([]);
    expect(wrapped.table?.columns).toEqual(plain.columns);
    expect(wrapped.table?.rows.map((r) => r.cells)).toEqual(plain.rows.map((r) => r.cells));
  });

  it('drops the cells of a row the file was cut inside', () => {
    const cut = disks.slice(0, disks.indexOf('21467947008') + 5);
    const { table, diagnostics } = parseWmicTable(cut, 'disks.txt');
    expect(table?.rows[1]).toEqual({
      line: 5,
      partial: true,
      cells: { Caption: 'C:', DriveType: '3', FreeSpace: '10573463552' },
    });
    expect(diagnostics).toEqual([
      { file: 'disks.txt', line: 5, severity: 'warning', message: 'truncated: the last row is cut (line 5)' },
    ]);
  });

  it.each([
    ['No Instance(s) Available.\r\n', 'wmic found no instances'],
    ['Keine Instanzen verfügbar.\r\n', 'wmic found no instances'],
  ])('reads %j as an empty table', (text, message) => {
    const { table, diagnostics } = parseWmicTable(text, 'file-versions.txt');
    expect(table).toEqual({ columns: [], rows: [] });
    expect(diagnostics).toEqual([{ file: 'file-versions.txt', line: 1, severity: 'info', message }]);
  });

  it.each([
    ['Node - EX1\r\nERROR:\r\nDescription = Invalid query\r\n', 'wmic reported an error: Invalid query', 2],
    ['Knoten - EX1\r\nFEHLER:\r\nBeschreibung = Ungültige Abfrage\r\n', 'wmic reported an error: Ungültige Abfrage', 2],
    ['qfe - Alias not found.\r\n', 'wmic reported an error: qfe - Alias not found.', 1],
    ['Error: Alias not found\n', 'wmic reported an error: Alias not found', 1],
  ])('reports a wmic error (%#)', (text, message, line) => {
    expect(parseWmicTable(text, 'disks.txt')).toEqual({ diagnostics: [{ file: 'disks.txt', line, severity: 'error', message }] });
  });

  it('reports text that is no table', () => {
    const { table, diagnostics } = parseWmicTable('Hello, world: this is not wmic\r\n', 'disks.txt');
    expect(table).toBeUndefined();
    expect(diagnostics[0]?.message).toBe('no wmic table: the first line is not a row of property names');
  });

  it('reports an empty file', () => {
    expect(parseWmicTable('\r\n  \r\n', 'disks.txt').diagnostics[0]?.message).toBe('empty file: wmic wrote nothing');
  });
});
