// @ts-nocheck
import { describeFormatListSource, readSourceFixture } from '../../test/helpers/format-list-source';
import { parseExStorageGroups } from './ex-storage-groups';

const FILE = 'ex-storage-groups.txt';
const en = readSourceFixture('ex-storage-groups', 'en.txt');
const de = readSourceFixture('ex-storage-groups', 'de.txt');

describe('parseExStorageGroups', () => {
  it('reads CCR storage groups with wrapped paths and an SCR target (English culture, 80 columns)', () => {
    const { facts, diagnostics } = parseExStorageGroups({ text: en, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.storageGroups).toEqual([
      {
        name: 'First Storage Group',
        identity: 'CCR-CLUSTER001\\First Storage Group',
        server: 'CCR-CLUSTER001',
        logFolderPath: 'E:\\Exchsrvr\\SG1\\Logs',
        systemFolderPath: 'E:\\Exchsrvr\\SG1\\System',
        hasLocalCopy: false,
        replicated: 'Cluster',
        standbyMachines: [],
        recovery: false,
      },
      {
        name: 'Second Storage Group',
        identity: 'CCR-CLUSTER001\\Second Storage Group',
        server: 'CCR-CLUSTER001',
        logFolderPath: 'F:\\Exchsrvr\\Storage Groups\\Second Storage Group\\Transaction Logs',
        systemFolderPath: 'F:\\Exchsrvr\\Storage Groups\\Second Storage Group\\System Files',
        hasLocalCopy: false,
        replicated: 'Cluster',
        standbyMachines: ['EX2007-SCR1'],
        recovery: false,
      },
    ]);
  });

  it('reads an LCR storage group with its copy paths and a recovery storage group (German culture)', () => {
    const { facts, diagnostics } = parseExStorageGroups({ text: de, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.storageGroups).toEqual([
      {
        name: 'Erste Speichergruppe',
        identity: 'EX2007-MBX1\\Erste Speichergruppe',
        server: 'EX2007-MBX1',
        logFolderPath: 'D:\\Exchange\\SG1\\Logs',
        systemFolderPath: 'D:\\Exchange\\SG1\\System',
        hasLocalCopy: true,
        copyLogFolderPath: 'L:\\LCR\\Erste Speichergruppe\\Logs',
        copySystemFolderPath: 'L:\\LCR\\Erste Speichergruppe\\System',
        replicated: 'Local',
        standbyMachines: [],
        recovery: false,
      },
      {
        name: 'Wiederherstellungsspeichergruppe',
        identity: 'EX2007-MBX1\\Wiederherstellungsspeichergruppe',
        server: 'EX2007-MBX1',
        logFolderPath: 'D:\\Exchange\\RSG\\Logs',
        systemFolderPath: 'D:\\Exchange\\RSG\\System',
        hasLocalCopy: false,
        replicated: 'None',
        standbyMachines: [],
        recovery: true,
      },
    ]);
  });

  describeFormatListSource({
    parser: parseExStorageGroups,
    file: FILE,
    fixtures: { en, de },
  });
});
