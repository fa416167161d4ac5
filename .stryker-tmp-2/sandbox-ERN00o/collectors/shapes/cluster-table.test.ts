// @ts-nocheck
import { toLf, withTrailingBlanks, wrapAsConsole } from '../../test/helpers/parser-robustness';
import { findTableHeader, joinPiece, parseClusterTable, splitRow, type TableColumn } from './cluster-table';
import { splitLines } from './lines';

const FILE = 'cluster-res.txt';
const crlf = (lines: string[]) => [...lines, ''].join('\r\n');

// Rows as printed by cluster.exe (`%-20s %-20s %-15s %s`); the SQL row is from a script that quotes the
// output of `cluster <name> resource` on a Windows 2003 SQL cluster.
const RESOURCES = crlf([
  'Listing status for all available resources:',
  '',
  'Resource             Group                Node            Status',
  '-------------------- -------------------- --------------- ------',
  'Cluster IP Address   Cluster Group        EXNODE1         Online',
  'Majority Node Set    Cluster Group        EXNODE1         Online',
  'SQL Network Name (RVT1DB1) RVT1DB1              RST1DB2         Online',
  'Exchange Information Store Instance (CCR-CLUSTER001) CCR-CLUSTER001       EXNODE2         Online Pending',
  `Exchange System Attendant Instance (CMS01-XY) ${'CMS01'.padEnd(20)} ${'EXNODE2'.padEnd(15)} Online Pending`,
  '',
]);

const cells = (text: string) => parseClusterTable(text, FILE).table!.rows.map((r) => r.cells);

describe('parseClusterTable', () => {
  it('reads intro, header, columns and rows', () => {
    const { table, diagnostics } = parseClusterTable(RESOURCES, FILE);
    expect(diagnostics).toEqual([]);
    expect(table!.intro).toEqual({ no: 1, text: 'Listing status for all available resources:' });
    expect(table!.header.no).toBe(3);
    expect(table!.truncated).toBe(false);
    expect(table!.columns).toEqual([
      { name: 'Resource', start: 0, width: 20 },
      { name: 'Group', start: 21, width: 20 },
      { name: 'Node', start: 42, width: 15 },
      { name: 'Status', start: 58, width: 6 },
    ]);
    expect(table!.rows.map((r) => [r.line, r.complete, r.cut])).toEqual([
      [5, true, false],
      [6, true, false],
      [7, true, false],
      [8, true, false],
      [9, true, false],
    ]);
  });

  it('keeps values with blanks together and follows rows that a long value pushed right', () => {
    expect(cells(RESOURCES)).toEqual([
      ['Cluster IP Address', 'Cluster Group', 'EXNODE1', 'Online'],
      ['Majority Node Set', 'Cluster Group', 'EXNODE1', 'Online'],
      ['SQL Network Name (RVT1DB1)', 'RVT1DB1', 'RST1DB2', 'Online'],
      ['Exchange Information Store Instance (CCR-CLUSTER001)', 'CCR-CLUSTER001', 'EXNODE2', 'Online Pending'],
      ['Exchange System Attendant Instance (CMS01-XY)', 'CMS01', 'EXNODE2', 'Online Pending'],
    ]);
  });

  it('reads a value that fills its column exactly, one blank before the next', () => {
    const text = crlf([
      'Group                Node            Status',
      '-------------------- --------------- ------',
      'Exchange CMS Group01 EXNODE1         Partially Online',
    ]);
    expect(cells(text)).toEqual([['Exchange CMS Group01', 'EXNODE1', 'Partially Online']]);
  });

  it('reads the right-aligned Node ID of `cluster node`, also after a name of 15 characters', () => {
    const text = crlf([
      'Node           Node ID Status',
      '-------------- ------- ---------------------',
      'EXNODE1              1 Up',
      'EXCHANGENODE015     12 Paused',
    ]);
    expect(cells(text)).toEqual([
      ['EXNODE1', '1', 'Up'],
      ['EXCHANGENODE015', '12', 'Paused'],
    ]);
  });

  it('gives the same rows from LF, trailing blanks and a console copy wrapped at 80 columns', () => {
    const expected = cells(RESOURCES);
    const wrapped = wrapAsConsole(RESOURCES, 80);
    expect(splitLines(wrapped)[10]!.text).toBe('   Online Pending'); // the break fell inside the padding
    for (const variant of [toLf(RESOURCES), withTrailingBlanks(RESOURCES), wrapped, wrapAsConsole(toLf(RESOURCES), 80)]) {
      expect(cells(variant)).toEqual(expected);
    }
  });

  it('joins a header and dash rule that a console wrapped', () => {
    const wide = crlf([
      'Quorumressourcenname Gerät                                    Max. Protokollgröße',
      '-------------------- ---------------------------------------- -------------------',
      'Hauptknotensatz      C:\\WINDOWS\\Cluster\\MNS.{AB}$\\{AB}$\\MSCS\\   4194304',
    ]);
    const { table } = parseClusterTable(wrapAsConsole(wide, 80), FILE);
    expect(table!.columns.map((c) => c.name)).toEqual(['Quorumressourcenname', 'Gerät', 'Max. Protokollgröße']);
    expect(table!.rows.map((r) => r.cells)).toEqual([
      ['Hauptknotensatz', 'C:\\WINDOWS\\Cluster\\MNS.{AB}$\\{AB}$\\MSCS\\', '4194304'],
    ]);
  });

  it('ends the table at the first blank line', () => {
    const text = crlf([
      'Node           Node ID Status',
      '-------------- ------- ------',
      'EXNODE1              1 Up',
      '',
      'later text',
    ]);
    expect(cells(text)).toEqual([['EXNODE1', '1', 'Up']]);
  });

  it('warns about a row with too few values', () => {
    const text = crlf([
      'Group                Node            Status',
      '-------------------- --------------- ------',
      'Cluster Group',
    ]);
    const { table, diagnostics } = parseClusterTable(text, FILE);
    expect(table!.rows).toEqual([{ line: 3, cells: ['Cluster Group', '', ''], complete: false, cut: false }]);
    expect(diagnostics).toEqual([{ file: FILE, line: 3, severity: 'warning', message: 'row has 1 of 3 values' }]);
  });

  it('marks the row a capture was cut off in, and the table as truncated', () => {
    const { table, diagnostics } = parseClusterTable(RESOURCES.slice(0, RESOURCES.indexOf('Majority') + 30), FILE);
    expect(table!.truncated).toBe(true);
    expect(table!.rows[1]).toEqual({ line: 6, cells: ['Majority Node Set', 'Cluster G', '', ''], complete: false, cut: true });
    expect(diagnostics).toEqual([]);
  });

  it('says a capture cut off below the header may miss rows even when no row is cut', () => {
    const { table, diagnostics } = parseClusterTable(`${RESOURCES.slice(0, RESOURCES.indexOf('Majority'))}    `, FILE);
    expect(table!.rows).toHaveLength(1);
    expect(diagnostics).toEqual([
      { file: FILE, line: 6, severity: 'warning', message: 'truncated: line 6 is cut off, rows may be missing' },
    ]);
  });

  it('reports a missing table, and a capture cut off before its header ends', () => {
    expect(parseClusterTable('Listing status for all available nodes:\r\n\r\n', FILE)).toEqual({
      diagnostics: [{ file: FILE, severity: 'error', message: 'no table found: no header line above a dash rule' }],
    });
    expect(
      parseClusterTable('Listing status for all available nodes:\r\n\r\nNode           Node ID Status\r\n------', FILE),
    ).toEqual({
      diagnostics: [
        {
          file: FILE,
          line: 4,
          severity: 'error',
          message: 'truncated: the capture ends at line 4, inside or before the table header',
        },
      ],
    });
  });

  it('splits hostile rows of many words quickly, by the dash columns', () => {
    const text = crlf([
      'Group                Node            Status',
      '-------------------- --------------- ------',
      'a '.repeat(5000),
    ]);
    const started = Date.now();
    const { table } = parseClusterTable(text, FILE);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(table!.rows[0]!.cells[0]).toMatch(/^a(?: a){10}$/);
  });
});

