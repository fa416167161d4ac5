import { describeFormatListSource, readSourceFixture } from '../../test/helpers/format-list-source';
import { formatList } from '../../test/helpers/powershell-format-list';
import { parseExMailboxDatabases } from './ex-mailbox-databases';

const FILE = 'ex-mailbox-databases.txt';
const en = readSourceFixture('ex-mailbox-databases', 'en.txt');
const de = readSourceFixture('ex-mailbox-databases', 'de.txt');

describe('parseExMailboxDatabases', () => {
  it('reads a mounted CCR database (English culture, 80 columns)', () => {
    const { facts, diagnostics } = parseExMailboxDatabases({ text: en, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.databases).toEqual([
      {
        name: 'Mailbox Database',
        identity: 'CCR-CLUSTER001\\First Storage Group\\Mailbox Database',
        server: 'CCR-CLUSTER001',
        storageGroup: 'First Storage Group',
        edbFilePath: 'E:\\Exchsrvr\\SG1\\Mailbox Database.edb',
        mounted: true,
        hasLocalCopy: false,
        recovery: false,
        lastFullBackup: '2008-03-13T23:00:12',
      },
    ]);
  });

  it('reads an LCR database and a dismounted recovery database (German culture)', () => {
    const { facts, diagnostics } = parseExMailboxDatabases({ text: de, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.databases).toEqual([
      {
        name: 'Postfachdatenbank',
        identity: 'EX2007-MBX1\\Erste Speichergruppe\\Postfachdatenbank',
        server: 'EX2007-MBX1',
        storageGroup: 'Erste Speichergruppe',
        edbFilePath: 'D:\\Exchange\\SG1\\Postfachdatenbank.edb',
        mounted: true,
        hasLocalCopy: true,
        copyEdbFilePath: 'L:\\LCR\\Erste Speichergruppe\\Postfachdatenbank.edb',
        recovery: false,
        lastFullBackup: '2008-03-13T23:00:12',
      },
      {
        name: 'Postfachdatenbank (wiederhergestellt)',
        identity: 'EX2007-MBX1\\Wiederherstellungsspeichergruppe\\Postfachdatenbank (wiederhergestellt)',
        server: 'EX2007-MBX1',
        storageGroup: 'Wiederherstellungsspeichergruppe',
        edbFilePath: 'D:\\Exchange\\RSG\\Postfachdatenbank.edb',
        mounted: false,
        hasLocalCopy: false,
        recovery: true,
        lastFullBackup: 'never',
      },
    ]);
  });

  it('leaves Mounted out without -Status, and takes the storage group from its identity', () => {
    const text = formatList([
      [
        ['Name', 'DB1'],
        ['Identity', 'EX2007-MBX1\\SG1\\DB1'],
        ['StorageGroup', 'EX2007-MBX1\\SG1'],
        ['Mounted', ''],
      ],
    ]);
    expect(parseExMailboxDatabases({ text, file: FILE }).facts.databases).toEqual([
      { name: 'DB1', identity: 'EX2007-MBX1\\SG1\\DB1', server: 'EX2007-MBX1', storageGroup: 'SG1' },
    ]);
  });

  it.each([
    ['a US date', '6/14/2010 11:30:05 PM', 'True', '2010-06-14T23:30:05'],
    ['a German date', '05.12.2026 14:03:00', 'False', '2026-12-05T14:03:00'],
    ['blank with -Status (Mounted printed): never', '', 'True', 'never'],
    ['blank without -Status (Mounted blank): unknown', '', '', undefined],
    ['a date without -Status', '6/14/2010 11:30:05 PM', '', '2010-06-14T23:30:05'],
  ])('reads LastFullBackup: %s', (_, backup, mounted, expected) => {
    const text = formatList([
      [
        ['Name', 'DB1'],
        ['LastFullBackup', backup],
        ['Mounted', mounted],
      ],
    ]);
    expect(parseExMailboxDatabases({ text, file: FILE }).facts.databases![0]!.lastFullBackup).toBe(expected);
  });

  it('notes an unreadable LastFullBackup and leaves it unknown', () => {
    const text = formatList([
      [
        ['Name', 'DB1'],
        ['LastFullBackup', 'gestern'],
        ['Mounted', 'True'],
      ],
    ]);
    const { facts, diagnostics } = parseExMailboxDatabases({ text, file: FILE });
    expect(facts.databases![0]!.lastFullBackup).toBeUndefined();
    expect(diagnostics.map((d) => d.message)).toEqual(["unreadable LastFullBackup value 'gestern' (expected a date)"]);
  });

  describeFormatListSource({
    parser: parseExMailboxDatabases,
    file: FILE,
    fixtures: { en, de },
  });
});
