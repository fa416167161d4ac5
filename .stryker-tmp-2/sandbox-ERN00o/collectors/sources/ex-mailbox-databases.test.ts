// @ts-nocheck
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

  describeFormatListSource({
    parser: parseExMailboxDatabases,
    file: FILE,
    fixtures: { en, de },
  });
});
