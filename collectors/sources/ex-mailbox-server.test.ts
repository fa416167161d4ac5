import { describeFormatListSource, readSourceFixture } from '../../test/helpers/format-list-source';
import { collection, formatList } from '../../test/helpers/powershell-format-list';
import { parseExMailboxServer } from './ex-mailbox-server';

const FILE = 'ex-mailbox-server.txt';
const en = readSourceFixture('ex-mailbox-server', 'en.txt');
const de = readSourceFixture('ex-mailbox-server', 'de.txt');

describe('parseExMailboxServer', () => {
  it.each([
    [
      'CCR, English culture',
      en,
      {
        name: 'CCR-CLUSTER001',
        clusteredStorageType: 'NonShared',
        redundantMachines: ['EX2007-NODE1', 'EX2007-NODE2'],
        autoDatabaseMountDial: 'GoodAvailability',
      },
    ],
    [
      'SCC, German culture',
      de,
      {
        name: 'SCC-CLUSTER002',
        clusteredStorageType: 'Shared',
        redundantMachines: ['EX2007-SCC1', 'EX2007-SCC2'],
        autoDatabaseMountDial: 'BestAvailability',
      },
    ],
  ])('reads a clustered mailbox server (%s)', (_, text, server) => {
    const { facts, diagnostics } = parseExMailboxServer({ text, file: FILE });
    expect(diagnostics).toEqual([]);
    expect(facts.servers).toEqual([server]);
  });

  it.each([
    ['{}', []],
    ['EX2007-NODE1', ['EX2007-NODE1']],
    ['{EX2007-NODE1}', ['EX2007-NODE1']],
  ])('reads RedundantMachines %s', (value, machines) => {
    const text = formatList([
      [
        ['Name', 'EX2007-MBX1'],
        ['ClusteredStorageType', 'Disabled'],
        ['RedundantMachines', value],
      ],
    ]);
    expect(parseExMailboxServer({ text, file: FILE }).facts.servers).toEqual([
      { name: 'EX2007-MBX1', clusteredStorageType: 'Disabled', redundantMachines: machines },
    ]);
  });

  it('keeps the machines PowerShell showed when it cut the list, and warns', () => {
    const nodes = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6'];
    const text = formatList([
      [
        ['Name', 'CMS1'],
        ['RedundantMachines', collection(nodes)],
      ],
    ]);
    const { facts, diagnostics } = parseExMailboxServer({ text, file: FILE });
    expect(facts.servers![0]!.redundantMachines).toEqual(['N1', 'N2', 'N3', 'N4']);
    expect(diagnostics).toEqual([
      {
        file: FILE,
        line: 4,
        severity: 'warning',
        message: 'RedundantMachines shows only its first 4 values: the others are not known',
      },
    ]);
  });

  describeFormatListSource({
    parser: parseExMailboxServer,
    file: FILE,
    fixtures: { en, de },
  });
});