describe('splitRow', () => {
  const columns: TableColumn[] = [
    { name: 'T', start: 0, width: 2 },
    { name: 'Resource', start: 3, width: 20 },
    { name: 'Name', start: 24, width: 30 },
    { name: 'Value', start: 55, width: 23 },
  ];

  it('may leave the last column empty when asked', () => {
    expect(splitRow('S  Majority Node Set    MNSFileShare', columns, true)).toEqual({
      cells: ['S', 'Majority Node Set', 'MNSFileShare', ''],
      complete: true,
    });
    expect(splitRow('S  Majority Node Set    MNSFileShare', columns).complete).toBe(false);
  });

  it('keeps blanks inside the last value', () => {
    expect(splitRow('S  CLUSTER1             Description                    two  blanks', columns).cells[3]).toBe('two  blanks');
  });
});

describe('findTableHeader', () => {
  it('needs a non-blank header right above the dash rule', () => {
    expect(findTableHeader(splitLines('text\r\n\r\n------ ----\r\n'))).toBeUndefined();
    expect(findTableHeader(splitLines('A      B\r\n------ ----\r\n'))?.columns.map((c) => c.name)).toEqual(['A', 'B']);
  });
});

describe('joinPiece', () => {
  it('restores the blanks a wrapped line lost at its break', () => {
    expect(joinPiece('x'.repeat(78), 'y')).toBe(`${'x'.repeat(78)}  y`);
    expect(joinPiece('x'.repeat(80), 'y')).toBe(`${'x'.repeat(80)}y`);
    expect(joinPiece('x'.repeat(150), 'y')).toHaveLength(161);
  });
});
