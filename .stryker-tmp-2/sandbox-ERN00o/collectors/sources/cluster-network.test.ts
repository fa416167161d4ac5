// @ts-nocheck
import { itReadsEveryVariantOfTheCmdCapture, readCmdFixture } from '../../test/helpers/cmd-source';
import { splitLines } from '../shapes/lines';
import { detectLanguage, parseClusterNetwork } from './cluster-network';

// Fixtures: test/fixtures/sources/cluster-network/{en,de}.txt, written as cluster.exe prints
// `cluster network /prop` (MSG_PROPERTY_HEADER_NETWORK_ALL, `%-2s %-20s %-30s %s` rows, CRLF; German in
// CP850). The English one holds a network name longer than its column and an empty description.
const FILE = 'cluster-network.txt';
const en = readCmdFixture('cluster-network', 'en.txt');
const de = readCmdFixture('cluster-network', 'de.txt');
const parse = (text: string) => parseClusterNetwork({ text, file: FILE });

const listing = (rows: string[]) =>
  [
    'Listing properties for all networks:',
    '',
    'T  Network              Name                           Value',
    '-- -------------------- ------------------------------ -----------------------',
    ...rows,
    '',
  ].join('\r\n');

describe('parseClusterNetwork', () => {
  it('reads role, address, mask and description of every network (English)', () => {
    expect(parse(en)).toEqual({
      facts: {
        networks: [
          { name: 'Private', role: 1, address: '10.0.0.0', addressMask: '255.255.255.0', description: 'Heartbeat' },
          { name: 'Public', role: 3, address: '192.168.10.0', addressMask: '255.255.255.0', description: '' },
          {
            name: 'Local Area Connection 3',
            role: 0,
            address: '172.16.0.0',
            addressMask: '255.255.0.0',
            description: 'Backup network, not for the cluster',
          },
        ],
      },
      diagnostics: [],
      language: 'en',
    });
  });

  it('reads a German capture (CP850)', () => {
    expect(parse(de)).toEqual({
      facts: {
        networks: [
          { name: 'Privat', role: 1, address: '10.0.0.0', addressMask: '255.255.255.0', description: 'Taktsignal' },
          {
            name: 'Öffentlich',
            role: 3,
            address: '192.168.10.0',
            addressMask: '255.255.255.0',
            description: 'Clientzugriff und Clusterkommunikation',
          },
        ],
      },
      diagnostics: [],
      language: 'de',
    });
  });

  it('reads client-only networks and warns about a role outside 0 to 3', () => {
    const { facts, diagnostics } = parse(
      listing([
        'D  Public               Role                           2 (0x2)',
        'D  Odd                  Role                           7 (0x7)',
      ]),
    );
    expect(facts.networks).toEqual([{ name: 'Public', role: 2 }, { name: 'Odd' }]);
    expect(diagnostics).toEqual([{ file: FILE, line: 6, severity: 'warning', message: 'network Odd has an unknown role "7"' }]);
  });

  it('leaves the role out when the listing does not hold it: unknown is not "none"', () => {
    expect(parse(listing(['SR Private              Address                        10.0.0.0'])).facts.networks).toEqual([
      { name: 'Private', address: '10.0.0.0' },
    ]);
  });

  it('names Spanish output as unsupported and still reads the properties', () => {
    const text = [
      'Mostrando propiedades de todas las redes:',
      '',
      'T  Red                  Nombre                         Valor',
      '-- -------------------- ------------------------------ -----------------------',
      'D  Privada              Role                           1 (0x1)',
      '',
    ].join('\r\n');
    expect(parse(text)).toEqual({
      facts: { networks: [{ name: 'Privada', role: 1 }] },
      diagnostics: [{ file: FILE, severity: 'warning', message: 'unsupported language (Spanish labels)' }],
    });
  });

  it('tells the language from the intro and header', () => {
    expect(detectLanguage(splitLines(en))).toBe('en');
    expect(detectLanguage(splitLines(de))).toBe('de');
  });

  itReadsEveryVariantOfTheCmdCapture({ parser: parseClusterNetwork, file: FILE, fixtures: { en, de }, noFacts: {} });
});
