// @ts-nocheck
import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { splitLines } from '../shapes/lines';
import { detectLanguage, parseClusterGroup } from './cluster-group';

// Fixtures: test/fixtures/sources/cluster-group/{en,de}.txt, written as cluster.exe prints `cluster group`
// (message file layout, `%-20s %-15s %s` rows, CRLF; German in CP850). The English one holds a group name
// longer than its column, which pushes the rest of its row to the right.
const FILE = 'cluster-group.txt';
const en = readCmdFixture('cluster-group', 'en.txt');
const de = readCmdFixture('cluster-group', 'de.txt');
const parse = (text: string) => parseClusterGroup({ text, file: FILE });

const table = (rows: string[]) =>
  [
    'Listing status for all available resource groups:',
    '',
    'Group                Node            Status',
    '-------------------- --------------- ------',
    ...rows,
    '',
  ].join('\r\n');

describe('parseClusterGroup', () => {
  it('reads the groups of an English capture, a long group name included', () => {
    expect(parse(en)).toEqual({
      facts: {
        groups: [
          { name: 'Cluster Group', node: 'EXNODE1', state: 'online', stateText: 'Online' },
          { name: 'CCR-CLUSTER001', node: 'EXNODE1', state: 'partiallyOnline', stateText: 'Partially Online' },
          { name: 'Temporary Disk Cleanup Group', node: 'EXNODE2', state: 'offline', stateText: 'Offline' },
        ],
      },
      diagnostics: [],
      language: 'en',
    });
  });

  it('reads the groups of a German capture (CP850)', () => {
    expect(parse(de)).toEqual({
      facts: {
        groups: [
          { name: 'Clustergruppe', node: 'EXNODE1', state: 'online', stateText: 'Online' },
          { name: 'CCR-CLUSTER001', node: 'EXNODE2', state: 'partiallyOnline', stateText: 'Teilweise online' },
        ],
      },
      diagnostics: [],
      language: 'de',
    });
  });

  it.each([
    ['Online', 'online'],
    ['Offline', 'offline'],
    ['Failed', 'failed'],
    ['Partially Online', 'partiallyOnline'],
    ['Pending', 'pending'],
    ['Unknown', 'unknown'],
    ['Fehler', 'failed'],
    ['Ausstehend', 'pending'],
  ])('maps the status %s to %s', (word, state) => {
    expect(parse(table([`Cluster Group        EXNODE1         ${word}`])).facts.groups![0]!.state).toBe(state);
  });

  it('reads a group name of exactly 20 characters and one longer than its column', () => {
    const rows = ['Exchange CMS Group01 EXNODE1         Online', 'Exchange Mailbox Server Group EXNODE2         Failed'];
    expect(parse(table(rows)).facts.groups!.map((g) => [g.name, g.node, g.state])).toEqual([
      ['Exchange CMS Group01', 'EXNODE1', 'online'],
      ['Exchange Mailbox Server Group', 'EXNODE2', 'failed'],
    ]);
  });

  it('tells the language from the intro and header', () => {
    expect(detectLanguage(splitLines(en))).toBe('en');
    expect(detectLanguage(splitLines(de))).toBe('de');
  });

  itReadsEveryVariantOfTheCmdCapture({ parser: parseClusterGroup, file: FILE, fixtures: { en, de }, noFacts: {} });
});
