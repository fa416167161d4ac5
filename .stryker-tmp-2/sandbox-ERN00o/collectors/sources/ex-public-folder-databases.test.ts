// @ts-nocheck
import { describeFormatListSource, readSourceFixture } from '../../test/helpers/format-list-source';
import { parseExPublicFolderDatabases } from './ex-public-folder-databases';

const FILE = 'ex-public-folder-databases.txt';
const en = readSourceFixture('ex-public-folder-databases', 'en.txt');
const de = readSourceFixture('ex-public-folder-databases', 'de.txt');

describe('parseExPublicFolderDatabases', () => {
  it('reads a public folder database with a wrapped path (English culture, 80 columns)', () => {
    const { facts, diagnostics } = parseExPublicFolderDatabases({ text: en, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.databases).toEqual([
      {
        name: 'Public Folder Database',
        identity: 'CCR-CLUSTER001\\Second Storage Group\\Public Folder Database',
        server: 'CCR-CLUSTER001',
        storageGroup: 'Second Storage Group',
        edbFilePath: 'F:\\Exchsrvr\\Storage Groups\\Second Storage Group\\Public Folder Database.edb',
        hasLocalCopy: false,
      },
    ]);
  });

  it('reads an LCR public folder database with umlauts (German culture)', () => {
    const { facts, diagnostics } = parseExPublicFolderDatabases({ text: de, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.databases).toEqual([
      {
        name: 'Öffentliche Ordner-Datenbank',
        identity: 'EX2007-MBX1\\Zweite Speichergruppe\\Öffentliche Ordner-Datenbank',
        server: 'EX2007-MBX1',
        storageGroup: 'Zweite Speichergruppe',
        edbFilePath: 'D:\\Exchange\\SG2\\Öffentliche Ordner-Datenbank.edb',
        hasLocalCopy: true,
        copyEdbFilePath: 'L:\\LCR\\Zweite Speichergruppe\\Öffentliche Ordner-Datenbank.edb',
      },
    ]);
  });

  describeFormatListSource({
    parser: parseExPublicFolderDatabases,
    file: FILE,
    fixtures: { en, de },
  });
});
