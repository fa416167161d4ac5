// @ts-nocheck
import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { splitLines } from '../shapes/lines';
import { detectLanguage, parseClusterNetint } from './cluster-netint';

// Fixtures: test/fixtures/sources/cluster-netint/{en,de}.txt, written as cluster.exe prints `cluster netint`
// (message file layout, `%-26s %-26s %s` rows, CRLF; German in CP850, network name `Öffentlich`).
const FILE = 'cluster-netint.txt';
const en = readCmdFixture('cluster-netint', 'en.txt');
const de = readCmdFixture('cluster-netint', 'de.txt');
const parse = (text: string) => parseClusterNetint({ text, file: FILE });

describe('parseClusterNetint', () => {
  it('reads node, network and state of each interface (English)', () => {
    expect(parse(en)).toEqual({
      facts: {
        interfaces: [
          { node: 'EXNODE1', network: 'Public', state: 'up', stateText: 'Up' },
          { node: 'EXNODE1', network: 'Private', state: 'up', stateText: 'Up' },
          { node: 'EXNODE2', network: 'Public', state: 'up', stateText: 'Up' },
          { node: 'EXNODE2', network: 'Private', state: 'unreachable', stateText: 'Unreachable' },
        ],
      },
      diagnostics: [],
      language: 'en',
    });
  });

  it('reads a German capture (CP850)', () => {
    const { facts, diagnostics, language } = parse(de);
    expect(diagnostics).toEqual([]);
    expect(language).toBe('de');
    expect(facts.interfaces!.map((i) => [i.node, i.network, i.state])).toEqual([
      ['EXNODE1', 'Öffentlich', 'up'],
      ['EXNODE1', 'Privat', 'up'],
      ['EXNODE2', 'Öffentlich', 'up'],
      ['EXNODE2', 'Privat', 'unreachable'],
    ]);
  });

  it.each([
    ['Failed', 'failed'],
    ['Unavailable', 'unavailable'],
    ['Unknown', 'unknown'],
    ['Nicht verfügbar', 'unavailable'],
  ])('maps the status %s to %s', (word, state) => {
    const text = [
      'Node                       Network                    Status',
      '-------------------------- -------------------------- -------',
      `EXNODE1                    Private                    ${word}`,
      '',
    ].join('\r\n');
    expect(parse(text).facts.interfaces![0]!.state).toBe(state);
  });

  it('reads adapter names from a `cluster netint /prop` listing', () => {
    const text = [
      'Listing properties for all network interfaces:',
      '',
      'T  Node            Network         Name                 Value',
      '-- --------------- --------------- -------------------- ----------------------',
      'S  EXNODE1         Private         Name                 Private - EXNODE1',
      'S  EXNODE1         Private         Adapter              Heartbeat',
      'SR EXNODE1         Private         Address              10.0.0.1',
      'S  EXNODE1         Local Area Connection 2 Adapter              Local Area Connection 2',
      '',
    ].join('\r\n');
    expect(parse(text)).toEqual({
      facts: {
        interfaces: [
          { node: 'EXNODE1', network: 'Private', adapterName: 'Heartbeat', address: '10.0.0.1' },
          { node: 'EXNODE1', network: 'Local Area Connection 2', adapterName: 'Local Area Connection 2' },
        ],
      },
      diagnostics: [],
      language: 'en',
    });
  });

  it('tells the language from the intro and header', () => {
    expect(detectLanguage(splitLines(en))).toBe('en');
    expect(detectLanguage(splitLines(de))).toBe('de');
  });

  itReadsEveryVariantOfTheCmdCapture({ parser: parseClusterNetint, file: FILE, fixtures: { en, de }, noFacts: {} });
});
